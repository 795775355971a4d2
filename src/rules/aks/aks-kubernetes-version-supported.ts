import type { Evidence } from '../../engine/finding.ts';
import { evidence as evidenceOf, unknownReason } from '../../engine/evidence.ts';
import { defineRule, type RuleContext } from '../../engine/rule.ts';
import type { Severity } from '../../engine/severity.ts';
import type { AksCluster } from '../../state/aks.ts';
import type { ResourceBase } from '../../state/resource.ts';
import type { Support } from '../../reference/aks-calendar.ts';
import { supportReferences, type SupportReference } from '../lib/aks-support-reference.ts';
import { minorOf, parseKubernetesVersion } from '../lib/kubernetes-version.ts';
import { poolLabel, poolsNotStated } from '../lib/pools.ts';
import { cached } from '../../lib/maps.ts';

interface Params {
  warnDays: number;
  warningSeverity: Severity;
}

/** How one version stands today, worst first: a finding takes its worst part's. */
const WORST_FIRST = ['unsupported', 'ending', 'unknown', 'supported'] as const;
type Outcome = (typeof WORST_FIRST)[number];

interface Judged {
  outcome: Outcome;
  text: string;
}

type Assess = (version: Evidence, lts: Lts, reference: SupportReference) => Judged;

/**
 * The control plane and every node pool run a Kubernetes minor that AKS still supports with
 * security patches, judged against data rather than a hard-coded minimum: the versions AKS
 * offers in the cluster's region when read live, else the bundled, dated AKS support calendar.
 * The control plane is the cluster's finding; each pool is its own.
 */
export default defineRule<Params>({
  id: 'aks-kubernetes-version-supported',
  check(ctx) {
    const referenceFor = supportReferences(ctx.state, ctx.reference.aksCalendar);
    const assess = assessor(ctx.now, ctx.params.warnDays);
    for (const cluster of ctx.state.clusters) {
      const reference = referenceFor(cluster);
      const lts = ltsOf(cluster);
      const judge = (resource: ResourceBase, subject: string, component: string, version: Evidence, more: Judged[] = []): void => {
        const judged = assess(version, lts, reference);
        const parts = [{ outcome: judged.outcome, text: `${component}${version.value === null ? '' : ` on ${String(version.value)}`}: ${judged.text}` }, ...more];
        report(ctx, resource, subject, parts, [version, ...lts.evidence], reference.label, lts.note);
      };
      const pools = cluster.agentPools;
      const poolsUnknown = pools === null ? [{ outcome: 'unknown' as const, text: `node pools: ${poolsNotStated(cluster)}` }] : [];
      judge(cluster, `Cluster ${cluster.name}`, 'control plane', evidenceOf(cluster, 'kubernetesVersion'), poolsUnknown);
      for (const pool of pools ?? []) judge(pool, poolLabel(pool, cluster), `node pool ${pool.name}`, evidenceOf(pool, 'orchestratorVersion'));
    }
  },
});

/** One finding from its parts' verdicts: the worst decides. */
function report(ctx: RuleContext<Params>, resource: ResourceBase, subject: string, parts: Judged[], evidence: Evidence[], reference: string, note: string): void {
  const worst = WORST_FIRST.find((o) => parts.some((p) => p.outcome === o))!;
  const detail = `${parts.map((p) => p.text).join('; ')}${note}`;
  if (worst === 'unsupported') ctx.fail(resource, `${subject} runs Kubernetes without security patches (${reference}): ${detail}`, evidence);
  else if (worst === 'ending') ctx.fail(resource, `${subject} runs Kubernetes whose support ends within ${ctx.params.warnDays} days (${reference}): ${detail}`, evidence, { severity: ctx.params.warningSeverity });
  else if (worst === 'unknown') ctx.unknown(resource, `${subject}: support cannot be judged against the ${reference}: ${detail}`, evidence);
  else ctx.pass(resource, `${subject} runs supported Kubernetes (${reference}): ${detail}`, evidence);
}

interface Lts {
  /** Whether LTS applies; null when the tier or plan is not stated. */
  on: boolean | null;
  /** Appended to the message when the plan is set but cannot apply. */
  note: string;
  /** The tier and the plan, which decide it. */
  evidence: Evidence[];
}

/** LTS needs both the Premium tier and the AKSLongTermSupport plan. */
function ltsOf(cluster: AksCluster): Lts {
  const evidence = [evidenceOf(cluster, 'skuTier'), evidenceOf(cluster, 'supportPlan')];
  const plan = cluster.supportPlan?.toLowerCase();
  const tier = cluster.skuTier?.toLowerCase();
  if (plan !== undefined && plan !== 'akslongtermsupport') return { on: false, note: '', evidence };
  if (tier !== undefined && tier !== 'premium') {
    return { on: false, note: plan ? `. Its AKSLongTermSupport plan does not extend support on the ${cluster.skuTier} tier: LTS needs Premium` : '', evidence };
  }
  if (plan === undefined || tier === undefined) return { on: null, note: '', evidence };
  return { on: true, note: '', evidence };
}

/**
 * `assess` for one run of the rule, remembering each verdict: thousands of clusters run a handful
 * of versions, and a verdict depends only on the version, the LTS reading and the reference.
 */
function assessor(now: Date, warnDays: number): Assess {
  const verdicts = new Map<SupportReference, Map<string, Judged>>();
  return (stated, lts, reference) => {
    if (stated.value === null) return { outcome: 'unknown', text: unknownReason(stated) };
    const version = String(stated.value);
    const byVersion = cached(verdicts, reference, () => new Map<string, Judged>());
    // Without LTS known, the verdict may name the tier's and plan's paths, which depend on the source.
    const key = lts.on === null ? `null:${version}:${lts.evidence.map((e) => e.path).join()}` : `${lts.on}:${version}`;
    return cached(byVersion, key, () => assess(version, lts, reference, now, warnDays));
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
  if (without.outcome !== withLts.outcome) return { outcome: 'unknown', text: `its support depends on whether Long Term Support applies, and ${unknownReason({ path: lts.evidence.map((e) => e.path).join(' or '), value: null })}` };
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
