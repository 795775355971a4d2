import { Unknown, type TfResource, type TfValue } from '../../collectors/terraform/model.ts';
import { ACTION_GROUP, METRIC_ALERT, PROMETHEUS_RULE_GROUP, SCHEDULED_QUERY_RULE, type ActionGroup, type AlertRule, type MonitoringState, type RaisedAlert } from '../../state/monitoring.ts';
import type { Maybe } from '../../state/resource.ts';
import { asBool, asString, isBlock, valueAt, type AttributeReader } from './attributes.ts';
import { tfBase } from './base.ts';
import type { TfIndex } from './index-resources.ts';

const TF_METRIC_ALERT = 'azurerm_monitor_metric_alert';
const TF_RULE_GROUP = 'azurerm_monitor_alert_prometheus_rule_group';
const TF_LOG_ALERT = 'azurerm_monitor_scheduled_query_rules_alert_v2';
const TF_ACTION_GROUP = 'azurerm_monitor_action_group';

export const MONITORING_TYPES: readonly string[] = [TF_METRIC_ALERT, TF_RULE_GROUP, TF_LOG_ALERT, TF_ACTION_GROUP];

/**
 * Alert rules and action groups, per the provider's documentation (v3 to v5): a metric alert's,
 * a log search alert's (`_v2`) and an action group's `enabled` default to true; a rule group's `rule_group_enabled` and its
 * rules' `enabled` have no documented default, so unset they stay unknown.
 */
export function adaptMonitoring(index: TfIndex): MonitoringState {
  return {
    alertRules: [...index.ofType(TF_METRIC_ALERT).map((r) => adaptMetricAlert(r, index)), ...index.ofType(TF_RULE_GROUP).map((r) => adaptRuleGroup(r, index)), ...index.ofType(TF_LOG_ALERT).map((r) => adaptLogAlert(r, index))],
    actionGroups: index.ofType(TF_ACTION_GROUP).map((r) => adaptActionGroup(r, index)),
  };
}

function adaptMetricAlert(r: TfResource, index: TfIndex): AlertRule {
  const f = index.reader(r);
  const base = tfBase(r, METRIC_ALERT, index.ids, f);
  const enabled = f.read('enabled', 'enabled', asBool, true);
  const actions = actionGroupIdsOf(r, 'action', index);
  f.provenance.paths.alerts = 'action';
  if (actions === null) f.unknowable('alerts', 'its action blocks cannot be read before apply');
  return {
    ...base,
    kind: 'metric',
    enabled,
    scopes: scopesOf(r, index, f),
    targetResourceType: f.read('targetResourceType', 'target_resource_type', asString),
    targetResourceRegion: f.read('targetResourceRegion', 'target_resource_location', asString),
    clusterName: null,
    alerts: actions === null ? null : [{ name: base.name, enabled, actionGroupIds: actions }],
  };
}

function adaptRuleGroup(r: TfResource, index: TfIndex): AlertRule {
  const f = index.reader(r);
  f.provenance.paths.alerts = 'rule';
  const alerts = alertsOf(r, index);
  if (alerts === null) f.unknowable('alerts', 'its rule blocks cannot be read before apply');
  return {
    ...tfBase(r, PROMETHEUS_RULE_GROUP, index.ids, f),
    kind: 'prometheus',
    enabled: f.read('enabled', 'rule_group_enabled', asBool),
    scopes: scopesOf(r, index, f),
    targetResourceType: null,
    targetResourceRegion: null,
    clusterName: clusterNameOf(r, index, f),
    alerts,
  };
}

function adaptLogAlert(r: TfResource, index: TfIndex): AlertRule {
  const f = index.reader(r);
  const base = tfBase(r, SCHEDULED_QUERY_RULE, index.ids, f);
  const enabled = f.read('enabled', 'enabled', asBool, true);
  const actions = logActionGroupIdsOf(r, index);
  f.provenance.paths.alerts = 'action[0].action_groups';
  if (actions === null) f.unknowable('alerts', 'its action groups cannot be read before apply');
  return {
    ...base,
    kind: 'log',
    enabled,
    scopes: scopesOf(r, index, f),
    targetResourceType: null,
    targetResourceRegion: null,
    clusterName: null,
    alerts: actions === null ? null : [{ name: base.name, enabled, actionGroupIds: actions }],
  };
}

/** `action[0].action_groups`: ARM ids written out, or the one action group it references. */
function logActionGroupIdsOf(r: TfResource, index: TfIndex): string[] | null {
  const path = 'action[0].action_groups';
  const groups = valueAt(r.values, path);
  if (groups === undefined || groups === null) return [];
  if (!Array.isArray(groups)) return null;
  if (groups.length === 1 && r.references[path] !== undefined) {
    const target = index.ids.target(r, path);
    return target === null ? null : [target];
  }
  return groups.every((g): g is string => typeof g === 'string') ? groups : null;
}

function adaptActionGroup(r: TfResource, index: TfIndex): ActionGroup {
  const f = index.reader(r);
  return { ...tfBase(r, ACTION_GROUP, index.ids, f), enabled: f.read('enabled', 'enabled', asBool, true) };
}

/**
 * `scopes`, each an ARM id written out or the identity of the resource it references. A list
 * whose one element is known only after apply resolves through its reference; any other
 * unknown element leaves the whole list unknown, not shorter.
 */
function scopesOf(r: TfResource, index: TfIndex, f: AttributeReader): Maybe<string[]> {
  f.provenance.paths.scopes = 'scopes';
  const value = valueAt(r.values, 'scopes');
  if (!Array.isArray(value)) return f.unknowable('scopes', value instanceof Unknown ? value.reason : 'not a list of resource ids');
  if (value.length === 1 && r.references.scopes !== undefined) {
    const target = index.ids.target(r, 'scopes');
    if (target !== null) return [target];
  }
  if (value.every((v): v is string => typeof v === 'string')) return value;
  return f.unknowable('scopes', 'names resources known only after apply');
}

/** `cluster_name`, or the name of the cluster it references. */
function clusterNameOf(r: TfResource, index: TfIndex, f: AttributeReader): Maybe<string> {
  const stated = f.read('clusterName', 'cluster_name', asString);
  if (stated !== null) return stated;
  const address = r.references.cluster_name;
  const cluster = address === undefined ? undefined : index.ids.resolve(address);
  const name = cluster?.values.name;
  return typeof name === 'string' ? name : null;
}

/** The alerting rules of a rule group (recording rules raise nothing); null when the blocks are not known. */
function alertsOf(r: TfResource, index: TfIndex): RaisedAlert[] | null {
  const rules = valueAt(r.values, 'rule');
  if (!Array.isArray(rules)) return null;
  const alerts: RaisedAlert[] = [];
  for (const [i, rule] of rules.entries()) {
    if (!isBlock(rule)) return null;
    if (rule.alert instanceof Unknown) return null;
    if (typeof rule.alert !== 'string' || rule.alert === '') continue;
    const actionGroupIds = actionGroupIdsOf(r, `rule[${i}].action`, index);
    if (actionGroupIds === null) return null;
    alerts.push({ name: rule.alert, enabled: typeof rule.enabled === 'boolean' ? rule.enabled : null, actionGroupIds });
  }
  return alerts;
}

/** The action groups of the `action` blocks at `path`; null when one cannot be resolved. */
function actionGroupIdsOf(r: TfResource, path: string, index: TfIndex): string[] | null {
  const actions: TfValue | undefined = valueAt(r.values, path);
  if (actions === undefined || actions === null) return [];
  if (!Array.isArray(actions)) return null;
  const ids: string[] = [];
  for (const i of actions.keys()) {
    const id = index.ids.target(r, `${path}[${i}].action_group_id`);
    if (id === null) return null;
    ids.push(id);
  }
  return ids;
}
