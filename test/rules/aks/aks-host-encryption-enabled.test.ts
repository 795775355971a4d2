import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-host-encryption-enabled.ts';
import { cluster, only, pool, run, state } from '../../helpers/state.ts';

const findings = (c: ReturnType<typeof cluster>) => run(rule, state({ clusters: [c] }));
const user = (enableEncryptionAtHost: boolean | null, name = 'user') => pool({ name, mode: 'User', enableEncryptionAtHost });

describe('aks-host-encryption-enabled', () => {
  it('passes each pool that encrypts at host', () => {
    expect(findings(cluster()).map((f) => [f.resource.name, f.status])).toEqual([
      ['system', 'pass'],
      ['user', 'pass'],
    ]);
  });

  it('fails each pool without encryption at host on its own', () => {
    const all = findings(cluster({ agentPools: [pool({ enableEncryptionAtHost: false }), user(false, 'batch'), user(true, 'web')] }));
    expect(all.map((f) => [f.resource.name, f.status])).toEqual([
      ['system', 'fail'],
      ['batch', 'fail'],
      ['web', 'pass'],
    ]);
    const batch = only(all, 'batch');
    expect(batch).toMatchObject({ severity: 'medium', message: 'Node pool batch of cluster aks-prod does not use encryption at host', resource: { parent: { name: 'aks-prod' } } });
    expect(batch.evidence).toEqual([{ path: 'properties.agentPoolProfiles[1].enableEncryptionAtHost', value: false }]);
  });

  it('labels a value that is the API default', () => {
    const c = cluster({ agentPools: [pool({ enableEncryptionAtHost: false })] });
    c.agentPools![0]!.provenance.defaulted.push('enableEncryptionAtHost');
    const f = only(findings(c));
    expect(f.status).toBe('fail');
    expect(f.evidence[0]).toMatchObject({ path: 'properties.agentPoolProfiles[0].enableEncryptionAtHost', value: false, note: expect.stringMatching(/API default/) });
  });

  it('is unknown on a pool that does not state it', () => {
    const f = only(findings(cluster({ agentPools: [pool(), user(null)] })), 'user');
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/enableEncryptionAtHost is not stated by the source/);
  });

  it('is unknown on the cluster when the pools are not stated', () => {
    expect(only(findings(cluster({ agentPools: null })), 'aks-prod').status).toBe('unknown');
  });
});
