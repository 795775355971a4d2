import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-pod-identity-disabled.ts';
import { cluster, only, run, state } from '../../helpers/state.ts';

const verdict = (podIdentityEnabled: boolean | null) => only(run(rule, state({ clusters: [cluster({ podIdentityEnabled })] })));

describe('aks-pod-identity-disabled', () => {
  it('passes when pod-managed identity is off', () => {
    expect(verdict(false).status).toBe('pass');
  });

  it('fails when the deprecated pod-managed identity is on', () => {
    const f = verdict(true);
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(/deprecated.*workload identity/);
    expect(f.evidence).toEqual([{ path: 'properties.podIdentityProfile.enabled', value: true }]);
  });

  it('is unknown when the source does not say', () => {
    expect(verdict(null).message).toMatch(/podIdentityProfile\.enabled is not stated/);
  });
});
