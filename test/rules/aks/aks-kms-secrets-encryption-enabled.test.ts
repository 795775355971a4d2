import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-kms-secrets-encryption-enabled.ts';
import { cluster, only, run, state } from '../../helpers/state.ts';

const verdict = (c: ReturnType<typeof cluster>) => only(run(rule, state({ clusters: [c] })));
const KMS = 'properties.securityProfile.azureKeyVaultKms.enabled';

describe('aks-kms-secrets-encryption-enabled', () => {
  it('passes a cluster with KMS etcd encryption', () => {
    const f = verdict(cluster());
    expect(f.status).toBe('pass');
    expect(f.evidence).toEqual([{ path: KMS, value: true }]);
  });

  it('fails a cluster without it', () => {
    const f = verdict(cluster({ kmsEnabled: false }));
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(/does not encrypt Kubernetes Secrets/);
  });

  it('notes when the value is the API default of a body without securityProfile', () => {
    const c = cluster({ kmsEnabled: false });
    c.provenance.defaulted.push('kmsEnabled');
    expect(verdict(c).evidence[0]?.note).toMatch(/API default/);
  });

  it('is unknown when the source does not say', () => {
    const f = verdict(cluster({ kmsEnabled: null }));
    expect(f.status).toBe('unknown');
    expect(f.message).toContain(`${KMS} is not stated`);
  });
});
