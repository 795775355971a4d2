import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-container-insights-enabled.ts';
import type { AksCluster } from '../../../src/state/aks.ts';
import { cluster, only, run, state } from '../../helpers/state.ts';

const verdict = (c: ReturnType<typeof cluster>) => only(run(rule, state({ clusters: [c] })));
const WORKSPACE = '/subscriptions/00000000-0000-0000-0000-0000000000aa/resourceGroups/rg-ops/providers/Microsoft.OperationalInsights/workspaces/log-prod';
/** cluster() deep-merges overrides, so the add-on map is replaced after building. */
function withAddons(addons: AksCluster['addons'], containerInsightsEnabled: boolean | null = false): AksCluster {
  return { ...cluster({ containerInsightsEnabled }), addons };
}

describe('aks-container-insights-enabled', () => {
  it('passes the monitoring add-on with a workspace', () => {
    const f = verdict(cluster());
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/omsagent/);
  });

  it('passes Container insights enabled in the Azure Monitor profile, without the add-on', () => {
    const f = verdict(withAddons({}, true));
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/Azure Monitor profile/);
  });

  it.each([
    ['no omsagent add-on', {}, /not configured/],
    ['a disabled add-on', { containerInsights: { enabled: false, config: { logAnalyticsWorkspaceId: WORKSPACE } } }, /disabled/],
    ['an add-on without a workspace', { containerInsights: { enabled: true, config: {} } }, /names no Log Analytics workspace/],
  ])('fails %s when the Azure Monitor profile is off too', (_, addons, reason) => {
    const f = verdict(withAddons(addons));
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(reason);
    expect(f.evidence).toContainEqual({ path: 'properties.azureMonitorProfile.containerInsights.enabled', value: false });
  });

  it('is unknown when the add-ons are not stated and the profile is off', () => {
    const f = verdict(withAddons(null));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/addonProfiles\.omsagent\.enabled not stated/);
  });

  it('is unknown when the add-on is absent and the profile is not stated', () => {
    const f = verdict(withAddons({}, null));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/azureMonitorProfile/);
  });

  it('passes on one path even when the other is not stated', () => {
    expect(verdict(withAddons(null, true)).status).toBe('pass');
    expect(verdict(cluster({ containerInsightsEnabled: null })).status).toBe('pass');
  });
});
