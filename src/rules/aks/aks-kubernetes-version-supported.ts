import type { Evidence } from '../../engine/finding.ts';
import { defineRule, notStated, observed } from '../../engine/rule.ts';
import type { Severity } from '../../engine/severity.ts';
import type { AksCluster } from '../../state/aks.ts';
import type { Support } from '../lib/aks-calendar.ts';
import { supportReferences, type SupportReference } from '../lib/aks-support-reference.ts';
import { CONTROL_PLANE_VERSION, controlPlaneEvidence, minorOf, parseKubernetesVersion } from '../lib/kubernetes-version.ts';
import { POOLS_PATH, poolEvidence } from '../lib/pools.ts';
import { cached } from '../../lib/maps.ts';

interface Params {
  warnDays: number;
  warningSeverity: Severity;
}

const SKU_TIER = 'sku.tier';
const SUPPORT_PLAN = 'properties.supportPlan';
const POOL_VERSION = `${POOLS_PATH}[].currentOrchestratorVersion`;

/** How one version stands today, worst first: the cluster takes its worst component's. */
const WORST_FIRST = ['unsupported', 'ending', 'unknown', 'supported'] as const;
type Outcome = (typeof WORST_FIRST)[number];

interface Judged {
  outcome: Outcome;
  text: string;
}

/** The components running one version: `control plane`, `node pools system, user`. */
interface Component {
  version: string | null;
  /** Where the version is read, for the unknown reason when it is not stated. */
  path: string;
  names: string[];
}

/**
 * The control plane and every node pool run a Kubernetes minor that AKS still supports with
 * security patches, judged against data rather than a hard-coded minimum: the versions AKS
 * offers in the cluster's region when read live, else the bundled, dated AKS support calendar.
 */
export default defineRule<Params>({
  id: 'aks-kubernetes-version-supported',
  check(ctx) {
    const referenceFor = supportReferences(ctx.state);
    const assess = assessor(ctx.now, ctx.params.warnDays);
    for (const cluster of ctx.state.clusters) {
      const reference = referenceFor(cluster);
      const lts = ltsOf(cluster);
      const evidence: Evidence[] = [controlPlaneEvidence(cluster), observed(cluster, 'skuTier', SKU_TIER, cluster.skuTier), observed(cluster, 'supportPlan', SUPPORT_PLAN, cluster.supportPlan)];
      evidence.push(...(cluster.agentPools ?? []).map((pool) => poolEvidence(cluster, pool, 'orchestratorVersion')));
      const parts = componentsOf(cluster).map((c) => {
        const judged = assess(c, lts, reference);
        return { outcome: judged.outcome, text: `${listed(c.names)}${c.version === null ? '' : ` on ${c.version}`}: ${judged.text}` };
      });
      if (cluster.agentPools === null) parts.push({ outcome: 'unknown', text: `node pools: ${notStated(POOLS_PATH)}` });
      const worst = WORST_FIRST.find((o) => parts.some((p) => p.outcome === o))!;
      const detail = `${parts.map((p) => p.text).join('; ')}${lts.note}`;
      if (worst === 'unsupported') ctx.fail(cluster, `Cluster ${cluster.name} runs Kubernetes without security patches (${reference.label}): ${detail}`, evidence);
      else if (worst === 'ending') ctx.fail(cluster, `Cluster ${cluster.name} runs Kubernetes whose support ends within ${ctx.params.warnDays} days (${reference.label}): ${detail}`, evidence, { severity: ctx.params.warningSeverity });
      else if (worst === 'unknown') ctx.unknown(cluster, `Cluster ${cluster.name}: support cannot be judged against the ${reference.label}: ${detail}`, evidence);
      else ctx.pass(cluster, `Cluster ${cluster.name} runs supported Kubernetes (${reference.label}): ${detail}`, evidence);
    }
  },
});

/** The control plane, then the pools, with components on the same version judged together. */
function componentsOf(cluster: AksCluster): Component[] {
  const byVersion = new Map<string, Component>();
  const add = (version: string | null, path: string, name: string): void => {
    const key = version ?? `?${path}`;
    const component = byVersion.get(key) ?? { version, path, names: [] };
    component.names.push(name);
    byVersion.set(key, component);
  };
  add(cluster.kubernetesVersion, CONTROL_PLANE_VERSION, 'control plane');
  for (const pool of cluster.agentPools ?? []) add(pool.orchestratorVersion, POOL_VERSION, `node pool ${pool.name}`);
  return [...byVersion.values()];
}

interface Lts {
  /** Whether LTS applies; null when the tier or plan is not stated. */
  on: boolean | null;
  /** Appended to the message when the plan is set but cannot apply. */
  note: string;
}

/** LTS needs both the Premium tier and the AKSLongTermSupport plan. */
function ltsOf(cluster: AksCluster): Lts {
  const plan = cluster.supportPlan?.toLowerCase();
  const tier = cluster.skuTier?.toLowerCase();
  if (plan !== undefined && plan !== 'akslongtermsupport') return { on: false, note: '' };
  if (tier !== undefined && tier !== 'premium') {
    return { on: false, note: plan ? `. Its AKSLongTermSupport plan does not extend support on the ${cluster.skuTier} tier: LTS needs Premium` : '' };
  }
  if (plan === undefined || tier === undefined) return { on: null, note: '' };
  return { on: true, note: '' };
}

/**
 * `assess` for one run of the rule, remembering each verdict: thousands of clusters run a handful
 * of versions, and a verdict depends only on the version, the LTS reading and the reference.
 */
function assessor(now: Date, warnDays: number): (c: Component, lts: Lts, reference: SupportReference) => Judged {
  const verdicts = new Map<SupportReference, Map<string, Judged>>();
  return (c, lts, reference) => {
    if (c.version === null) return { outcome: 'unknown', text: notStated(c.path) };
    const version = c.version;
    const byVersion = cached(verdicts, reference, () => new Map<string, Judged>());
    return cached(byVersion, `${lts.on}:${version}`, () => assess(version, lts, reference, now, warnDays));
  };
}

/**
 * What one version means today. When the tier or plan is not stated, both readings (with and
 * without LTS) must agree; the message then gives the reading that holds either way.
 */
function assess(version: string, lts: Lts, reference: SupportReference, now: Date, warnDays: number): Judged {
  const parsed = parseKubernetesVersion(version);
  if (parsed === null) return { outcome: 'unknown', text: `not a version that can be matched against the ${reference.label}` };
  const minor = minorOf(parsed);
  if (lts.on !== null) return judge(reference.supportOf(minor, { lts: lts.on }, now), warnDays);
  const without = judge(reference.supportOf(minor, { lts: false }, now), warnDays);
  const withLts = judge(reference.supportOf(minor, { lts: true }, now), warnDays);
  if (without.outcome !== withLts.outcome) return { outcome: 'unknown', text: `its support depends on whether Long Term Support applies, and ${notStated(`${SKU_TIER} or ${SUPPORT_PLAN}`)}` };
  return without.outcome === 'unsupported' ? withLts : without;
}

function judge(support: Support, warnDays: number): Judged {
  const inSupport = support.daysLeft !== null && support.daysLeft <= warnDays ? 'ending' : 'supported';
  switch (support.kind) {
    case 'community':
      return { outcome: inSupport, text: `community support${until(support)}` };
    case 'lts':
      return { outcome: inSupport, text: `Long Term Support${until(support)}` };
    case 'platform':
      return { outcome: 'unsupported', text: `platform support only, with no security patches or Kubernetes fixes (community support ended on ${support.communityEnd}; platform support lasts until ${support.until} GA, ${support.end ?? 'a date the calendar does not give yet'}${daysLeft(support)})` };
    case 'ended':
      return { outcome: 'unsupported', text: support.end ? `out of support: support ended on ${support.end}` : `out of support: ${support.reason}` };
    default:
      return { outcome: 'unknown', text: support.reason! };
  }
}

/** ` until 2027-03-31, 120 days left`; nothing when the reference gives no end (a live list has no dates). */
function until(support: Support): string {
  return support.end === null ? '' : ` until ${support.end}${daysLeft(support)}`;
}

function daysLeft(support: Support): string {
  return support.daysLeft === null ? '' : `, ${support.daysLeft} day${support.daysLeft === 1 ? '' : 's'} left`;
}

/** `a, b and c`. */
function listed(names: string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
