import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-azure-rbac-enabled.ts';
import { cluster, only, run, state } from '../../helpers/state.ts';

const verdict = (c: ReturnType<typeof cluster>) => only(run(rule, state({ clusters: [c] })));

describe('aks-azure-rbac-enabled', () => {
  it('passes a cluster that authorizes with Azure RBAC', () => {
    const f = verdict(cluster());
    expect(f.status).toBe('pass');
    expect(f.evidence).toContainEqual({ path: 'properties.aadProfile.enableAzureRBAC', value: true });
  });

  it('fails an Entra-integrated cluster that relies on in-cluster RoleBindings only', () => {
    const f = verdict(cluster({ aad: { managed: true, azureRbac: false } }));
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(/has Entra ID integration but does not use Azure RBAC/);
  });

  it('says that Azure RBAC requires Entra integration when that is off too', () => {
    const f = verdict(cluster({ aad: { managed: false, azureRbac: false } }));
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/requires AKS-managed Microsoft Entra ID integration/);
  });

  it('fails without Entra integration even when enableAzureRBAC is not stated', () => {
    expect(verdict(cluster({ aad: { managed: false, azureRbac: null } })).status).toBe('fail');
  });

  it('is unknown when enableAzureRBAC is not stated on an Entra-integrated cluster', () => {
    const f = verdict(cluster({ aad: { managed: true, azureRbac: null } }));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/enableAzureRBAC is not stated/);
  });
});
