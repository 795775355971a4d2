import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate.ts';
import { defineRule } from '../../src/engine/rule.ts';
import { defaultPolicy, unscopedPolicy, type ManagedComponents } from '../../src/engine/policy.ts';
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

  it('sets apart the fail and unknown findings on what AKS manages, with the reason first, unless told to judge them', () => {
    const csi = { ...resource('Microsoft.ContainerService/managedClusters', 'aks-prod'), managedBy: 'managed by AKS: label kubernetes.azure.com/managedby=aks' };
    const rule = defineRule({
      id: 'k8s-not-privileged',
      check(ctx) {
        ctx.pass(csi, 'a', [], 'p');
        ctx.fail(csi, 'privileged', [{ path: 'spec', value: true }], { part: 'f' });
        ctx.unknown(csi, 'spec unreadable', [], 'u');
        ctx.notApplicable(csi, 'no containers', 'n');
      },
    });
    const run = (mode: ManagedComponents) =>
      evaluate(state(), [rule], unscopedPolicy(new Map([['k8s-not-privileged', { severity: 'critical', params: {} }]]), mode), new Date('2026-12-01'), REFERENCE).findings.map((f) => [f.part, f.status, f.message, f.setApart]);
    expect(run('apart')).toEqual([
      ['p', 'pass', 'a', undefined],
      ['f', 'not-applicable', 'Set apart, managed by AKS: label kubernetes.azure.com/managedby=aks. privileged', true],
      ['u', 'not-applicable', 'Set apart, managed by AKS: label kubernetes.azure.com/managedby=aks. spec unreadable', true],
      ['n', 'not-applicable', 'no containers', undefined],
    ]);
    expect(run('judge')).toEqual([
      ['p', 'pass', 'a', undefined],
      ['f', 'fail', 'privileged', undefined],
      ['u', 'unknown', 'spec unreadable', undefined],
      ['n', 'not-applicable', 'no containers', undefined],
    ]);
  });
});
