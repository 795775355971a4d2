import type { Control, Framework } from '../engine/framework.ts';
import type { Finding, Status } from '../engine/finding.ts';
import type { ClusterTopology, ControlCounts, ControlPosture, ControlStatus, FrameworkPosture, Score } from '../engine/report.ts';
import type { ResourceRef } from '../state/resource.ts';

/**
 * The findings of the frameworks' rules in one scope (the scan, a subscription, a cluster), by
 * rule and status: five counts per rule, at the rule's slot. Thousands of clusters times
 * hundreds of thousands of findings: a flat array, not an object per rule and scope.
 */
type Tally = Uint32Array;

const STATUS_SLOT: Record<Status, number> = { pass: 0, fail: 1, unknown: 2, waived: 3, 'not-applicable': 4 };
const SLOTS_PER_RULE = 5;

/** A control as every scope reads it: the slots of its rules, and which of them did not run. */
interface ControlPlan {
  control: Control;
  slots: number[];
  notRun: string[];
}

const MANUAL_REASON = 'no aks-audit rule evaluates this control: assess it by hand';

/**
 * The posture of each framework: every control's status from the findings of the rules that
 * evaluate it, and a score for the whole scan, each subscription and each cluster. `ran` holds
 * the rules the policy ran (enabled somewhere): a control whose rules did not all run is unknown,
 * as nothing showed it passes.
 */
export function frameworkPostures(frameworks: Framework[], findings: Finding[], ran: ReadonlySet<string>, clusters: ClusterTopology[]): FrameworkPosture[] {
  const slots = new Map([...new Set(frameworks.flatMap((f) => [...f.rules]))].map((rule, i) => [rule, i]));
  const subscriptions = subscriptionsOf(findings, clusters);
  const { whole, unknownBecause, bySubscription, byCluster } = tallies(findings, slots, clusters);
  return frameworks.map((framework) => {
    const plans = framework.controls.map((control): ControlPlan => ({ control, slots: control.rules.map((rule) => slots.get(rule)!), notRun: control.rules.filter((rule) => !ran.has(rule)) }));
    const controls = plans.map((plan) => controlPosture(plan, whole, unknownBecause));
    const scoreIn = (tally: Tally | undefined) => score(plans.map((plan) => verdict(plan.slots.length, plan.notRun.length, countsOf(plan, tally))));
    return {
      id: framework.id,
      name: framework.name,
      version: framework.version,
      score: score(controls.map((c) => c.status)),
      bySubscription: [...subscriptions].map(([id, name]) => ({ id, ...(name === undefined ? {} : { name }), score: scoreIn(bySubscription.get(id)) })),
      byCluster: clusters.map((c, i) => ({ id: c.id, name: c.name, score: scoreIn(byCluster[i]) })),
      controls,
    };
  });
}

/** A control's status and counts in the whole scan, and why it is unknown: the first unknown finding of its rules. */
function controlPosture(plan: ControlPlan, whole: Tally, unknownBecause: Map<string, string>): ControlPosture {
  const { control } = plan;
  const counts = { ...countsOf(plan, whole) };
  const why = control.rules.map((rule) => unknownBecause.get(rule)).find((reason) => reason !== undefined);
  const { status, reason } = controlStatus(control.rules, plan.notRun, counts, why);
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

/** Reused for every control of every scope: only controlPosture keeps a copy. */
const scratch: ControlCounts = { pass: 0, fail: 0, unknown: 0, waived: 0, notApplicable: 0 };

/** The findings of a control's rules in one scope, by status (none: the scope has no finding of the frameworks' rules). */
function countsOf(plan: ControlPlan, tally: Tally | undefined): ControlCounts {
  scratch.pass = scratch.fail = scratch.unknown = scratch.waived = scratch.notApplicable = 0;
  if (!tally) return scratch;
  for (const slot of plan.slots) {
    const at = slot * SLOTS_PER_RULE;
    scratch.pass += tally[at]!;
    scratch.fail += tally[at + 1]!;
    scratch.unknown += tally[at + 2]!;
    scratch.waived += tally[at + 3]!;
    scratch.notApplicable += tally[at + 4]!;
  }
  return scratch;
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
 * The findings of the frameworks' rules tallied for the whole scan, each subscription and each
 * cluster. A cluster's are those about the cluster, anything inside it (pools, Kubernetes
 * objects, whose ids extend the cluster's), the services it depends on, and its subscription's
 * own settings (Defender plans). One pass, and where each resource counts is worked out once
 * (its findings share one ref): estates have thousands of clusters and hundreds of thousands of findings.
 */
function tallies(findings: Finding[], slots: Map<string, number>, clusters: ClusterTopology[]): { whole: Tally; unknownBecause: Map<string, string>; bySubscription: Map<string, Tally>; byCluster: (Tally | undefined)[] } {
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
  const size = slots.size * SLOTS_PER_RULE;
  const whole: Tally = new Uint32Array(size);
  const unknownBecause = new Map<string, string>();
  const bySubscription = new Map<string, Tally>();
  const byCluster: (Tally | undefined)[] = clusters.map(() => undefined);
  const ofCluster = (i: number) => (byCluster[i] ??= new Uint32Array(size));
  const places = new Map<ResourceRef, Tally[]>();
  for (const f of findings) {
    const slot = slots.get(f.ruleId);
    if (slot === undefined) continue;
    let place = places.get(f.resource);
    if (!place) places.set(f.resource, (place = [...subscriptionTally(f.resource, bySubscription, size), ...clustersOf(f.resource, owners).map(ofCluster)]));
    const at = slot * SLOTS_PER_RULE + STATUS_SLOT[f.status];
    whole[at]!++;
    for (const tally of place) tally[at]!++;
    if (f.status === 'unknown' && !unknownBecause.has(f.ruleId)) unknownBecause.set(f.ruleId, f.message);
  }
  return { whole, unknownBecause, bySubscription, byCluster };
}

/** The tally of the resource's subscription, if it names one. */
function subscriptionTally(resource: ResourceRef, bySubscription: Map<string, Tally>, size: number): Tally[] {
  const id = resource.subscriptionId?.toLowerCase();
  if (!id) return [];
  let tally = bySubscription.get(id);
  if (!tally) bySubscription.set(id, (tally = new Uint32Array(size)));
  return [tally];
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
