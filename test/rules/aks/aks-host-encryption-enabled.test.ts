import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-host-encryption-enabled.ts';
import { cluster, only, pool, run, state } from '../../helpers/state.ts';

const verdict = (c: ReturnType<typeof cluster>) => only(run(rule, state({ clusters: [c] })));
const user = (enableEncryptionAtHost: boolean | null, name = 'user') => pool({ name, mode: 'User', enableEncryptionAtHost, path: 'properties.agentPoolProfiles[1]' });

describe('aks-host-encryption-enabled', () => {
  it('passes when every pool encrypts at host', () => {
    expect(verdict(cluster()).status).toBe('pass');
  });

  it('fails naming every pool without encryption at host', () => {
    const f = verdict(cluster({ agentPools: [pool({ enableEncryptionAtHost: false }), user(false, 'batch'), user(true, 'web')] }));
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(/Node pool\(s\) system, batch of cluster aks-prod/);
    expect(f.evidence).toHaveLength(3);
  });

  it('labels a value that is the API default', () => {
    const c = cluster({ agentPools: [pool({ enableEncryptionAtHost: false })] });
    c.provenance.defaulted.push('agentPools[0].enableEncryptionAtHost');
    const f = verdict(c);
    expect(f.status).toBe('fail');
    expect(f.evidence[0]).toMatchObject({ path: 'properties.agentPoolProfiles[0].enableEncryptionAtHost', value: false, note: expect.stringMatching(/API default/) });
  });

  it('is unknown when a pool does not state it and none fails', () => {
    const f = verdict(cluster({ agentPools: [pool(), user(null)] }));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/node pool\(s\) user/);
  });

  it('is unknown when the pools are not stated', () => {
    expect(verdict(cluster({ agentPools: null })).status).toBe('unknown');
  });
});
