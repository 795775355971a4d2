import type { Evidence } from '../../engine/finding.ts';
import { defineRule } from '../../engine/rule.ts';
import type { AksCluster } from '../../state/aks.ts';
import { METRIC_ALERT, PROMETHEUS_RULE_GROUP, SCHEDULED_QUERY_RULE, type ActionGroup, type AlertRule, type RaisedAlert } from '../../state/monitoring.ts';
import { sameRegion } from '../../lib/regions.ts';
import { pushTo } from '../../lib/maps.ts';
import { relatedEvidence } from '../lib/related-evidence.ts';

const MANAGED_CLUSTERS = 'microsoft.containerservice/managedclusters';

/** What one alert rule that watches a cluster does for it. */
type Judgement = { kind: 'notifies'; via: string } | { kind: 'short' | 'unknown'; why: string };

/**
 * Someone hears about a failing cluster only if an enabled alert rule watches it and notifies an
 * enabled action group: a metric alert scoped at the cluster (or at its resource group or
 * subscription for every managed cluster there), a Prometheus rule group scoped at it or
 * limited to its name, with an enabled alerting rule, or a log search alert scoped at it. A log
 * search alert on a workspace does not count: its query may be about any resource sending there.
 */
export default defineRule({
  id: 'aks-alerts-configured',
  check(ctx) {
    const { alertRules, actionGroups } = ctx.state.monitoring;
    const groups = new Map(actionGroups.map((g) => [g.id.toLowerCase(), g]));
    const candidates = candidatesOf(alertRules);
    for (const cluster of ctx.state.clusters) {
      const watching = candidates(cluster).flatMap((rule) => {
        const watched = watches(rule, cluster);
        return watched === false ? [] : [{ rule, watched }];
      });
      const judged = watching.map(({ rule, watched }) => ({ rule, judgement: watched === null ? UNSCOPED : judge(rule, groups) }));
      const notified = new Set(watching.flatMap(({ rule }) => rule.alerts?.flatMap((a) => a.actionGroupIds.map((id) => id.toLowerCase())) ?? []));
      const found: Evidence[] = [
        ...watching.flatMap(({ rule }) => [relatedEvidence(rule, 'scopes'), relatedEvidence(rule, 'enabled'), relatedEvidence(rule, 'alerts')]),
        ...actionGroups.filter((g) => notified.has(g.id.toLowerCase())).map((g) => relatedEvidence(g, 'enabled')),
      ];
      const notifying = judged.flatMap(({ rule, judgement }) => (judgement.kind === 'notifies' ? [`${describe(rule)} (${judgement.via})`] : []));
      if (notifying.length) {
        ctx.pass(cluster, `Cluster ${cluster.name} is watched by alert rule(s) that notify an enabled action group: ${notifying.join('; ')}`, found);
        continue;
      }
      const unread = [METRIC_ALERT, PROMETHEUS_RULE_GROUP, SCHEDULED_QUERY_RULE].map((type) => ctx.coverage.unreadInSubscription(type, cluster.subscriptionId)).filter((why) => why !== null);
      const { status, message } = withoutNotifier(cluster, judged, unread);
      if (status === 'fail') ctx.fail(cluster, message, found);
      else ctx.unknown(cluster, message, found);
    }
  },
});

const UNSCOPED: Judgement = { kind: 'unknown', why: 'its scopes are not stated' };

/**
 * The rules that may watch a cluster, in the input's order: those naming its id, resource group
 * or subscription among their scopes, the rule groups limited to its name, and those whose scopes
 * are not stated. Indexed once, so an estate's clusters are not each matched against every rule.
 */
function candidatesOf(rules: readonly AlertRule[]): (cluster: AksCluster) => AlertRule[] {
  const byKey = new Map<string, number[]>();
  const unscoped: number[] = [];
  rules.forEach((rule, i) => {
    if (rule.kind === 'prometheus' && rule.clusterName !== null) pushTo(byKey, `name:${rule.clusterName.toLowerCase()}`, i);
    if (rule.scopes === null) unscoped.push(i);
    else for (const scope of new Set(rule.scopes.map(scopeKey))) pushTo(byKey, scope, i);
  });
  return (cluster) => {
    const keys = [cluster.id.toLowerCase(), ...containers(cluster), `name:${cluster.name.toLowerCase()}`];
    const found = new Set([...unscoped, ...keys.flatMap((key) => byKey.get(key) ?? [])]);
    return [...found].sort((a, b) => a - b).map((i) => rules[i]!);
  };
}

function scopeKey(scope: string): string {
  return scope.toLowerCase().replace(/\/$/, '');
}

/**
 * The verdict when no rule was seen to notify: unknown while a rule is in doubt or the
 * subscription's rules were not all read (one elsewhere may watch the cluster), else fail.
 */
function withoutNotifier(cluster: AksCluster, judged: { rule: AlertRule; judgement: Judgement }[], unread: string[]): { status: 'fail' | 'unknown'; message: string } {
  const doubts = judged.flatMap(({ rule, judgement }) => (judgement.kind === 'unknown' ? [`${describe(rule)}: ${judgement.why}`] : []));
  const shortfalls = judged.flatMap(({ rule, judgement }) => (judgement.kind === 'short' ? [`${describe(rule)} ${judgement.why}`] : []));
  const seen = shortfalls.length ? `; the alert rules read fall short: ${shortfalls.join('; ')}` : '';
  if (doubts.length) return { status: 'unknown', message: `Whether an alert rule notifies anyone about cluster ${cluster.name} cannot be judged: ${doubts.join('; ')}${seen}` };
  if (unread.length) return { status: 'unknown', message: `No alert rule read notifies anyone about cluster ${cluster.name}, but not all of them were read: ${unread.join('; ')}${seen}` };
  if (shortfalls.length) return { status: 'fail', message: `No alert rule notifies anyone about cluster ${cluster.name}: ${shortfalls.join('; ')}` };
  return { status: 'fail', message: `No metric alert, Prometheus rule group or log search alert watches cluster ${cluster.name}, so nobody is told when its nodes, pods or control plane fail` };
}

/** Whether the rule watches the cluster; null when its scopes are not stated. */
function watches(rule: AlertRule, cluster: AksCluster): boolean | null {
  if (rule.kind === 'prometheus' && namesCluster(rule, cluster)) return true;
  if (rule.scopes === null) return null;
  const scopes = rule.scopes.map(scopeKey);
  if (scopes.includes(cluster.id.toLowerCase())) return true;
  if (rule.kind !== 'metric' || rule.targetResourceType?.toLowerCase() !== MANAGED_CLUSTERS) return false;
  // A metric alert on a resource group or subscription watches every managed cluster of its region there.
  if (rule.targetResourceRegion !== null && cluster.location !== null && !sameRegion(rule.targetResourceRegion, cluster.location)) return false;
  return containers(cluster).some((c) => scopes.includes(c));
}

/**
 * A rule group limited to the cluster's name (its metrics' `cluster` label). Names repeat across
 * subscriptions, so a group in another subscription than the cluster's is not taken for its.
 */
function namesCluster(rule: AlertRule, cluster: AksCluster): boolean {
  if (rule.clusterName === null || rule.clusterName.toLowerCase() !== cluster.name.toLowerCase()) return false;
  return rule.subscriptionId === null || cluster.subscriptionId === null || rule.subscriptionId.toLowerCase() === cluster.subscriptionId.toLowerCase();
}

/** The cluster's subscription and resource group ids, lower case. */
function containers(cluster: AksCluster): string[] {
  if (cluster.subscriptionId === null) return [];
  const subscription = `/subscriptions/${cluster.subscriptionId}`.toLowerCase();
  return cluster.resourceGroup === null ? [subscription] : [subscription, `${subscription}/resourcegroups/${cluster.resourceGroup.toLowerCase()}`];
}

/** Whether one rule that watches the cluster raises an enabled alert that reaches an enabled action group. */
function judge(rule: AlertRule, groups: ReadonlyMap<string, ActionGroup>): Judgement {
  if (rule.enabled === false) return { kind: 'short', why: 'is disabled' };
  if (rule.enabled === null) return { kind: 'unknown', why: 'whether it is enabled is not stated' };
  if (rule.alerts === null) return { kind: 'unknown', why: 'its alerts and actions are not stated' };
  const alerts = rule.alerts.filter((a) => a.enabled !== false);
  if (alerts.length === 0) return { kind: 'short', why: rule.kind === 'prometheus' ? 'has no enabled alerting rule (recording rules raise nothing)' : 'raises no alert' };
  const outcomes = alerts.map((a) => reach(a, groups));
  const reached = outcomes.find((o) => o.kind === 'notifies');
  if (reached) return reached;
  const unknown = outcomes.find((o) => o.kind === 'unknown');
  return unknown ?? outcomes[0]!;
}

/** Whether one alert is on and notifies an enabled action group that was read. */
function reach(alert: RaisedAlert, groups: ReadonlyMap<string, ActionGroup>): Judgement {
  if (alert.actionGroupIds.length === 0) return { kind: 'short', why: `raises alert ${alert.name}, which notifies no action group` };
  const read = alert.actionGroupIds.map((id) => groups.get(id.toLowerCase()));
  const enabled = read.find((g) => g?.enabled === true);
  if (enabled && alert.enabled === true) return { kind: 'notifies', via: `${alert.name} → action group ${enabled.name}` };
  if (enabled) return { kind: 'unknown', why: `whether alert ${alert.name} is enabled is not stated` };
  if (read.some((g) => g === undefined || g.enabled === null)) return { kind: 'unknown', why: `action group(s) ${alert.actionGroupIds.join(', ')} of alert ${alert.name} are not in the input or do not state whether they are enabled` };
  return { kind: 'short', why: `notifies only disabled action group(s) ${read.map((g) => g!.name).join(', ')}` };
}

const KINDS: Record<AlertRule['kind'], string> = { metric: 'metric alert', prometheus: 'Prometheus rule group', log: 'log search alert' };

function describe(rule: AlertRule): string {
  return `${KINDS[rule.kind]} ${rule.name}`;
}
