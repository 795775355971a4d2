import { defineAnalysis, type Analysis } from '../../engine/analysis.ts';
import type { KubernetesCluster } from '../../state/kubernetes.ts';

/** An analysis of each Kubernetes cluster on its own. */
export interface ClusterAnalysis<T> {
  of(cluster: KubernetesCluster): T;
}

/** Worked out for a cluster the first time a rule asks for it, then shared for the rest of the evaluation. */
export function perCluster<T>(name: string, compute: (cluster: KubernetesCluster) => T): Analysis<ClusterAnalysis<T>> {
  return defineAnalysis(name, () => {
    const results = new Map<KubernetesCluster, T>();
    return {
      of(cluster) {
        if (results.has(cluster)) return results.get(cluster) as T;
        const result = compute(cluster);
        results.set(cluster, result);
        return result;
      },
    };
  });
}
