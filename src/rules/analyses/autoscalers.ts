import type { V2HorizontalPodAutoscaler } from '@kubernetes/client-node';
import { namespaceKey, type KubernetesItem } from '../../state/kubernetes.ts';
import { pushTo } from '../../lib/maps.ts';
import { perCluster } from './per-cluster.ts';

export type Autoscaler = KubernetesItem<V2HorizontalPodAutoscaler>;

/**
 * Each cluster's HorizontalPodAutoscalers by the workload they scale (`scaleTargetRef` kind and
 * name, in the HPA's own namespace: it can target nothing elsewhere), or null when HPAs could not
 * be read. A target in another API group than `apps` is not a Deployment or StatefulSet.
 */
export const AUTOSCALERS = perCluster('autoscalers', (cluster): Map<string, Autoscaler[]> | null => {
  const hpas = cluster.objects.horizontalpodautoscalers;
  if (hpas === null) return null;
  const byTarget = new Map<string, Autoscaler[]>();
  for (const item of hpas) {
    const target = item.object.spec?.scaleTargetRef;
    if (typeof target?.kind !== 'string' || typeof target.name !== 'string') continue;
    if (typeof target.apiVersion === 'string' && !target.apiVersion.startsWith('apps/')) continue;
    pushTo(byTarget, targetKey(namespaceKey(item.object.metadata, item.origin), target.kind, target.name), item);
  }
  return byTarget;
});

/** The join key of a scale target: the namespace key ({@link namespaceKey}), kind and name. */
export function targetKey(namespace: string, kind: string, name: string): string {
  return `${namespace}\u0000${kind}\u0000${name}`;
}
