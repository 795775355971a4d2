import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-system-pool-min-nodes.ts';
import type { AgentPool } from '../../../src/state/aks.ts';
import { cluster, only, pool, run, state } from '../../helpers/state.ts';
import { stateOf } from '../../helpers/scan.ts';

const withPools = (agentPools: AgentPool[] | null, params = {}) => only(run(rule, state({ clusters: [cluster({ agentPools })] }), params));
const fixed = (name: string, count: number | null, mode: string | null = 'System') => pool({ name, mode, enableAutoScaling: false, count, minCount: null });
const scaled = (name: string, minCount: number | null, count = 5) => pool({ name, mode: 'System', enableAutoScaling: true, count, minCount });
const userPool = pool({ name: 'user', mode: 'User', count: 10, minCount: 10 });

describe('aks-system-pool-min-nodes', () => {
  it('passes an autoscaled System pool with minCount 3, on that pool', () => {
    const f = withPools([scaled('system', 3), userPool]);
    expect(f).toMatchObject({ status: 'pass', resource: { name: 'system', parent: { name: 'aks-prod' } } });
    expect(f.evidence).toContainEqual({ path: 'properties.agentPoolProfiles[0].minCount', value: 3 });
  });

  it('judges several System pools together, on the cluster', () => {
    const f = withPools([fixed('sys1', 2), fixed('sys2', 1, 'system'), userPool]);
    expect(f).toMatchObject({ status: 'pass', resource: { name: 'aks-prod' } });
  });

  it('judges an autoscaled pool by its floor, not its current count', () => {
    const f = withPools([scaled('system', 2, 6), userPool]);
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(/can run on 2 node\(s\), fewer than 3/);
  });

  it('uses count when the pool does not autoscale, and ignores a stale minCount', () => {
    expect(withPools([pool({ mode: 'System', enableAutoScaling: false, count: 1, minCount: 3 })]).status).toBe('fail');
  });

  it('adds System pools together and never counts User pools', () => {
    expect(withPools([fixed('sys1', 2), fixed('sys2', 1, 'system'), userPool]).status).toBe('pass');
    expect(withPools([fixed('sys1', 2), userPool]).status).toBe('fail');
  });

  it('treats the only pool as the System pool when its mode is not stated', () => {
    expect(withPools([fixed('agentpool', 3, null)]).status).toBe('pass');
    expect(withPools([fixed('agentpool', 1, null)]).status).toBe('fail');
  });

  it('honours minNodes', () => {
    expect(withPools([fixed('system', 2)], { minNodes: 2 }).status).toBe('pass');
    expect(withPools([fixed('system', 3)], { minNodes: 5 }).status).toBe('fail');
  });

  it('passes when known System nodes suffice even though another pool is unknown', () => {
    expect(withPools([fixed('system', 3), fixed('other', null, null)]).status).toBe('pass');
  });

  it('is unknown when a pool\'s mode is not stated and the known System nodes fall short', () => {
    const f = withPools([fixed('system', 1), fixed('other', 2, null)]);
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/pool\(s\) other/);
  });

  it('is unknown when a System pool\'s size is not stated', () => {
    expect(withPools([fixed('system', null), userPool]).status).toBe('unknown');
    expect(withPools([scaled('system', null), userPool]).status).toBe('unknown');
    expect(withPools([pool({ enableAutoScaling: null, count: 1 }), userPool]).status).toBe('unknown');
  });

  it('is unknown when no pool is in System mode (an incomplete listing)', () => {
    expect(withPools([userPool, { ...userPool, name: 'user2' }]).message).toMatch(/No pool .* is in System mode/);
  });

  it('is unknown when the cluster\'s pools are not stated', () => {
    expect(withPools(null).status).toBe('unknown');
  });

  describe('VirtualMachines pools (sized by virtualMachinesProfile.scale, count null)', () => {
    const vmPool = (scaleMinNodes: number | null) => pool({ name: 'system', mode: 'System', poolType: 'VirtualMachines', count: null, enableAutoScaling: null, minCount: null, scaleMinNodes });

    it('judges the pool by its scale profile', () => {
      const f = withPools([vmPool(3), userPool]);
      expect(f.status).toBe('pass');
      expect(f.evidence).toContainEqual({ path: 'properties.agentPoolProfiles[0].virtualMachinesProfile.scale', value: 3 });
      expect(withPools([vmPool(2), userPool]).status).toBe('fail');
      expect(withPools([vmPool(null), userPool]).status).toBe('unknown');
    });

    it('reads the manual and autoscale entries of az aks show output', () => {
      const c = stateOf('fixtures/inputs/cluster-az-aks-show-virtual-machines-pool.json').clusters[0]!;
      expect(c.agentPools?.[0]).toMatchObject({ poolType: 'VirtualMachines', count: null, scaleMinNodes: 3 });
      const f = only(run(rule, state({ clusters: [c] })));
      expect(f.status).toBe('pass');
      expect(f.message).toMatch(/keep at least 3 node/);
    });
  });
});
