import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-entra-id-integration.ts';
import { cluster, only, run, state } from '../../helpers/state.ts';

const verdict = (c: ReturnType<typeof cluster>) => only(run(rule, state({ clusters: [c] })));

describe('aks-entra-id-integration', () => {
  it('passes AKS-managed Entra ID integration', () => {
    const f = verdict(cluster());
    expect(f.status).toBe('pass');
    expect(f.evidence).toEqual([{ path: 'properties.aadProfile.managed', value: true }]);
  });

  it('fails a cluster without an aadProfile, noting the value is the API default', () => {
    const c = cluster({ aad: { managed: false, azureRbac: false } });
    c.provenance.defaulted.push('aad.managed', 'aad.azureRbac');
    const f = verdict(c);
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toMatch(/no AKS-managed Microsoft Entra ID integration/);
    expect(f.evidence[0]?.note).toMatch(/API default/);
  });

  it('fails an explicit managed: false as the retired legacy integration', () => {
    const f = verdict(cluster({ aad: { managed: false, azureRbac: false } }));
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/legacy Azure AD integration is retired/);
  });

  it('is unknown when the source does not say', () => {
    const f = verdict(cluster({ aad: { managed: null } }));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/aadProfile.managed is not stated/);
  });
});
