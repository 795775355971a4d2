import type { Maybe, ResourceBase } from './resource.ts';

/** ARM types (lower case), for coverage questions: whether every rule of a subscription was read. */
export const METRIC_ALERT = 'microsoft.insights/metricalerts';
export const PROMETHEUS_RULE_GROUP = 'microsoft.alertsmanagement/prometheusrulegroups';
export const SCHEDULED_QUERY_RULE = 'microsoft.insights/scheduledqueryrules';
export const ACTION_GROUP = 'microsoft.insights/actiongroups';

/**
 * An Azure Monitor rule that can raise an alert about a cluster: a metric alert
 * (`Microsoft.Insights/metricAlerts`), a Prometheus rule group
 * (`Microsoft.AlertsManagement/prometheusRuleGroups`) or a log search alert
 * (`Microsoft.Insights/scheduledQueryRules`), reduced to what decides whether it watches a
 * cluster and tells someone.
 */
export interface AlertRule extends ResourceBase {
  kind: 'metric' | 'prometheus' | 'log';
  /** `properties.enabled` (a Prometheus group's `enabled`). */
  enabled: Maybe<boolean>;
  /** Ids it watches: resources, resource groups or subscriptions; a Prometheus group's Azure Monitor workspace and cluster. */
  scopes: Maybe<string[]>;
  /** A metric alert scoped at a resource group or subscription watches every resource of this type there. */
  targetResourceType: Maybe<string>;
  /** ... in this region. */
  targetResourceRegion: Maybe<string>;
  /** A Prometheus group limited to one cluster's series names it here. */
  clusterName: Maybe<string>;
  /**
   * The alerts it raises, each with the action groups it notifies: one for a metric or log search
   * alert, one per alerting (not recording) rule of a Prometheus group. `enabled` is the alert's
   * own switch.
   */
  alerts: Maybe<RaisedAlert[]>;
}

export interface RaisedAlert {
  /** The metric alert's name, or the Prometheus rule's `alert`. */
  name: string;
  enabled: Maybe<boolean>;
  actionGroupIds: string[];
}

/** `Microsoft.Insights/actionGroups`: who an alert notifies. A disabled group notifies no one. */
export interface ActionGroup extends ResourceBase {
  enabled: Maybe<boolean>;
}

export interface MonitoringState {
  alertRules: AlertRule[];
  actionGroups: ActionGroup[];
}
