import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/engine/catalogue.ts';
import { evaluate } from '../../src/engine/evaluate.ts';
import type { Finding } from '../../src/engine/finding.ts';
import { defaultPolicy } from '../../src/engine/policy.ts';
import { defineRule } from '../../src/engine/rule.ts';
import type { ResourceBase } from '../../src/state/resource.ts';
import { cluster, resource, state, REFERENCE } from '../helpers/state.ts';

/**
 * A finding's fingerprint is rule + resource identity (case-insensitive) + part (+ the resource
 * it was judged under, when not its own parent): what a baseline matches on, so it must not move
 * with anything a run may word, order or grade differently.
 */
const policy = defaultPolicy(loadCatalogue());
const NOW = new Date('2026-11-22T00:00:00Z');

/** One run of a rule (with a catalogue id, so the policy runs it) that emits what `emit` says. */
function findingsOf(emit: Parameters<typeof defineRule>[0]['check']): Finding[] {
  return evaluate(state(), [defineRule({ id: 'network-aks-subnet-nsg', check: emit })], policy, NOW, REFERENCE).findings;
}

const c = cluster({ name: 'aks-prod' });
const other = cluster({ name: 'aks-dr' });
const subnet = { ...resource('Microsoft.Network/virtualNetworks/subnets', 'snet-aks', 'rg-net'), parent: { id: '/subscriptions/x/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet', name: 'vnet', type: 'microsoft.network/virtualnetworks', subscriptionId: 'x' } };

describe('finding fingerprints', () => {
  it('are 32 hex digits and ignore the message, evidence, severity and status', () => {
    const [a] = findingsOf((ctx) => ctx.fail(c, 'public API server', [{ path: 'x', value: 1 }]));
    const [b] = findingsOf((ctx) => ctx.fail(c, 'API server reachable from 0.0.0.0/0', [{ path: 'y', value: 2 }], { severity: 'critical' }));
    const [d] = findingsOf((ctx) => ctx.pass(c, 'private'));
    expect(a!.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(b!.severity).toBe('critical');
    expect([b!.fingerprint, d!.fingerprint]).toEqual([a!.fingerprint, a!.fingerprint]);
  });

  it('do not depend on the order rules emit in, nor on how the ARM id is cased', () => {
    const upper = { ...c, id: c.id.toUpperCase() };
    const forward = findingsOf((ctx) => (ctx.fail(c, 'a', []), ctx.fail(other, 'b', [])));
    const backward = findingsOf((ctx) => (ctx.fail(other, 'b', []), ctx.fail(upper, 'a', [])));
    expect(new Set(backward.map((f) => f.fingerprint))).toEqual(new Set(forward.map((f) => f.fingerprint)));
  });

  it('differ by rule, resource and part', () => {
    const parts = findingsOf((ctx) => (ctx.fail(c, 'x', [], { part: 'agentPools[system]' }), ctx.fail(c, 'x', [], { part: 'agentPools[apps]' }), ctx.fail(c, 'x', []), ctx.fail(other, 'x', [])));
    expect(new Set(parts.map((f) => f.fingerprint)).size).toBe(4);
    const rule = defineRule({ id: 'aks-local-accounts-disabled', check: (ctx) => ctx.fail(c, 'x', []) });
    const [byOtherRule] = evaluate(state({ clusters: [c] }), [rule], policy, NOW, REFERENCE).findings;
    expect(parts.map((f) => f.fingerprint)).not.toContain(byOtherRule!.fingerprint);
  });

  it('keep apart a resource judged under several clusters, and under its own parent add nothing', () => {
    const grouped = findingsOf((ctx) => (ctx.under(c).fail(subnet, 'x', []), ctx.under(other).fail(subnet, 'x', []), ctx.fail(subnet, 'x', [])));
    expect(new Set(grouped.map((f) => f.fingerprint)).size).toBe(3);
    const [own] = findingsOf((ctx) => ctx.under({ ...subnet, id: subnet.parent.id.toUpperCase() } as ResourceBase).fail(subnet, 'x', []));
    expect(own!.fingerprint).toBe(grouped[2]!.fingerprint);
  });
});
