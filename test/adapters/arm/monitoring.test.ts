import { describe, expect, it } from 'vitest';
import { inputFile } from '../../helpers/input-file.ts';
import { stateOf } from '../../helpers/scan.ts';
import { exampleBody } from '../../helpers/fake-arm/routes-inventory.ts';

const METRIC_ALERT = 'monitor/2018-03-01/getMetricAlertSingleResource.json';
const RULE_GROUP = 'alertsmanagement/2023-03-01/getPrometheusRuleGroup.json';
const ACTION_GROUP = 'monitor/2023-01-01/getActionGroup.json';
const LOG_ALERT = 'monitor/2023-12-01/getScheduledQueryRule.json';
const monitoringOf = (...bodies: unknown[]) => stateOf(...bodies.map((b, i) => inputFile(b, `monitoring-${i}.json`))).monitoring;

describe('ARM adapter: alert rules and action groups', () => {
  it('reads a metric alert on a cluster as one alert notifying its action groups', () => {
    const [rule] = monitoringOf(exampleBody(METRIC_ALERT)).alertRules;
    expect(rule).toMatchObject({
      kind: 'metric',
      enabled: true,
      scopes: [expect.stringMatching(/managedClusters\/aks-shop$/)],
      targetResourceType: null,
      alerts: [{ name: 'aks-shop-node-not-ready', enabled: true, actionGroupIds: [expect.stringMatching(/actionGroups\/ag-contoso-oncall$/)] }],
    });
  });

  it('reads a Prometheus rule group: its cluster, and its alerting rules only (recording rules raise nothing)', () => {
    const [group] = monitoringOf(exampleBody(RULE_GROUP)).alertRules;
    expect(group).toMatchObject({ kind: 'prometheus', enabled: true, clusterName: 'aks-shop' });
    expect(group?.alerts).toEqual([{ name: 'KubePodCrashLooping', enabled: true, actionGroupIds: [expect.stringMatching(/ag-contoso-oncall$/)] }]);
  });

  it('reads a log search alert: its scope and the action groups of its actions', () => {
    const [rule] = monitoringOf(exampleBody(LOG_ALERT)).alertRules;
    expect(rule).toMatchObject({ kind: 'log', enabled: true, scopes: [expect.stringMatching(/aks-shop$/)], alerts: [{ name: 'aks-shop-oomkilled', enabled: true, actionGroupIds: [expect.stringMatching(/ag-contoso-oncall$/)] }] });
  });

  it('reads whether an action group is enabled', () => {
    expect(monitoringOf(exampleBody(ACTION_GROUP)).actionGroups).toEqual([expect.objectContaining({ name: 'ag-contoso-oncall', enabled: true })]);
  });

  it('leaves what a body does not state unknown: no documented default for a rule group or rule switch', () => {
    const body = exampleBody(RULE_GROUP) as { properties: { enabled?: boolean; rules: { enabled?: boolean }[] } };
    delete body.properties.enabled;
    delete body.properties.rules[1]!.enabled;
    const [group] = monitoringOf(body).alertRules;
    expect(group).toMatchObject({ enabled: null, alerts: [{ name: 'KubePodCrashLooping', enabled: null }] });
    const fragment = monitoringOf({ id: String(exampleBody(METRIC_ALERT).id), type: 'Microsoft.Insights/metricAlerts' }).alertRules[0];
    expect(fragment).toMatchObject({ enabled: null, scopes: null, alerts: null });
  });

  it('reads az CLI output, which prints the properties at the root (az monitor metrics alert list, az alerts-management prometheus-rule-group list)', () => {
    const { properties, ...envelope } = exampleBody(METRIC_ALERT) as { properties: Record<string, unknown> };
    const [rule] = monitoringOf([{ ...envelope, ...properties, resourceGroup: 'rg-contoso-ops' }]).alertRules;
    expect(rule).toMatchObject({ enabled: true, scopes: [expect.stringMatching(/aks-shop$/)], alerts: [{ actionGroupIds: [expect.stringMatching(/ag-contoso-oncall$/)] }] });
  });
});
