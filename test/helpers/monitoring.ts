import { ACTION_GROUP_PATHS, METRIC_ALERT_PATHS, PROMETHEUS_RULE_GROUP_PATHS, SCHEDULED_QUERY_RULE_PATHS } from '../../src/adapters/arm/monitoring.ts';
import type { ActionGroup, AlertRule } from '../../src/state/monitoring.ts';
import { resource, SUB } from './state.ts';

export const CLUSTER_ID = `/subscriptions/${SUB}/resourceGroups/rg-prod/providers/Microsoft.ContainerService/managedClusters/aks-prod`;

/** An enabled action group in the ops resource group. */
export function actionGroup(overrides: Partial<ActionGroup> = {}): ActionGroup {
  return { ...resource('Microsoft.Insights/actionGroups', overrides.name ?? 'ag-oncall', 'rg-ops', ACTION_GROUP_PATHS), enabled: true, ...overrides };
}

/** An enabled metric alert on the test cluster (`cluster()`) that notifies `actionGroup()`. */
export function metricAlert(overrides: Partial<AlertRule> = {}): AlertRule {
  const name = overrides.name ?? 'aks-node-not-ready';
  return {
    ...resource('Microsoft.Insights/metricAlerts', name, 'rg-ops', METRIC_ALERT_PATHS),
    location: 'global',
    kind: 'metric',
    enabled: true,
    scopes: [CLUSTER_ID],
    targetResourceType: null,
    targetResourceRegion: null,
    clusterName: null,
    alerts: [{ name, enabled: true, actionGroupIds: [actionGroup().id] }],
    ...overrides,
  };
}

/** An enabled Prometheus rule group scoped at a workspace and the test cluster, with one alerting rule notifying `actionGroup()`. */
export function prometheusRuleGroup(overrides: Partial<AlertRule> = {}): AlertRule {
  return {
    ...resource('Microsoft.AlertsManagement/prometheusRuleGroups', overrides.name ?? 'aks-prod-alerts', 'rg-ops', PROMETHEUS_RULE_GROUP_PATHS),
    kind: 'prometheus',
    enabled: true,
    scopes: [`/subscriptions/${SUB}/resourceGroups/rg-ops/providers/microsoft.monitor/accounts/amw-prod`, CLUSTER_ID],
    targetResourceType: null,
    targetResourceRegion: null,
    clusterName: 'aks-prod',
    alerts: [{ name: 'KubePodCrashLooping', enabled: true, actionGroupIds: [actionGroup().id] }],
    ...overrides,
  };
}

/** An enabled log search alert scoped at the test cluster that notifies `actionGroup()`. */
export function logAlert(overrides: Partial<AlertRule> = {}): AlertRule {
  const name = overrides.name ?? 'aks-oomkilled';
  return {
    ...resource('Microsoft.Insights/scheduledQueryRules', name, 'rg-ops', SCHEDULED_QUERY_RULE_PATHS),
    kind: 'log',
    enabled: true,
    scopes: [CLUSTER_ID],
    targetResourceType: null,
    targetResourceRegion: null,
    clusterName: null,
    alerts: [{ name, enabled: true, actionGroupIds: [actionGroup().id] }],
    ...overrides,
  };
}
