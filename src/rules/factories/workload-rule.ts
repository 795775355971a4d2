import type { Evidence } from '../../engine/finding.ts';
import type { RuleContext } from '../../engine/rule.ts';
import type { KubernetesCluster } from '../../state/kubernetes.ts';
import { kubernetesClusterResource, kubernetesResource } from '../lib/kubernetes-resource.ts';
import { CONTROLLER_KINDS, describeWorkload, WORKLOADS, type Workload, type WorkloadContainer } from '../analyses/workloads.ts';

/** What a rule found wrong with one workload: one sentence per problem, and the fields behind them. */
export interface WorkloadProblems {
  problems: string[];
  evidence: Evidence[];
}

/** A verdict other than pass/fail: the workload depends on something not read, or the rule does not concern it. */
export type WorkloadAside = { unknown: string; evidence: Evidence[] } | { notApplicable: string };

const WORKLOAD_KINDS = ['pods', ...CONTROLLER_KINDS] as const;

/**
 * The loop every per-workload rule shares: one finding per workload of every cluster, `fail`
 * with the problems the judge found, else `pass`; `unknown` on the cluster when none of its
 * workload kinds could be read, so an unreadable cluster never passes in silence, and on a
 * workload whose pod spec the API would refuse (the judge never sees it).
 */
export function judgeWorkloads<P>(ctx: RuleContext<P>, judge: (workload: Workload, cluster: KubernetesCluster) => (WorkloadProblems & { passed: string }) | WorkloadAside): void {
  for (const cluster of ctx.state.kubernetes) {
    const workloads = ctx.analysis(WORKLOADS).of(cluster);
    if (workloads === null) {
      ctx.unknown(kubernetesClusterResource(cluster), unreadableWorkloads(cluster));
      continue;
    }
    for (const workload of workloads) {
      const resource = kubernetesResource(cluster, workload.kind, workload.metadata, workload.origin);
      if (workload.malformed !== null) {
        ctx.unknown(resource, `${describeWorkload(workload)}: ${workload.malformed}`);
        continue;
      }
      const verdict = judge(workload, cluster);
      if ('unknown' in verdict) {
        ctx.unknown(resource, `${describeWorkload(workload)}: ${verdict.unknown}`, verdict.evidence);
        continue;
      }
      if ('notApplicable' in verdict) {
        ctx.notApplicable(resource, `${describeWorkload(workload)} ${verdict.notApplicable}`);
        continue;
      }
      const { problems, evidence, passed } = verdict;
      if (problems.length) ctx.fail(resource, `${describeWorkload(workload)} ${problems.join('; ')}`, evidence);
      else ctx.pass(resource, `${describeWorkload(workload)} ${passed}`, evidence);
    }
    const refused = refusedWorkloadKinds(cluster);
    if (refused) ctx.unknown(kubernetesClusterResource(cluster), refused);
  }
}

/**
 * Workload kinds the API refused or failed to list while others were read: those workloads are
 * not judged, and the cluster says so rather than looking clean. Kinds files simply did not
 * include (`absent`) or the API does not serve (`not-found`) are not a gap in what was asked.
 */
export function refusedWorkloadKinds(cluster: KubernetesCluster): string | undefined {
  const refused = WORKLOAD_KINDS.filter((kind) => cluster.objects[kind] === null && !['absent', 'not-found'].includes(cluster.unread[kind]?.code ?? 'absent'));
  if (!refused.length) return undefined;
  return `Workloads of ${cluster.name} of kind ${refused.map((kind) => `${kind} (${cluster.unread[kind]?.reason ?? 'not read'})`).join(', ')} could not be read, so they are not judged; grant list access to them`;
}

/** Why a cluster's workloads are unknown: each workload kind and the reason it was not read. */
function unreadableWorkloads(cluster: KubernetesCluster): string {
  const reasons = WORKLOAD_KINDS.map((kind) => `${kind}: ${cluster.unread[kind]?.reason ?? 'not read'}`);
  return `No workloads of ${cluster.name} could be read (${reasons.join('; ')}), so this cannot be judged; grant list access to pods and controllers or export them`;
}

/** `web`, `migrate (init)`, `debugger (ephemeral)`: how messages name a container. */
export function containerLabel(c: WorkloadContainer): string {
  const name = c.container.name || `#${c.index}`;
  if (c.list === 'initContainers') return `${name} (init)`;
  if (c.list === 'ephemeralContainers') return `${name} (ephemeral)`;
  return name;
}
