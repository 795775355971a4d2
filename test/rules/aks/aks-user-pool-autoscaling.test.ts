import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-user-pool-autoscaling.ts';
import type { AgentPool } from '../../../src/state/aks.ts';
import { cluster, only, pool, run, state } from '../../helpers/state.ts';

const system = pool({ name: 'system', mode: 'System', enableAutoScaling: false, minCount: null, maxCount: null });
const user = (overrides: Partial<AgentPool> = {}) => pool({ name: 'apps', mode: 'User', count: 4, enableAutoScaling: true, minCount: 2, maxCount: 10, ...overrides });
const findings = (agentPools: AgentPool[] | null) => run(rule, state({ clusters: [cluster({ agentPools })] }));
const verdict = (overrides: Partial<AgentPool> = {}) => only(findings([system, user(overrides)]));

describe('aks-user-pool-autoscaling', () => {
  it('passes a User pool that autoscales between a lower minimum and a higher maximum, on that pool', () => {
    const f = verdict();
    expect(f).toMatchObject({ status: 'pass', resource: { name: 'apps', parent: { name: 'aks-prod' } } });
    expect(f.message).toBe('Node pool apps of cluster aks-prod autoscales between 2 and 10 nodes');
    expect(f.evidence).toContainEqual({ path: 'properties.agentPoolProfiles[1].maxCount', value: 10 });
  });

  it('fails a User pool without the autoscaler, saying its fixed size', () => {
    const f = verdict({ enableAutoScaling: false, minCount: null, maxCount: null });
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toBe('Node pool apps of cluster aks-prod does not run the cluster autoscaler: it stays at 4 node(s) whatever the load');
  });

  it('fails an autoscaler whose minimum equals (or exceeds) its maximum', () => {
    expect(verdict({ minCount: 5, maxCount: 5 }).message).toMatch(/minCount 5 and maxCount 5: it cannot scale/);
    expect(verdict({ minCount: 6, maxCount: 5 }).status).toBe('fail');
  });

  it('judges each User pool on its own and leaves System pools to aks-system-pool-min-nodes', () => {
    const all = findings([system, user(), user({ name: 'batch', enableAutoScaling: false })]);
    expect(all.map((f) => [f.resource.name, f.status])).toEqual([['apps', 'pass'], ['batch', 'fail']]);
  });

  it('leaves a cluster\'s only pool alone: AKS makes it the System pool', () => {
    expect(findings([user({ enableAutoScaling: false })])).toEqual([]);
  });

  it('is unknown when the autoscaler setting, its range or the pool\'s mode is not stated', () => {
    expect(verdict({ enableAutoScaling: null }).message).toMatch(/enableAutoScaling is not stated/);
    expect(verdict({ maxCount: null })).toMatchObject({ status: 'unknown', message: expect.stringMatching(/maxCount is not stated/) });
    expect(verdict({ mode: null }).message).toMatch(/agentPoolProfiles\[1\]\.mode is not stated/);
  });

  it('is unknown for a VirtualMachines pool, whose autoscale range is in its scale profile, and when the pool type is not stated', () => {
    expect(verdict({ poolType: 'VirtualMachines', enableAutoScaling: false }).message).toMatch(/VirtualMachines pool/);
    expect(verdict({ poolType: null, enableAutoScaling: false })).toMatchObject({ status: 'unknown', message: expect.stringMatching(/\.type is not stated/) });
  });

  it('leaves pools of other modes alone (Gateway pools carry no workloads)', () => {
    expect(findings([system, user({ mode: 'Gateway', enableAutoScaling: false })])).toEqual([]);
  });

  it('is unknown on the cluster when the source does not list its pools', () => {
    expect(only(findings(null))).toMatchObject({ status: 'unknown', resource: { name: 'aks-prod' } });
  });
});
