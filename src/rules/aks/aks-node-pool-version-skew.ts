import { defineRule, notStated } from '../../engine/rule.ts';
import type { AgentPool } from '../../state/aks.ts';
import { CONTROL_PLANE_VERSION, controlPlaneEvidence, minorsAhead, parseKubernetesVersion, type KubernetesVersion } from '../lib/kubernetes-version.ts';
import { POOLS_PATH, poolEvidence, poolNames } from '../lib/pools.ts';
import { cached } from '../../lib/maps.ts';

/** From 1.28 the control plane may be three minors ahead of a pool; before, two. */
const WIDER_SKEW_FROM_MINOR = 28;

/**
 * Every node pool runs a version the control plane supports: never newer than the control
 * plane, and at most three minors behind it (two for control planes older than 1.28).
 */
export default defineRule({
  id: 'aks-node-pool-version-skew',
  check(ctx) {
    const parse = versionParser();
    for (const cluster of ctx.state.clusters) {
      const cpEvidence = controlPlaneEvidence(cluster);
      const cp = cluster.kubernetesVersion === null ? null : parse(cluster.kubernetesVersion);
      if (cluster.kubernetesVersion === null) {
        ctx.unknown(cluster, notStated(CONTROL_PLANE_VERSION), [cpEvidence]);
        continue;
      }
      if (cp === null) {
        ctx.unknown(cluster, `Cluster ${cluster.name}'s control-plane version "${cluster.kubernetesVersion}" is not a Kubernetes version, so the skew cannot be judged`, [cpEvidence]);
        continue;
      }
      if (cluster.agentPools === null) {
        ctx.unknown(cluster, notStated(POOLS_PATH), [cpEvidence]);
        continue;
      }
      const evidence = [cpEvidence, ...cluster.agentPools.map((pool) => poolEvidence(cluster, pool, 'orchestratorVersion'))];
      const maxBehind = cp.major === 1 && cp.minor < WIDER_SKEW_FROM_MINOR ? 2 : 3;
      const problems: string[] = [];
      const unknown: AgentPool[] = [];
      for (const pool of cluster.agentPools) {
        const v = pool.orchestratorVersion === null ? null : parse(pool.orchestratorVersion);
        if (v === null) unknown.push(pool);
        else if (isNewer(v, cp)) problems.push(`${pool.name} (${pool.orchestratorVersion}) is newer than the control plane`);
        else if (minorsAhead(cp, v) > maxBehind) problems.push(`${pool.name} (${pool.orchestratorVersion}) is ${minorsAhead(cp, v)} minors behind`);
      }
      const cpText = `control plane ${cluster.kubernetesVersion}, which allows pools up to ${maxBehind} minors behind`;
      if (problems.length) {
        ctx.fail(cluster, `Cluster ${cluster.name} has node pools outside the supported version skew (${cpText}): ${problems.join('; ')}`, evidence);
      } else if (unknown.length) {
        ctx.unknown(cluster, `Cluster ${cluster.name}: the version of node pool(s) ${poolNames(unknown)} is not stated or not a Kubernetes version, so the skew to the control plane cannot be judged`, evidence);
      } else {
        ctx.pass(cluster, `Cluster ${cluster.name}'s ${cluster.agentPools.length} node pool(s) are within the supported version skew (${cpText})`, evidence);
      }
    }
  },
});

/** `parseKubernetesVersion` remembering its answers: thousands of pools run a handful of versions. */
function versionParser(): (text: string) => KubernetesVersion | null {
  const parsed = new Map<string, KubernetesVersion | null>();
  return (text) => cached(parsed, text, () => parseKubernetesVersion(text));
}

/** Patches count only when both versions give one (a minor alias such as `1.33` has none). */
function isNewer(pool: KubernetesVersion, cp: KubernetesVersion): boolean {
  const ahead = minorsAhead(pool, cp);
  if (ahead !== 0) return ahead > 0;
  return pool.patch !== null && cp.patch !== null && pool.patch > cp.patch;
}
