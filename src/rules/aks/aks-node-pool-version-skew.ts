import { evidence, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';
import { minorsAhead, parseKubernetesVersion, type KubernetesVersion } from '../lib/kubernetes-version.ts';
import { poolLabel, poolsNotStated } from '../lib/pools.ts';
import { cached } from '../../lib/maps.ts';

/** From 1.28 the control plane may be three minors ahead of a pool; before, two. */
const WIDER_SKEW_FROM_MINOR = 28;

/**
 * Every node pool runs a version the control plane supports: never newer than the control
 * plane, and at most three minors behind it (two for control planes older than 1.28). Each pool
 * is its own finding; the cluster is one only when its control plane's version or its pools are
 * not known.
 */
export default defineRule({
  id: 'aks-node-pool-version-skew',
  check(ctx) {
    const parse = versionParser();
    for (const cluster of ctx.state.clusters) {
      const cpEvidence = evidence(cluster, 'kubernetesVersion');
      if (cluster.kubernetesVersion === null) {
        ctx.unknown(cluster, unknownReason(cpEvidence), [cpEvidence]);
        continue;
      }
      const cp = parse(cluster.kubernetesVersion);
      if (cp === null) {
        ctx.unknown(cluster, `Cluster ${cluster.name}'s control-plane version "${cluster.kubernetesVersion}" is not a Kubernetes version, so the skew cannot be judged`, [cpEvidence]);
        continue;
      }
      if (cluster.agentPools === null) {
        ctx.unknown(cluster, poolsNotStated(cluster), [cpEvidence]);
        continue;
      }
      const maxBehind = cp.major === 1 && cp.minor < WIDER_SKEW_FROM_MINOR ? 2 : 3;
      const allowed = `control plane ${cluster.kubernetesVersion}, which allows pools up to ${maxBehind} minors behind`;
      for (const pool of cluster.agentPools) {
        const poolEvidence = evidence(pool, 'orchestratorVersion');
        const both = [cpEvidence, poolEvidence];
        const label = poolLabel(pool, cluster);
        const v = pool.orchestratorVersion === null ? null : parse(pool.orchestratorVersion);
        if (pool.orchestratorVersion === null) ctx.unknown(pool, unknownReason(poolEvidence), both);
        else if (v === null) ctx.unknown(pool, `${label} runs "${pool.orchestratorVersion}", not a Kubernetes version, so the skew to the control plane cannot be judged`, both);
        else if (isNewer(v, cp)) ctx.fail(pool, `${label} runs ${pool.orchestratorVersion}, newer than the control plane (${allowed})`, both);
        else if (minorsAhead(cp, v) > maxBehind) ctx.fail(pool, `${label} runs ${pool.orchestratorVersion}, ${minorsAhead(cp, v)} minors behind, outside the supported version skew (${allowed})`, both);
        else ctx.pass(pool, `${label} runs ${pool.orchestratorVersion}, within the supported version skew (${allowed})`, both);
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
