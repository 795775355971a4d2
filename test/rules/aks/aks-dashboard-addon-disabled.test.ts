import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-dashboard-addon-disabled.ts';
import type { AksCluster } from '../../../src/state/aks.ts';
import { cluster, only, run, state } from '../../helpers/state.ts';

const verdict = (addons: AksCluster['addons']) => only(run(rule, state({ clusters: [cluster({ addons })] })));

describe('aks-dashboard-addon-disabled', () => {
  it('passes a cluster without the add-on', () => {
    expect(verdict({ containerInsights: { enabled: true, config: {} } }).status).toBe('pass');
  });

  it('passes the add-on switched off', () => {
    const f = verdict({ kubeDashboard: { enabled: false, config: {} } });
    expect(f.status).toBe('pass');
    expect(f.evidence).toEqual([{ path: 'properties.addonProfiles.kubeDashboard.enabled', value: false }]);
  });

  it('fails the add-on switched on, at low severity', () => {
    const f = verdict({ kubeDashboard: { enabled: true, config: {} } });
    expect(f).toMatchObject({ status: 'fail', severity: 'low' });
    expect(f.message).toMatch(/deprecated Kubernetes dashboard add-on enabled/);
  });

  it('is unknown when the add-ons are not stated, or the profile omits enabled', () => {
    expect(verdict(null).status).toBe('unknown');
    expect(verdict({ kubeDashboard: { enabled: null, config: {} } }).status).toBe('unknown');
  });
});
