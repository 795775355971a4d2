import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-alerts-configured.ts';
import type { CoverageEntry } from '../../../src/state/coverage.ts';
import { METRIC_ALERT, PROMETHEUS_RULE_GROUP, SCHEDULED_QUERY_RULE, type ActionGroup, type AlertRule } from '../../../src/state/monitoring.ts';
import { actionGroup, logAlert, metricAlert, prometheusRuleGroup } from '../../helpers/monitoring.ts';
import { cluster, only, run, state, SUB } from '../../helpers/state.ts';

/** A live inventory of the whole test subscription: finding no rule there means there is none. */
const READ_LIVE: CoverageEntry[] = [{ subscriptionId: SUB, types: [METRIC_ALERT, PROMETHEUS_RULE_GROUP, SCHEDULED_QUERY_RULE], read: true }];

const verdict = (alertRules: AlertRule[], actionGroups: ActionGroup[] = [actionGroup()], coverage = READ_LIVE) =>
  only(run(rule, state({ clusters: [cluster()], monitoring: { alertRules, actionGroups }, coverage })));

describe('aks-alerts-configured', () => {
  it('passes a cluster a metric alert watches and that notifies an enabled action group', () => {
    const f = verdict([metricAlert()]);
    expect(f).toMatchObject({ status: 'pass', severity: 'medium' });
    expect(f.message).toContain('metric alert aks-node-not-ready (aks-node-not-ready → action group ag-oncall)');
    expect(f.evidence.map((e) => e.path)).toContain(`${actionGroup().id}#properties.enabled`);
  });

  it('passes on a Prometheus rule group limited to the cluster by name, even without the cluster among its scopes', () => {
    const f = verdict([prometheusRuleGroup({ scopes: [`/subscriptions/${SUB}/resourceGroups/rg-ops/providers/microsoft.monitor/accounts/amw-prod`] })]);
    expect(f.status).toBe('pass');
    expect(f.message).toContain('Prometheus rule group aks-prod-alerts (KubePodCrashLooping → action group ag-oncall)');
    const elsewhere = prometheusRuleGroup({ subscriptionId: '00000000-0000-0000-0000-0000000000ff', scopes: ['/subscriptions/00000000-0000-0000-0000-0000000000ff/resourceGroups/rg-ops/providers/microsoft.monitor/accounts/amw-other'] });
    expect(verdict([elsewhere]).status).toBe('fail');
  });

  it('passes on a metric alert over the resource group for every managed cluster of the region, and skips one for another region or type', () => {
    const group = `/subscriptions/${SUB}/resourceGroups/RG-PROD`;
    expect(verdict([metricAlert({ scopes: [group], targetResourceType: 'Microsoft.ContainerService/managedClusters', targetResourceRegion: 'West Europe' })]).status).toBe('pass');
    expect(verdict([metricAlert({ scopes: [group], targetResourceType: 'Microsoft.ContainerService/managedClusters', targetResourceRegion: 'northeurope' })]).status).toBe('fail');
    expect(verdict([metricAlert({ scopes: [group], targetResourceType: 'Microsoft.Compute/virtualMachines' })]).status).toBe('fail');
  });

  it('passes on a log search alert scoped at the cluster, not on one scoped at a workspace (its query may be about anything there)', () => {
    expect(verdict([logAlert()])).toMatchObject({ status: 'pass', message: expect.stringContaining('log search alert aks-oomkilled') });
    const workspace = `/subscriptions/${SUB}/resourceGroups/rg-ops/providers/Microsoft.OperationalInsights/workspaces/log-prod`;
    expect(verdict([logAlert({ scopes: [workspace] })]).status).toBe('fail');
  });

  it('is unknown without a notifying rule while log search alerts were not read for the whole subscription', () => {
    const f = verdict([], [actionGroup()], [{ subscriptionId: SUB, types: [METRIC_ALERT, PROMETHEUS_RULE_GROUP], read: true }]);
    expect(f.status).toBe('unknown');
    expect(f.message).toContain('microsoft.insights/scheduledqueryrules');
  });

  it('fails a cluster no alert rule watches when every rule of the subscription was read', () => {
    const f = verdict([metricAlert({ scopes: ['/subscriptions/x/resourceGroups/y/providers/Microsoft.ContainerService/managedClusters/other'] })]);
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/^No metric alert, Prometheus rule group or log search alert watches cluster aks-prod/);
  });

  it.each([
    ['a disabled metric alert', [metricAlert({ enabled: false })], [actionGroup()], 'metric alert aks-node-not-ready is disabled'],
    ['a metric alert without actions', [metricAlert({ alerts: [{ name: 'aks-node-not-ready', enabled: true, actionGroupIds: [] }] })], [actionGroup()], 'raises alert aks-node-not-ready, which notifies no action group'],
    ['a rule group that only records', [prometheusRuleGroup({ alerts: [] })], [actionGroup()], 'has no enabled alerting rule (recording rules raise nothing)'],
    ['a rule whose alerting rule is off', [prometheusRuleGroup({ alerts: [{ name: 'KubePodCrashLooping', enabled: false, actionGroupIds: [actionGroup().id] }] })], [actionGroup()], 'has no enabled alerting rule'],
    ['a disabled action group', [metricAlert()], [actionGroup({ enabled: false })], 'notifies only disabled action group(s) ag-oncall'],
  ])('fails %s, saying why', (_what, rules, groups, why) => {
    const f = verdict(rules, groups);
    expect(f.status).toBe('fail');
    expect(f.message).toContain(why);
  });

  it('is unknown when the alert rules of the subscription were not all read (files), even with a rule that falls short', () => {
    const f = verdict([metricAlert({ enabled: false })], [actionGroup()], []);
    expect(f.status).toBe('unknown');
    expect(f.message).toContain('not all of them were read');
    expect(f.message).toContain('is disabled');
  });

  it.each([
    ['its action group is not in the input', [metricAlert()], [], 'are not in the input'],
    ['whether the rule group is enabled is not stated', [prometheusRuleGroup({ enabled: null })], [actionGroup()], 'whether it is enabled is not stated'],
    ['its scopes are not stated', [metricAlert({ scopes: null })], [actionGroup()], 'its scopes are not stated'],
    ['whether the alerting rule is enabled is not stated', [prometheusRuleGroup({ alerts: [{ name: 'KubePodCrashLooping', enabled: null, actionGroupIds: [actionGroup().id] }] })], [actionGroup()], 'whether alert KubePodCrashLooping is enabled is not stated'],
  ])('is unknown when %s', (_what, rules, groups, why) => {
    const f = verdict(rules, groups);
    expect(f.status).toBe('unknown');
    expect(f.message).toContain(why);
  });

  it('passes on one notifying rule beside others that fall short or are in doubt', () => {
    expect(verdict([metricAlert({ name: 'off', enabled: false }), metricAlert({ name: 'vague', scopes: null }), prometheusRuleGroup()]).status).toBe('pass');
  });
});
