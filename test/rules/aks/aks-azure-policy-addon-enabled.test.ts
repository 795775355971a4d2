import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-azure-policy-addon-enabled.ts';
import type { AksCluster } from '../../../src/state/aks.ts';
import { cluster, only, run, state } from '../../helpers/state.ts';

const verdict = (c: ReturnType<typeof cluster>) => only(run(rule, state({ clusters: [c] })));
const monitoringOnly = { containerInsights: { enabled: true, config: {} } };
/** `cluster()` merges overrides into its add-ons; these tests need the exact set. */
const withAddons = (addons: AksCluster['addons']) => Object.assign(cluster(), { addons });

describe('aks-azure-policy-addon-enabled', () => {
  it('passes a cluster running the add-on', () => {
    const f = verdict(cluster());
    expect(f.status).toBe('pass');
    expect(f.evidence).toEqual([{ path: 'properties.addonProfiles.azurepolicy.enabled', value: true }]);
  });

  it('fails a cluster whose add-on profile is disabled', () => {
    const f = verdict(withAddons({ ...monitoringOnly, azurePolicy: { enabled: false, config: {} } }));
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.evidence).toEqual([{ path: 'properties.addonProfiles.azurepolicy.enabled', value: false }]);
  });

  it('fails a cluster without the add-on profile', () => {
    const f = verdict(withAddons(monitoringOnly));
    expect(f.status).toBe('fail');
    expect(f.evidence[0]?.note).toMatch(/no profile for this add-on/);
  });

  it('fails a complete body without addonProfiles, labelled as the API default', () => {
    const c = withAddons({});
    c.provenance.defaulted.push('addons');
    const f = verdict(c);
    expect(f.status).toBe('fail');
    expect(f.evidence[0]).toMatchObject({ path: 'properties.addonProfiles', note: expect.stringMatching(/API default/) });
  });

  it('is unknown when the add-ons are not stated', () => {
    const f = verdict(cluster({ addons: null }));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/addonProfiles is not stated/);
  });

  it('is unknown when the add-on profile does not say whether it is enabled', () => {
    expect(verdict(withAddons({ azurePolicy: { enabled: null, config: {} } })).status).toBe('unknown');
  });
});
