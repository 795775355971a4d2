import { ACTION_GROUP, METRIC_ALERT, PROMETHEUS_RULE_GROUP, SCHEDULED_QUERY_RULE, type ActionGroup, type AlertRule, type MonitoringState, type RaisedAlert } from '../../state/monitoring.ts';
import { baseOf } from './base.ts';
import type { ArmResource } from './collect-resources.ts';
import { FieldReader } from './fields.ts';
import type { ArmIndex } from './index-resources.ts';
import type { Node } from './properties.ts';

/** ARM types this adapter reads. */
export const MONITORING_TYPES: readonly string[] = [METRIC_ALERT, PROMETHEUS_RULE_GROUP, SCHEDULED_QUERY_RULE, ACTION_GROUP];

/** Source path of each state field a rule reports on, in the REST body. */
export const METRIC_ALERT_PATHS: Readonly<Record<string, string>> = {
  enabled: 'properties.enabled',
  scopes: 'properties.scopes',
  targetResourceType: 'properties.targetResourceType',
  targetResourceRegion: 'properties.targetResourceRegion',
  alerts: 'properties.actions',
};
export const PROMETHEUS_RULE_GROUP_PATHS: Readonly<Record<string, string>> = {
  enabled: 'properties.enabled',
  scopes: 'properties.scopes',
  clusterName: 'properties.clusterName',
  alerts: 'properties.rules',
};
export const SCHEDULED_QUERY_RULE_PATHS: Readonly<Record<string, string>> = {
  enabled: 'properties.enabled',
  scopes: 'properties.scopes',
  alerts: 'properties.actions.actionGroups',
};
export const ACTION_GROUP_PATHS: Readonly<Record<string, string>> = { enabled: 'properties.enabled' };

/**
 * Metric alerts (2018-03-01), Prometheus rule groups (2023-03-01), log search alerts
 * (2021-08-01 and later) and action groups (2023-01-01). `enabled` is required on metric alerts,
 * log search alerts and action groups but has no documented default on a Prometheus group or
 * rule, so there an absent one stays unknown.
 */
export function adaptMonitoring(index: ArmIndex): MonitoringState {
  return {
    alertRules: [...index.ofType(METRIC_ALERT).map(adaptMetricAlert), ...index.ofType(PROMETHEUS_RULE_GROUP).map(adaptRuleGroup), ...index.ofType(SCHEDULED_QUERY_RULE).map(adaptLogAlert)],
    actionGroups: index.ofType(ACTION_GROUP).map(adaptActionGroup),
  };
}

function adaptMetricAlert(r: ArmResource): AlertRule {
  const f = new FieldReader(r.complete);
  const p = r.properties;
  const enabled = f.stated(p?.bool('enabled'));
  const actions = p?.children('actions');
  return {
    ...baseOf(r, f.defaulted, METRIC_ALERT_PATHS),
    kind: 'metric',
    enabled,
    scopes: f.stated(p?.strings('scopes')),
    targetResourceType: f.stated(p?.string('targetResourceType')),
    targetResourceRegion: f.stated(p?.string('targetResourceRegion')),
    clusterName: null,
    // A complete body without actions notifies no one.
    alerts: actions || r.complete ? [{ name: r.name, enabled, actionGroupIds: actionGroupIdsOf(actions) }] : null,
  };
}

function adaptRuleGroup(r: ArmResource): AlertRule {
  const f = new FieldReader(r.complete);
  const p = r.properties;
  const rules = p?.children('rules');
  return {
    ...baseOf(r, f.defaulted, PROMETHEUS_RULE_GROUP_PATHS),
    kind: 'prometheus',
    enabled: f.stated(p?.bool('enabled')),
    scopes: f.stated(p?.strings('scopes')),
    targetResourceType: null,
    targetResourceRegion: null,
    clusterName: f.stated(p?.string('clusterName')),
    // Recording rules (`record`) raise nothing: only rules with an `alert` name count.
    alerts: rules ? rules.flatMap((rule) => alertOf(rule)) : null,
  };
}

/** The 2021-08-01+ shape (`scopes`, `actions.actionGroups`); the retired 2018-04-16 one is not read. */
function adaptLogAlert(r: ArmResource): AlertRule {
  const f = new FieldReader(r.complete);
  const p = r.properties;
  const enabled = f.stated(p?.bool('enabled'));
  const actions = p?.child('actions');
  const groups = actions?.strings('actionGroups');
  return {
    ...baseOf(r, f.defaulted, SCHEDULED_QUERY_RULE_PATHS),
    kind: 'log',
    enabled,
    scopes: f.stated(p?.strings('scopes')),
    targetResourceType: null,
    targetResourceRegion: null,
    clusterName: null,
    // A complete body without actions notifies no one; conflicting spellings (null) stay unknown.
    alerts: groups === null || (groups === undefined && !r.complete) ? null : [{ name: r.name, enabled, actionGroupIds: groups ?? [] }],
  };
}

function alertOf(rule: Node): RaisedAlert[] {
  const name = rule.string('alert');
  if (!name) return [];
  return [{ name, enabled: rule.bool('enabled') ?? null, actionGroupIds: actionGroupIdsOf(rule.children('actions')) }];
}

function actionGroupIdsOf(actions: Node[] | undefined): string[] {
  return (actions ?? []).flatMap((a) => a.string('actionGroupId') ?? []);
}

function adaptActionGroup(r: ArmResource): ActionGroup {
  const f = new FieldReader(r.complete);
  return { ...baseOf(r, f.defaulted, ACTION_GROUP_PATHS), enabled: f.stated(r.properties?.bool('enabled')) };
}
