import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate.ts';
import { defineRule } from '../../src/engine/rule.ts';
import { defaultPolicy } from '../../src/engine/policy.ts';
import { loadCatalogue } from '../../src/engine/catalogue.ts';
import { cluster, resource, state, REFERENCE } from '../helpers/state.ts';

describe('evaluate', () => {
  it('groups a finding under the resource a rule names with ctx.under, without changing the resource', () => {
    const c = cluster({ name: 'aks-prod' });
    const subnet = resource('Microsoft.Network/virtualNetworks', 'vnet-prod');
    const rule = defineRule({
      id: 'network-aks-subnet-nsg',
      check(ctx) {
        ctx.under(c).fail(subnet, 'no NSG', []);
        ctx.pass(subnet, 'fine');
      },
    });
    const { findings } = evaluate(state({ clusters: [c] }), [rule], defaultPolicy(loadCatalogue()), new Date('2026-12-01'), REFERENCE);
    expect(findings.map((f) => [f.status, f.resource.id, f.resource.parent?.name])).toEqual([
      ['fail', subnet.id, 'aks-prod'],
      ['pass', subnet.id, undefined],
    ]);
  });
});
