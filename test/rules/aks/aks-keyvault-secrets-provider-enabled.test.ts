import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-keyvault-secrets-provider-enabled.ts';
import type { AksCluster } from '../../../src/state/aks.ts';
import { cluster, only, run, state } from '../../helpers/state.ts';

/** `cluster()` merges overrides into its add-ons; these tests need the exact set. */
const withAddons = (addons: AksCluster['addons']) => Object.assign(cluster(), { addons });
const policyOnly = { azurePolicy: { enabled: true, config: {} } };
const withProvider = (enabled: boolean | null, secretRotation?: string) => withAddons({ ...policyOnly, keyVaultSecretsProvider: { enabled, config: secretRotation === undefined ? {} : { secretRotation } } });
const verdict = (c: ReturnType<typeof cluster>, params = {}) => only(run(rule, state({ clusters: [c] }), params));
const ROTATION = 'properties.addonProfiles.azureKeyvaultSecretsProvider.config.enableSecretRotation';

describe('aks-keyvault-secrets-provider-enabled', () => {
  it('passes the add-on with secret rotation', () => {
    const f = verdict(cluster());
    expect(f.status).toBe('pass');
    expect(f.evidence).toEqual([
      { path: 'properties.addonProfiles.azureKeyvaultSecretsProvider.enabled', value: true },
      { path: ROTATION, value: 'true' },
    ]);
  });

  it('reads the rotation flag whatever the casing of its value', () => {
    expect(verdict(withProvider(true, 'True')).status).toBe('pass');
  });

  it('fails at low severity when rotation is off, saying so', () => {
    const f = verdict(withProvider(true, 'false'));
    expect(f).toMatchObject({ status: 'fail', severity: 'low' });
    expect(f.message).toMatch(/secret rotation off/);
  });

  it('treats an absent rotation flag as off (the add-on default)', () => {
    const f = verdict(withProvider(true));
    expect(f).toMatchObject({ status: 'fail', severity: 'low' });
    expect(f.evidence[1]).toMatchObject({ path: ROTATION, value: null, note: expect.stringMatching(/off by default/) });
  });

  it('passes the add-on without rotation when requireRotation is false', () => {
    expect(verdict(withProvider(true, 'false'), { requireRotation: false }).status).toBe('pass');
  });

  it('fails at medium severity when the add-on is disabled or absent', () => {
    expect(verdict(withProvider(false, 'true'))).toMatchObject({ status: 'fail', severity: 'medium' });
    const f = verdict(withAddons(policyOnly));
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(/does not run the Azure Key Vault Secrets Provider/);
  });

  it('is unknown when the add-ons are not stated', () => {
    const f = verdict(cluster({ addons: null }));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/addonProfiles is not stated/);
  });
});
