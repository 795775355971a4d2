import { describe, expect, it } from 'vitest';
import { adaptTerraform } from '../../../src/adapters/terraform/adapt.ts';
import { AFTER_APPLY, Unknown, type TfValue } from '../../../src/collectors/terraform/model.ts';
import { evidence } from '../../../src/engine/evidence.ts';
import { only, run } from '../../helpers/state.ts';
import { rule, tf } from './instances.ts';

const cluster = tf('azurerm_kubernetes_cluster.aks', { name: 'aks-shop-prod', resource_group_name: 'rg-shop-prod', location: 'westeurope', id: new Unknown(AFTER_APPLY) });
const actionGroup = (values: Record<string, TfValue> = {}) => tf('azurerm_monitor_action_group.oncall', { name: 'ag-oncall', resource_group_name: 'rg-ops', short_name: 'oncall', id: new Unknown(AFTER_APPLY), ...values });
const metricAlert = (values: Record<string, TfValue> = {}, references: Record<string, string> = {}) =>
  tf(
    'azurerm_monitor_metric_alert.node_not_ready',
    { name: 'aks-node-not-ready', resource_group_name: 'rg-ops', scopes: [new Unknown(AFTER_APPLY)], action: [{ action_group_id: new Unknown(AFTER_APPLY) }], ...values },
    { references: { scopes: 'azurerm_kubernetes_cluster.aks', 'action[0].action_group_id': 'azurerm_monitor_action_group.oncall', ...references } },
  );
const ruleGroup = (values: Record<string, TfValue> = {}) =>
  tf(
    'azurerm_monitor_alert_prometheus_rule_group.pods',
    {
      name: 'aks-pod-alerts',
      resource_group_name: 'rg-ops',
      cluster_name: new Unknown(AFTER_APPLY),
      rule_group_enabled: true,
      scopes: [new Unknown(AFTER_APPLY)],
      rule: [
        { record: 'namespace_cpu:rate5m', expression: 'sum(rate(container_cpu_usage_seconds_total[5m]))', enabled: true, action: [] },
        { alert: 'KubePodCrashLooping', expression: 'kube_pod_container_status_waiting_reason > 0', enabled: true, action: [{ action_group_id: new Unknown(AFTER_APPLY) }] },
      ],
      ...values,
    },
    { references: { scopes: 'azurerm_monitor_workspace.amw', cluster_name: 'azurerm_kubernetes_cluster.aks', 'rule[1].action[0].action_group_id': 'azurerm_monitor_action_group.oncall' } },
  );
const verdictOf = (...resources: ReturnType<typeof tf>[]) => only(run(rule('aks-alerts-configured'), adaptTerraform([cluster, ...resources], 4).state));

describe('Terraform: alert rules and action groups', () => {
  it('reads a metric alert joined to its cluster and action group through references, enabled by default', () => {
    const { alertRules, actionGroups } = adaptTerraform([cluster, actionGroup(), metricAlert()], 4).state.monitoring;
    expect(alertRules[0]).toMatchObject({ kind: 'metric', enabled: true, scopes: ['azurerm_kubernetes_cluster.aks'], alerts: [{ enabled: true, actionGroupIds: ['azurerm_monitor_action_group.oncall'] }] });
    expect(evidence(alertRules[0]!, 'enabled').note).toMatch(/default/);
    expect(actionGroups).toEqual([expect.objectContaining({ id: 'azurerm_monitor_action_group.oncall', enabled: true })]);
    expect(verdictOf(actionGroup(), metricAlert()).status).toBe('pass');
  });

  it('reads a Prometheus rule group: the cluster it names by reference, its alerting rules only', () => {
    const [group] = adaptTerraform([cluster, actionGroup(), ruleGroup()], 4).state.monitoring.alertRules;
    expect(group).toMatchObject({ kind: 'prometheus', enabled: true, clusterName: 'aks-shop-prod', alerts: [{ name: 'KubePodCrashLooping', enabled: true, actionGroupIds: ['azurerm_monitor_action_group.oncall'] }] });
    expect(verdictOf(actionGroup(), ruleGroup()).status).toBe('pass');
  });

  it('reads a log search alert (_v2) scoped at the cluster, enabled by default, its action group joined through the reference', () => {
    const alert = tf(
      'azurerm_monitor_scheduled_query_rules_alert_v2.oom',
      { name: 'aks-oomkilled', resource_group_name: 'rg-ops', scopes: [new Unknown(AFTER_APPLY)], action: [{ action_groups: [new Unknown(AFTER_APPLY)] }] },
      { references: { scopes: 'azurerm_kubernetes_cluster.aks', 'action[0].action_groups': 'azurerm_monitor_action_group.oncall' } },
    );
    const [rule] = adaptTerraform([cluster, actionGroup(), alert], 4).state.monitoring.alertRules;
    expect(rule).toMatchObject({ kind: 'log', enabled: true, scopes: ['azurerm_kubernetes_cluster.aks'], alerts: [{ actionGroupIds: ['azurerm_monitor_action_group.oncall'] }] });
    expect(verdictOf(actionGroup(), alert).status).toBe('pass');
  });

  it('does not pass on a disabled action group, and cannot fail: the configuration need not hold every alert rule', () => {
    const f = verdictOf(actionGroup({ enabled: false }), metricAlert());
    expect(f.status).toBe('unknown');
    expect(f.message).toContain('notifies only disabled action group(s) ag-oncall');
  });

  it('leaves unset rule switches unknown (no documented default), and an unresolvable action group unknown', () => {
    const [group] = adaptTerraform([cluster, ruleGroup({ rule_group_enabled: null })], 4).state.monitoring.alertRules;
    expect(group!.enabled).toBeNull();
    expect(verdictOf(actionGroup(), ruleGroup({ rule_group_enabled: null })).status).toBe('unknown');
    const external = metricAlert({ action: [{ action_group_id: new Unknown(AFTER_APPLY) }] }, { 'action[0].action_group_id': 'data.azurerm_monitor_action_group.shared' });
    expect(adaptTerraform([cluster, external], 4).state.monitoring.alertRules[0]!.alerts).toBeNull();
    expect(verdictOf(external).status).toBe('unknown');
  });
});
