import { describe, expect, it } from 'vitest';
import { partitionPools, poolEvidence, poolNames } from '../../../src/rules/lib/pools.ts';
import { cluster, pool } from '../../helpers/state.ts';

describe('partitionPools', () => {
  const c = cluster({
    agentPools: [
      pool({ name: 'system', enableNodePublicIP: false }),
      pool({ name: 'edge', mode: 'User', enableNodePublicIP: true, path: 'properties.agentPoolProfiles[1]' }),
      pool({ name: 'batch', mode: 'User', enableNodePublicIP: null, path: 'properties.agentPoolProfiles[2]' }),
    ],
  });

  it('sorts pools into failing, unknown and passing, with evidence for each', () => {
    const parts = partitionPools(c, 'enableNodePublicIP', (v) => v)!;
    expect(poolNames(parts.failing)).toBe('edge');
    expect(poolNames(parts.unknown)).toBe('batch');
    expect(poolNames(parts.passing)).toBe('system');
    expect(parts.evidence.map((e) => e.path)).toEqual([
      'properties.agentPoolProfiles[0].enableNodePublicIP',
      'properties.agentPoolProfiles[1].enableNodePublicIP',
      'properties.agentPoolProfiles[2].enableNodePublicIP',
    ]);
    expect(parts.evidence[2]?.note).toMatch(/not stated/);
  });

  it('judges only the pools it is given', () => {
    const parts = partitionPools(c, 'enableNodePublicIP', (v) => v, { pools: c.agentPools!.filter((p) => p.mode === 'System') })!;
    expect([parts.failing.length, parts.unknown.length, parts.passing.length]).toEqual([0, 0, 1]);
  });

  it('returns null when the pools are unknown', () => {
    expect(partitionPools(cluster({ agentPools: null }), 'enableNodePublicIP', (v) => v)).toBeNull();
  });

  it('names separate agentPools resources by id relative to the cluster, ARM names by their ARM spelling, and notes API defaults', () => {
    const gpu = pool({ name: 'gpu', path: `${c.id.toUpperCase()}/agentPools/gpu` });
    const withDefault = cluster({ agentPools: [gpu] });
    withDefault.provenance.defaulted.push('agentPools[gpu].enableEncryptionAtHost');
    expect(poolEvidence(withDefault, gpu, 'vnetSubnetId').path).toBe('agentPools/gpu#properties.vnetSubnetID');
    const elsewhere = pool({ name: 'spot', path: '/subscriptions/x/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks-other/agentPools/spot' });
    expect(poolEvidence(cluster({ agentPools: [elsewhere] }), elsewhere, 'vnetSubnetId').path).toBe(`${elsewhere.path}#properties.vnetSubnetID`);
    expect(poolEvidence(withDefault, gpu, 'enableEncryptionAtHost').note).toMatch(/API default/);
  });
});
