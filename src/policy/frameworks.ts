import type { Control, Framework } from '../engine/framework.ts';
import type { Finding } from '../engine/finding.ts';
import type { ClusterTopology, ControlCounts, ControlPosture, ControlStatus, FrameworkPosture, Score } from '../engine/report.ts';
import type { ResourceRef } from '../state/resource.ts';

/** Findings of one rule by status, and the first unknown one's message: why the rule could not tell. */
interface RuleTally extends ControlCounts {
  unknownBecause?: string;
}

type Tallies = Map<string, RuleTally>;

const MANUAL_REASON = 'no aks-audit rule evaluates this control: assess it by hand';

/**
 * The posture of each framework: every control's status from the findings of the rules that
 * evaluate it, and a score for the whole scan, each subscription and each cluster. `ran` holds
 * the rules the policy ran (enabled somewhere): a control whose rules did not all run is unknown,
 * as nothing showed it passes.
 */
export function frameworkPostures(frameworks: Framework[], findings: Finding[], ran: ReadonlySet<string>, clusters: ClusterTopology[]): FrameworkPosture[] {
  const wanted = new Set(frameworks.flatMap((f) => [...f.rules]));
  const subscriptions = subscriptionsOf(findings, clusters);
  const { whole, bySubscription, byCluster } = tallies(findings.filter((f) => wanted.has(f.ruleId)), clusters);
  return frameworks.map((framework) => {
    const controls = framework.controls.map((c) => controlPosture(c, whole, ran));
    // Thousands of clusters times every control: the status alone, without a posture object each.
    const scoreIn = (tallies: Tallies) => score(framework.controls.map((c) => statusIn(c, tallies, ran)));
    return {
      id: framework.id,
      name: framework.name,
      version: framework.version,
      score: score(controls.map((c) => c.status)),
      bySubscription: [...subscriptions].map(([id, name]) => ({ id, ...(name === undefined ? {} : { name }), score: scoreIn(bySubscription.get(id) ?? new Map()) })),
      byCluster: clusters.map((c, i) => ({ id: c.id, name: c.name, score: scoreIn(byCluster[i]!) })),
      controls,
    };
  });
}

/** A control's status and counts from the tallies of its rules (in one scope: the scan, a subscription, a cluster). */
export function controlPosture(control: Control, tallies: Tallies, ran: ReadonlySet<string>): ControlPosture {
  const counts = countsOf(control, tallies);
  const unknownBecause = control.rules.map((rule) => tallies.get(rule)?.unknownBecause).find((why) => why !== undefined);
  const { status, reason } = controlStatus(control.rules, control.rules.filter((r) => !ran.has(r)), counts, unknownBecause);
  return {
    id: control.id,
    section: control.section,
    title: control.title,
    automated: control.assessment === undefined ? control.rules.length > 0 : control.assessment === 'automated',
    status,
    rules: control.rules,
    counts,
    ...(reason === undefined ? {} : { reason }),
  };
}

/**
 * The verdict on a control: manual without rules; a failure of any rule fails it; then it is
 * unknown if a finding is, or if some of its rules did not run; waived when its only failures
 * are waived; a pass needs a passing finding; with no finding at all it is not applicable.
 */
export function controlStatus(rules: string[], notRun: string[], counts: ControlCounts, unknownBecause?: string): { status: ControlStatus; reason?: string } {
  const status = verdict(rules.length, notRun.length, counts);
  if (status === 'manual') return { status, reason: MANUAL_REASON };
  if (status === 'not-applicable') return { status, reason: 'nothing its rules apply to was found' };
  if (status !== 'unknown') return { status };
  if (notRun.length === rules.length) return { status, reason: `not evaluated: ${list(notRun)} did not run (turned off by the config or --framework)` };
  if (counts.unknown) return { status, reason: `${counts.unknown} finding${counts.unknown === 1 ? '' : 's'} could not be evaluated${unknownBecause ? `: ${unknownBecause}` : ''}` };
  return { status, reason: `partly evaluated: ${list(notRun)} did not run (turned off by the config or --framework)` };
}

function verdict(rules: number, notRun: number, counts: ControlCounts): ControlStatus {
  if (!rules) return 'manual';
  if (counts.fail) return 'fail';
  if (notRun === rules || counts.unknown || notRun) return 'unknown';
  if (counts.waived) return 'waived';
  if (counts.pass) return 'pass';
  return 'not-applicable';
}

/** A control's status in one scope, as controlPosture has it, without the reason and the counts it keeps. */
function statusIn(control: Control, tallies: Tallies, ran: ReadonlySet<string>): ControlStatus {
  return verdict(control.rules.length, control.rules.filter((rule) => !ran.has(rule)).length, countsOf(control, tallies));
}

/** The findings of a control's rules in one scope, by status. */
function countsOf(control: Control, tallies: Tallies): ControlCounts {
  const counts: ControlCounts = { pass: 0, fail: 0, unknown: 0, waived: 0, notApplicable: 0 };
  for (const rule of control.rules) {
    const t = tallies.get(rule);
    if (!t) continue;
    counts.pass += t.pass;
    counts.fail += t.fail;
    counts.unknown += t.unknown;
    counts.waived += t.waived;
    counts.notApplicable += t.notApplicable;
  }
  return counts;
}

/** The score of a set of control statuses; see Score. */
export function score(statuses: ControlStatus[]): Score {
  let passed = 0;
  let evaluated = 0;
  let total = 0;
  for (const status of statuses) {
    if (status === 'not-applicable') continue;
    total++;
    if (status === 'pass' || status === 'waived') passed++;
    if (status === 'pass' || status === 'waived' || status === 'fail') evaluated++;
  }
  return { passed, evaluated, total, percent: total ? Math.round((passed / total) * 1000) / 10 : 0 };
}

function list(rules: string[]): string {
  return rules.length === 1 ? rules[0]! : `${rules.slice(0, -1).join(', ')} and ${rules.at(-1)}`;
}

function count(tallies: Tallies, f: Finding): void {
  let t = tallies.get(f.ruleId);
  if (!t) tallies.set(f.ruleId, (t = { pass: 0, fail: 0, unknown: 0, waived: 0, notApplicable: 0 }));
  if (f.status === 'not-applicable') t.notApplicable++;
  else t[f.status]++;
  if (f.status === 'unknown') t.unknownBecause ??= f.message;
}

/** Every subscription the scan read, lower-cased, with its display name where a finding is about the subscription itself. */
function subscriptionsOf(findings: Finding[], clusters: ClusterTopology[]): Map<string, string | undefined> {
  const subscriptions = new Map<string, string | undefined>();
  const add = (id: string | null | undefined) => id && !subscriptions.has(id.toLowerCase()) && subscriptions.set(id.toLowerCase(), undefined);
  for (const c of clusters) add(c.subscriptionId);
  // Each resource once: its findings share one ref.
  const seen = new Set<ResourceRef>();
  for (const { resource } of findings) {
    if (seen.has(resource)) continue;
    seen.add(resource);
    add(resource.subscriptionId);
    const subscription = resource.type === SUBSCRIPTION ? resource : resource.parent?.type === SUBSCRIPTION ? resource.parent : undefined;
    if (subscription?.subscriptionId && subscription.name !== subscription.subscriptionId) subscriptions.set(subscription.subscriptionId.toLowerCase(), subscription.name);
  }
  return new Map([...subscriptions].sort(([a], [b]) => a.localeCompare(b)));
}

const SUBSCRIPTION = 'microsoft.resources/subscriptions';

/**
 * The findings tallied for the whole scan, each subscription and each cluster. A cluster's are
 * those about the cluster, anything inside it (pools, Kubernetes objects, whose ids extend the
 * cluster's), the services it depends on, and its subscription's own settings (Defender plans).
 * One pass, and where each resource counts is worked out once (its findings share one ref):
 * estates have thousands of clusters and hundreds of thousands of findings.
 */
function tallies(findings: Finding[], clusters: ClusterTopology[]): { whole: Tallies; bySubscription: Map<string, Tallies>; byCluster: Tallies[] } {
  const owners = new Map<string, number[]>();
  const own = (id: string, i: number) => {
    const key = id.toLowerCase();
    const list = owners.get(key);
    if (!list) owners.set(key, [i]);
    else if (list.at(-1) !== i) list.push(i);
  };
  clusters.forEach((c, i) => {
    own(c.id, i);
    for (const d of c.dependsOn) own(d.id, i);
    if (c.subscriptionId) own(`/subscriptions/${c.subscriptionId}`, i);
  });
  const whole: Tallies = new Map();
  const bySubscription = new Map<string, Tallies>();
  const byCluster: Tallies[] = clusters.map(() => new Map());
  const places = new Map<ResourceRef, Tallies[]>();
  for (const f of findings) {
    let place = places.get(f.resource);
    if (!place) places.set(f.resource, (place = [...subscriptionTallies(f.resource, bySubscription), ...clustersOf(f.resource, owners).map((i) => byCluster[i]!)]));
    count(whole, f);
    for (const tallies of place) count(tallies, f);
  }
  return { whole, bySubscription, byCluster };
}

/** The tallies of the resource's subscription, if it names one. */
function subscriptionTallies(resource: ResourceRef, bySubscription: Map<string, Tallies>): Tallies[] {
  const id = resource.subscriptionId?.toLowerCase();
  if (!id) return [];
  let tallies = bySubscription.get(id);
  if (!tallies) bySubscription.set(id, (tallies = new Map()));
  return [tallies];
}

function clustersOf(resource: ResourceRef, owners: Map<string, number[]>): number[] {
  const found = new Set<number>();
  for (let ref: ResourceRef | undefined = resource; ref; ref = ref.parent) {
    const id = ref.id.toLowerCase();
    for (const key of [id, CLUSTER_PREFIX.exec(id)?.[0], SUBSCRIPTION_SCOPE.exec(id)?.[1]]) for (const i of (key && owners.get(key)) || []) found.add(i);
  }
  return [...found];
}

/** The cluster part of the id of anything inside a cluster (`.../managedClusters/aks-prod/agentPools/system`). */
const CLUSTER_PREFIX = /^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+\/providers\/microsoft\.containerservice\/managedclusters\/[^/]+/;
/** A subscription-level resource (`/subscriptions/<id>/providers/Microsoft.Security/pricings/Containers`): its subscription. */
const SUBSCRIPTION_SCOPE = /^(\/subscriptions\/[^/]+)\/providers\//;
