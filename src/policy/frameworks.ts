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
  const relevant = findings.filter((f) => wanted.has(f.ruleId));
  const whole = tally(relevant);
  const subscriptions = subscriptionsOf(findings, clusters);
  const bySubscription = subscriptionTallies(relevant);
  const byCluster = clusterTallies(relevant, clusters);
  return frameworks.map((framework) => {
    const controls = framework.controls.map((c) => controlPosture(c, whole, ran));
    const scoreIn = (tallies: Tallies) => score(framework.controls.map((c) => controlPosture(c, tallies, ran).status));
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
  const counts: ControlCounts = { pass: 0, fail: 0, unknown: 0, waived: 0, notApplicable: 0 };
  let unknownBecause: string | undefined;
  for (const rule of control.rules) {
    const t = tallies.get(rule);
    if (!t) continue;
    counts.pass += t.pass;
    counts.fail += t.fail;
    counts.unknown += t.unknown;
    counts.waived += t.waived;
    counts.notApplicable += t.notApplicable;
    unknownBecause ??= t.unknownBecause;
  }
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
  if (!rules.length) return { status: 'manual', reason: MANUAL_REASON };
  if (counts.fail) return { status: 'fail' };
  if (notRun.length === rules.length) return { status: 'unknown', reason: `not evaluated: ${list(notRun)} did not run (turned off by the config or --framework)` };
  if (counts.unknown) return { status: 'unknown', reason: `${counts.unknown} finding${counts.unknown === 1 ? '' : 's'} could not be evaluated${unknownBecause ? `: ${unknownBecause}` : ''}` };
  if (notRun.length) return { status: 'unknown', reason: `partly evaluated: ${list(notRun)} did not run (turned off by the config or --framework)` };
  if (counts.waived) return { status: 'waived' };
  if (counts.pass) return { status: 'pass' };
  return { status: 'not-applicable', reason: 'nothing its rules apply to was found' };
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

function tally(findings: Iterable<Finding>): Tallies {
  const tallies: Tallies = new Map();
  for (const f of findings) {
    let t = tallies.get(f.ruleId);
    if (!t) tallies.set(f.ruleId, (t = { pass: 0, fail: 0, unknown: 0, waived: 0, notApplicable: 0 }));
    if (f.status === 'not-applicable') t.notApplicable++;
    else t[f.status]++;
    if (f.status === 'unknown') t.unknownBecause ??= f.message;
  }
  return tallies;
}

function subscriptionTallies(findings: Finding[]): Map<string, Tallies> {
  const grouped = new Map<string, Finding[]>();
  for (const f of findings) {
    const id = f.resource.subscriptionId?.toLowerCase();
    if (!id) continue;
    const list = grouped.get(id);
    if (list) list.push(f);
    else grouped.set(id, [f]);
  }
  return new Map([...grouped].map(([id, list]) => [id, tally(list)]));
}

/** Every subscription the scan read, lower-cased, with its display name where a finding is about the subscription itself. */
function subscriptionsOf(findings: Finding[], clusters: ClusterTopology[]): Map<string, string | undefined> {
  const subscriptions = new Map<string, string | undefined>();
  const add = (id: string | null | undefined) => id && !subscriptions.has(id.toLowerCase()) && subscriptions.set(id.toLowerCase(), undefined);
  for (const c of clusters) add(c.subscriptionId);
  for (const f of findings) {
    add(f.resource.subscriptionId);
    const subscription = f.resource.type === SUBSCRIPTION ? f.resource : f.resource.parent?.type === SUBSCRIPTION ? f.resource.parent : undefined;
    if (subscription?.subscriptionId && subscription.name !== subscription.subscriptionId) subscriptions.set(subscription.subscriptionId.toLowerCase(), subscription.name);
  }
  return new Map([...subscriptions].sort(([a], [b]) => a.localeCompare(b)));
}

const SUBSCRIPTION = 'microsoft.resources/subscriptions';

/**
 * Each cluster's findings, tallied: those about the cluster, anything inside it (pools,
 * Kubernetes objects, whose ids extend the cluster's), the services it depends on, and its
 * subscription's own settings (Defender plans). One pass: estates have a thousand clusters.
 */
function clusterTallies(findings: Finding[], clusters: ClusterTopology[]): Tallies[] {
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
  const byCluster = clusters.map(() => [] as Finding[]);
  for (const f of findings) for (const i of clustersOf(f.resource, owners)) byCluster[i]!.push(f);
  return byCluster.map((list) => tally(list));
}

function clustersOf(resource: ResourceRef, owners: Map<string, number[]>): Set<number> {
  const found = new Set<number>();
  for (let ref: ResourceRef | undefined = resource; ref; ref = ref.parent) {
    const id = ref.id.toLowerCase();
    for (const key of [id, CLUSTER_PREFIX.exec(id)?.[0], SUBSCRIPTION_SCOPE.exec(id)?.[1]]) for (const i of (key && owners.get(key)) || []) found.add(i);
  }
  return found;
}

/** The cluster part of the id of anything inside a cluster (`.../managedClusters/aks-prod/agentPools/system`). */
const CLUSTER_PREFIX = /^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+\/providers\/microsoft\.containerservice\/managedclusters\/[^/]+/;
/** A subscription-level resource (`/subscriptions/<id>/providers/Microsoft.Security/pricings/Containers`): its subscription. */
const SUBSCRIPTION_SCOPE = /^(\/subscriptions\/[^/]+)\/providers\//;
