import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-node-public-ip-disabled.ts';
import { cluster, only, pool, run, separatePool, state } from '../../helpers/state.ts';

const findings = (c: ReturnType<typeof cluster>) => run(rule, state({ clusters: [c] }));
const gaming = (enableNodePublicIP: boolean | null) => pool({ name: 'gaming', mode: 'User', enableNodePublicIP });

describe('aks-node-public-ip-disabled', () => {
  it('passes each pool that assigns no node public IPs, on the pool with its cluster as parent', () => {
    const c = cluster();
    const f = only(findings(c), 'user');
    expect(f.status).toBe('pass');
    expect(f.resource).toMatchObject({ id: `${c.id}/agentPools/user`, type: 'microsoft.containerservice/managedclusters/agentpools', parent: { id: c.id, name: 'aks-prod' } });
    expect(f.evidence).toEqual([{ path: 'properties.agentPoolProfiles[1].enableNodePublicIP', value: false }]);
  });

  it('fails the pool whose nodes get public IPs, and only that pool', () => {
    const all = findings(cluster({ agentPools: [pool(), gaming(true)] }));
    const f = only(all, 'gaming');
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toMatch(/^Node pool gaming of cluster aks-prod gives every node a public IP address/);
    expect(f.evidence).toEqual([{ path: 'properties.agentPoolProfiles[1].enableNodePublicIP', value: true }]);
    expect(only(all, 'system').status).toBe('pass');
  });

  it('gives two public pools two findings, so a baseline sees a pool added later', () => {
    const all = findings(cluster({ agentPools: [pool(), gaming(true), pool({ name: 'edge', mode: 'User', enableNodePublicIP: true })] }));
    expect(all.filter((f) => f.status === 'fail').map((f) => f.resource.name)).toEqual(['gaming', 'edge']);
  });

  it('is unknown on a pool that does not state the setting, with the standard reason', () => {
    const f = only(findings(cluster({ agentPools: [pool(), gaming(null)] })), 'gaming');
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/^properties\.agentPoolProfiles\[1\]\.enableNodePublicIP is not stated by the source/);
  });

  it('notes the API default on a pool that omits it', () => {
    const c = cluster({ agentPools: [gaming(false)] });
    c.agentPools![0]!.provenance.defaulted.push('enableNodePublicIP');
    expect(only(findings(c)).evidence[0]?.note).toMatch(/API default/);
  });

  it('is unknown on the cluster when its body lists no pools', () => {
    const f = only(findings(cluster({ agentPools: null })));
    expect(f).toMatchObject({ status: 'unknown', resource: { name: 'aks-prod' } });
    expect(f.message).toMatch(/agentPoolProfiles is not stated/);
  });

  it('reads a separate agentPools resource in an ARM export, naming it relative to the cluster', () => {
    const f = only(findings(cluster({ agentPools: [separatePool({ name: 'edge', enableNodePublicIP: true })] })));
    expect(f.evidence[0]?.path).toBe('agentPools/edge#properties.enableNodePublicIP');
  });
});
