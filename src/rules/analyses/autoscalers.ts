import type { Evidence } from '../../engine/finding.ts';
import { namespaceKey, type KubernetesCluster, type ReadyCondition } from '../../state/kubernetes.ts';
import { pushTo } from '../../lib/maps.ts';
import { perCluster } from './per-cluster.ts';

/** What scales a workload: a HorizontalPodAutoscaler, or a KEDA ScaledObject (which drives an HPA of its own). */
export interface Autoscaler {
  /** `HorizontalPodAutoscaler payments-api`, `ScaledObject orders-consumer`. */
  label: string;
  /** The bounds as stated, or the documented default when unset (HPA: 1 and required; KEDA: 0 and 100). */
  min: unknown;
  max: unknown;
  evidence: Evidence[];
  /** The condition by which it says it cannot scale (HPA `ScalingActive` False, KEDA `Ready` False), with the reason. */
  failing: string | null;
}

export interface ClusterAutoscalers {
  /** By target: {@link targetKey}. */
  byTarget: Map<string, Autoscaler[]>;
  /** Why ScaledObjects are not known (the API refused them), null when read, not served, or not in the files. */
  scaledObjectsUnread: string | null;
}

/**
 * Each cluster's autoscalers by the workload they scale (`scaleTargetRef` kind and name, in their
 * own namespace: they can target nothing elsewhere), or null when HPAs could not be read. A target
 * in another API group than `apps` is not a Deployment or StatefulSet. The HPA KEDA creates for a
 * ScaledObject (owned by it) is the ScaledObject's, not a second autoscaler. ScaledObjects files
 * do not hold are taken as none: KEDA is an add-on few clusters run.
 */
export const AUTOSCALERS = perCluster('autoscalers', (cluster): ClusterAutoscalers | null => {
  const hpas = cluster.objects.horizontalpodautoscalers;
  if (hpas === null) return null;
  const byTarget = new Map<string, Autoscaler[]>();
  const scaledObjects = cluster.objects.scaledobjects ?? [];
  const keda = new Set(scaledObjects.map((s) => `${namespaceKey(s.object.metadata, s.origin)}\u0000${s.object.metadata?.name ?? ''}`));
  for (const { object, origin } of scaledObjects) {
    const ref = object.spec?.scaleTargetRef;
    if (!inAppsGroup(ref)) continue;
    const name = object.metadata?.name ?? '(unnamed)';
    const at = `scaledobjects/${name}`;
    const min = object.spec?.minReplicaCount ?? 0;
    const max = object.spec?.maxReplicaCount ?? 100;
    const evidence = [bound(at, 'spec.minReplicaCount', object.spec?.minReplicaCount, 0), bound(at, 'spec.maxReplicaCount', object.spec?.maxReplicaCount, 100)];
    const scaler: Autoscaler = { label: `ScaledObject ${name}`, min, max, evidence, failing: failing(at, object.status?.conditions, 'Ready', evidence) };
    pushTo(byTarget, targetKey(namespaceKey(object.metadata, origin), ref?.kind ?? 'Deployment', ref?.name ?? ''), scaler);
  }
  for (const { object, origin } of hpas) {
    const ref = object.spec?.scaleTargetRef;
    if (typeof ref?.kind !== 'string' || typeof ref.name !== 'string' || !inAppsGroup(ref)) continue;
    const namespace = namespaceKey(object.metadata, origin);
    const owner = object.metadata?.ownerReferences?.find((o) => o.kind === 'ScaledObject');
    if (owner && keda.has(`${namespace}\u0000${owner.name}`)) continue;
    const name = object.metadata?.name ?? '(unnamed)';
    const at = `horizontalpodautoscalers/${name}`;
    const evidence = [bound(at, 'spec.minReplicas', object.spec?.minReplicas, 1), { path: `${at}.spec.maxReplicas`, value: object.spec?.maxReplicas ?? null }];
    const scaler: Autoscaler = { label: `HorizontalPodAutoscaler ${name}`, min: object.spec?.minReplicas ?? 1, max: object.spec?.maxReplicas, evidence, failing: failing(at, object.status?.conditions, 'ScalingActive', evidence) };
    pushTo(byTarget, targetKey(namespace, ref.kind, ref.name), scaler);
  }
  return { byTarget, scaledObjectsUnread: scaledObjectsUnread(cluster) };
});

/** The join key of a scale target: the namespace key ({@link namespaceKey}), kind and name. */
export function targetKey(namespace: string, kind: string, name: string): string {
  return `${namespace}\u0000${kind}\u0000${name}`;
}

function inAppsGroup(ref: { apiVersion?: string } | undefined): boolean {
  return typeof ref?.apiVersion !== 'string' || ref.apiVersion.startsWith('apps/');
}

function bound(at: string, field: string, stated: unknown, unset: number): Evidence {
  return stated === undefined ? { path: `${at}.${field}`, value: null, note: `not set: ${unset}` } : { path: `${at}.${field}`, value: stated };
}

/** `ScalingActive False: FailedGetResourceMetric`, recorded in the evidence; null when the condition is not False (or no status was read). */
function failing(at: string, conditions: ReadyCondition[] | undefined, type: string, evidence: Evidence[]): string | null {
  const condition = conditions?.find((c) => c.type === type && c.status === 'False');
  if (!condition) return null;
  evidence.push({ path: `${at}.status.conditions[${type}]`, value: { status: condition.status ?? null, reason: condition.reason ?? null } });
  return `${type} False: ${condition.reason ?? 'no reason given'}`;
}

function scaledObjectsUnread(cluster: KubernetesCluster): string | null {
  const unread = cluster.objects.scaledobjects === null ? cluster.unread.scaledobjects : undefined;
  return unread && !['not-found', 'absent'].includes(unread.code) ? unread.reason : null;
}
