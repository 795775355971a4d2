import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-availability-zones.ts';
import type { AgentPool } from '../../../src/state/aks.ts';
import { cluster, only, pool, run, state } from '../../helpers/state.ts';

const findings = (agentPools: AgentPool[] | null, params = {}) => run(rule, state({ clusters: [cluster({ agentPools })] }), params);
const withPool = (p: AgentPool, params = {}) => only(findings([p], params));
const user = (availabilityZones: string[] | null) => pool({ name: 'user', mode: 'User', availabilityZones });

describe('aks-availability-zones', () => {
  it('passes each pool that spans three zones', () => {
    const f = only(findings([pool(), user(['1', '2', '3'])]), 'user');
    expect(f.status).toBe('pass');
    expect(f.evidence).toEqual([{ path: 'properties.agentPoolProfiles[1].availabilityZones', value: ['1', '2', '3'] }]);
  });

  it('passes two zones at the default minimum', () => {
    expect(withPool(pool({ availabilityZones: ['1', '3'] })).status).toBe('pass');
  });

  it('fails a single-zone pool and a non-zonal pool, each on its own', () => {
    const all = findings([pool(), user(['2']), pool({ name: 'batch', mode: 'User', availabilityZones: [] })]);
    expect(all.map((f) => [f.resource.name, f.status])).toEqual([
      ['system', 'pass'],
      ['user', 'fail'],
      ['batch', 'fail'],
    ]);
    expect(only(all, 'user')).toMatchObject({ severity: 'medium', message: expect.stringMatching(/^Node pool user of cluster aks-prod uses zone\(s\) 2, fewer than 2/) });
    expect(only(all, 'batch').message).toMatch(/batch of cluster aks-prod is not zonal/);
  });

  it('counts distinct zones only', () => {
    expect(withPool(pool({ availabilityZones: ['1', '1'] })).status).toBe('fail');
  });

  it('honours minZones', () => {
    expect(withPool(pool({ availabilityZones: ['1', '2'] }), { minZones: 3 }).status).toBe('fail');
    expect(withPool(user(['1']), { minZones: 1 }).status).toBe('pass');
  });

  it('is unknown on a pool whose zones are not stated', () => {
    const f = only(findings([pool(), user(null)]), 'user');
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/availabilityZones is not stated/);
  });

  it('is unknown on the cluster when its pools are not stated', () => {
    const f = only(findings(null));
    expect(f).toMatchObject({ status: 'unknown', resource: { name: 'aks-prod' } });
    expect(f.message).toMatch(/agentPoolProfiles is not stated/);
  });
});
