import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-node-public-ip-disabled.ts';
import { cluster, only, pool, run, state } from '../../helpers/state.ts';

const verdict = (c: ReturnType<typeof cluster>) => only(run(rule, state({ clusters: [c] })));
const gaming = (enableNodePublicIP: boolean | null) => pool({ name: 'gaming', mode: 'User', enableNodePublicIP, path: 'properties.agentPoolProfiles[1]' });

describe('aks-node-public-ip-disabled', () => {
  it('passes when no pool assigns node public IPs', () => {
    const f = verdict(cluster());
    expect(f.status).toBe('pass');
    expect(f.evidence).toContainEqual({ path: 'properties.agentPoolProfiles[1].enableNodePublicIP', value: false });
  });

  it('fails naming the pools whose nodes get public IPs', () => {
    const f = verdict(cluster({ agentPools: [pool(), gaming(true)] }));
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toMatch(/node pool\(s\) gaming$/);
    expect(f.evidence).toContainEqual({ path: 'properties.agentPoolProfiles[1].enableNodePublicIP', value: true });
  });

  it('fails on a public pool even when another pool is not stated', () => {
    const f = verdict(cluster({ agentPools: [pool({ enableNodePublicIP: null }), gaming(true)] }));
    expect(f.status).toBe('fail');
  });

  it('is unknown, naming the pool, when a pool does not state the setting and none is public', () => {
    const f = verdict(cluster({ agentPools: [pool(), gaming(null)] }));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/gaming/);
  });

  it('is unknown when the cluster body lists no pools', () => {
    const f = verdict(cluster({ agentPools: null }));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/agentPoolProfiles is not stated/);
  });

  it('reads a separate agentPools resource in an ARM export', () => {
    const f = verdict(cluster({ agentPools: [pool({ name: 'edge', enableNodePublicIP: true, path: `/subscriptions/x/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks-prod/agentPools/edge` })] }));
    expect(f.evidence[0]?.path).toMatch(/agentPools\/edge#properties\.enableNodePublicIP$/);
  });
});
