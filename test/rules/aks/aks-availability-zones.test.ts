import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-availability-zones.ts';
import type { AgentPool } from '../../../src/state/aks.ts';
import { cluster, only, pool, run, state } from '../../helpers/state.ts';

const withPools = (agentPools: AgentPool[] | null, params = {}) => only(run(rule, state({ clusters: [cluster({ agentPools })] }), params));
const user = (availabilityZones: string[] | null) => pool({ name: 'user', mode: 'User', availabilityZones, path: 'properties.agentPoolProfiles[1]' });

describe('aks-availability-zones', () => {
  it('passes when every pool spans three zones', () => {
    const f = withPools([pool(), user(['1', '2', '3'])]);
    expect(f.status).toBe('pass');
    expect(f.evidence).toContainEqual({ path: 'properties.agentPoolProfiles[1].availabilityZones', value: ['1', '2', '3'] });
  });

  it('passes two zones at the default minimum', () => {
    expect(withPools([pool({ availabilityZones: ['1', '3'] })]).status).toBe('pass');
  });

  it('fails a single-zone pool and a non-zonal pool, naming both', () => {
    const f = withPools([pool(), user(['2']), pool({ name: 'batch', mode: 'User', availabilityZones: [], path: 'properties.agentPoolProfiles[2]' })]);
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(/user uses zone\(s\) 2; batch is not zonal/);
    expect(f.message).not.toMatch(/system/);
  });

  it('counts distinct zones only', () => {
    expect(withPools([pool({ availabilityZones: ['1', '1'] })]).status).toBe('fail');
  });

  it('honours minZones', () => {
    expect(withPools([pool({ availabilityZones: ['1', '2'] })], { minZones: 3 }).status).toBe('fail');
    expect(withPools([user(['1'])], { minZones: 1 }).status).toBe('pass');
  });

  it('fails on a known failing pool even when another pool is unknown', () => {
    expect(withPools([user(['1']), pool({ availabilityZones: null })]).status).toBe('fail');
  });

  it('is unknown when a pool\'s zones are not stated and no pool fails', () => {
    const f = withPools([pool(), user(null)]);
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/pool\(s\) user are not stated/);
  });

  it('is unknown when the cluster\'s pools are not stated', () => {
    const f = withPools(null);
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/agentPoolProfiles is not stated/);
  });
});
