import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-workload-identity-enabled.ts';
import { cluster, only, run, state } from '../../helpers/state.ts';

const verdict = (oidcIssuerEnabled: boolean | null, workloadIdentityEnabled: boolean | null) =>
  only(run(rule, state({ clusters: [cluster({ oidcIssuerEnabled, workloadIdentityEnabled })] })));

describe('aks-workload-identity-enabled', () => {
  it('passes with the OIDC issuer and workload identity both on', () => {
    expect(verdict(true, true).status).toBe('pass');
  });

  it('fails naming what is missing', () => {
    expect(verdict(true, false).message).toMatch(/does not enable workload identity/);
    expect(verdict(false, true).message).toMatch(/does not enable the OIDC issuer,/);
    expect(verdict(false, false)).toMatchObject({ status: 'fail', severity: 'medium', message: expect.stringMatching(/the OIDC issuer or workload identity/) });
  });

  it('fails on a setting that is off even when the other is not stated', () => {
    expect(verdict(null, false).status).toBe('fail');
  });

  it('is unknown when a setting is not stated and none is off', () => {
    const f = verdict(true, null);
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/securityProfile\.workloadIdentity\.enabled is not stated/);
  });
});
