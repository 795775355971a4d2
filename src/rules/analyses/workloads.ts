import type { V1Container, V1EphemeralContainer, V1ObjectMeta, V1PodSecurityContext, V1PodSpec, V1SecurityContext } from '@kubernetes/client-node';
import { isObject } from '../../lib/json.ts';
import { namespaceKey, type KubernetesCluster, type KubernetesItem } from '../../state/kubernetes.ts';
import type { Origin } from '../../state/resource.ts';
import { perCluster } from './per-cluster.ts';
import { describeType, POD_METADATA, POD_SPEC, shapeProblem } from '../lib/pod-spec-types.ts';

/**
 * What runs in a cluster, each thing once: controllers (Deployment, StatefulSet, DaemonSet,
 * ReplicaSet, ReplicationController, Job, CronJob) with their pod template, and pods no present
 * controller owns. A pod of a ReplicaSet of a Deployment is the Deployment's; a ReplicaSet or Job
 * owned by a present Deployment or CronJob is too. Rules judge workloads, so a finding lands on
 * what people edit.
 */
export interface Workload {
  kind: string;
  name: string;
  /** As shown: `metadata.namespace`, or `default` where a file leaves it to kubectl. */
  namespace: string;
  /** The namespace as a join key ({@link namespaceKey}): a namespace-less object of a file shares it only with that file's objects. */
  namespaceKey: string;
  metadata: V1ObjectMeta;
  /** The pod spec rules read: the pod's own, or the controller's template (empty when `malformed`). */
  spec: V1PodSpec;
  /** Labels of the pods it runs (the template's labels, or the pod's). */
  podLabels: Record<string, string>;
  /** JSON path of the pod spec inside the object (`spec.template.spec`, `spec.jobTemplate.spec.template.spec`, `spec`). */
  specPath: string;
  origin: Origin;
  /** Running pods of this workload in the input (for NetworkPolicy decisions that need real pods). */
  pods: KubernetesItem<{ metadata?: V1ObjectMeta; spec?: V1PodSpec }>[];
  /**
   * Why its pod spec cannot be read as the API would run it (no pod template, no container, a
   * field of the wrong type), naming the field and where the object is; null when it can. Rules
   * answer unknown for such a workload: the API server would refuse the object.
   */
  malformed: string | null;
}

/** A container of any of the three kinds, with where it sits in the pod spec. */
export interface WorkloadContainer {
  container: V1Container | V1EphemeralContainer;
  /** `containers`, `initContainers` or `ephemeralContainers`. */
  list: 'containers' | 'initContainers' | 'ephemeralContainers';
  index: number;
  /** `spec.template.spec.containers[0]`, for evidence. */
  path: string;
}

export const CONTROLLER_KINDS = ['deployments', 'statefulsets', 'daemonsets', 'replicasets', 'replicationcontrollers', 'jobs', 'cronjobs'] as const;
const KIND_NAMES: Record<(typeof CONTROLLER_KINDS)[number], string> = {
  deployments: 'Deployment',
  statefulsets: 'StatefulSet',
  daemonsets: 'DaemonSet',
  replicasets: 'ReplicaSet',
  replicationcontrollers: 'ReplicationController',
  jobs: 'Job',
  cronjobs: 'CronJob',
};

/**
 * Each cluster's workloads, or null when pods and every controller kind are unknown (nothing
 * could be read). Worked out once per cluster: most in-cluster rules iterate them.
 */
export const WORKLOADS = perCluster('workloads', collect);

type Item = KubernetesItem<{ metadata?: V1ObjectMeta }>;

function collect(cluster: KubernetesCluster): Workload[] | null {
  const { objects } = cluster;
  if (objects.pods === null && CONTROLLER_KINDS.every((k) => objects[k] === null)) return null;
  const present = new Set<string>();
  const key = (kind: string, namespace: string, name: string): string => `${kind}\u0000${namespace}\u0000${name}`;
  const keyOf = (kind: string, item: Item): string => key(kind, namespaceKey(item.object.metadata, item.origin), item.object.metadata?.name ?? '');
  for (const kind of CONTROLLER_KINDS) for (const item of objects[kind] ?? []) present.add(keyOf(KIND_NAMES[kind], item));
  const controllerOf = (item: Item) => item.object.metadata?.ownerReferences?.find((o) => o.controller !== false);
  const ownedByPresent = (item: Item): boolean =>
    (item.object.metadata?.ownerReferences ?? []).some((o) => o.controller !== false && present.has(key(o.kind, namespaceKey(item.object.metadata, item.origin), o.name)));

  const workloads: Workload[] = [];
  const byKey = new Map<string, Workload>();
  for (const kind of CONTROLLER_KINDS) {
    const specPath = kind === 'cronjobs' ? 'spec.jobTemplate.spec.template.spec' : 'spec.template.spec';
    for (const item of objects[kind] ?? []) {
      if (ownedByPresent(item)) continue;
      const workload = workloadOf(KIND_NAMES[kind], item, specPath);
      workloads.push(workload);
      byKey.set(keyOf(workload.kind, item), workload);
    }
  }
  // Owners of owners: a pod → its ReplicaSet → its Deployment, so the pod joins the workload people edit.
  const ownerOf = new Map<string, string>();
  for (const kind of ['replicasets', 'jobs'] as const) {
    for (const item of objects[kind] ?? []) {
      const owner = controllerOf(item);
      if (owner) ownerOf.set(keyOf(KIND_NAMES[kind], item), key(owner.kind, namespaceKey(item.object.metadata, item.origin), owner.name));
    }
  }
  for (const item of objects.pods ?? []) {
    const owner = controllerOf(item);
    let ownerKey = owner ? key(owner.kind, namespaceKey(item.object.metadata, item.origin), owner.name) : undefined;
    while (ownerKey && !byKey.has(ownerKey) && ownerOf.has(ownerKey)) ownerKey = ownerOf.get(ownerKey);
    const controller = ownerKey ? byKey.get(ownerKey) : undefined;
    if (controller) controller.pods.push(item);
    else workloads.push(workloadOf('Pod', item, 'spec'));
  }
  return workloads;
}

/** A controller (its pod template at `specPath`) or a pod (`spec`) as a workload, its pod spec checked for the types the API requires. */
function workloadOf(kind: string, item: KubernetesItem<object>, specPath: string): Workload {
  const object = item.object as { metadata?: unknown };
  const metadata = isObject(object.metadata) ? (object.metadata as V1ObjectMeta) : {};
  const metadataPath = specPath.replace(/spec$/, 'metadata');
  const podMetadata = valueAt(object, metadataPath);
  const spec = valueAt(object, specPath);
  // The API server type-checked what it served: only objects from files can be malformed (and large clusters are read live).
  const malformed = item.origin.file === undefined ? null : (malformedSpec(object, spec, specPath) ?? shapeProblem(podMetadata, POD_METADATA, metadataPath));
  const labels = malformed === null ? (podMetadata as V1ObjectMeta | undefined)?.labels : undefined;
  return {
    kind,
    name: typeof metadata.name === 'string' ? metadata.name : '',
    namespace: metadata.namespace || 'default',
    namespaceKey: namespaceKey(metadata, item.origin),
    metadata,
    spec: malformed === null ? (spec as V1PodSpec) : { containers: [] },
    podLabels: labels ?? {},
    specPath,
    origin: item.origin,
    pods: kind === 'Pod' ? [item as Workload['pods'][number]] : [],
    malformed: malformed === null ? null : `${malformed}${where(item.origin)}; the API server would refuse this object, so it is not judged`,
  };
}

/** The first reason the pod spec at `specPath` is not one the API would accept: missing, no containers, or a field of the wrong type. */
function malformedSpec(object: unknown, spec: unknown, specPath: string): string | null {
  // A wrong type on the way down (`spec: "x"`, `template: []`) is named where it is.
  const parts = specPath.split('.');
  for (let i = 1; i < parts.length; i++) {
    const path = parts.slice(0, i).join('.');
    const value = valueAt(object, path);
    if (value !== undefined && value !== null && !isObject(value)) return `${path} is ${describeType(value)}, not an object`;
  }
  if (!isObject(spec)) return `it has no pod spec (${specPath})`;
  const containers = spec.containers;
  if (!Array.isArray(containers) || containers.length === 0) {
    return Array.isArray(containers) || containers === undefined || containers === null ? `${specPath}.containers lists no container` : `${specPath}.containers is ${describeType(containers)}, not a list`;
  }
  return shapeProblem(spec, POD_SPEC, specPath);
}

function valueAt(object: unknown, path: string): unknown {
  let value = object;
  for (const part of path ? path.split('.') : []) value = isObject(value) ? value[part] : undefined;
  return value;
}

/** ` (app.yaml line 12)`: where a file's object is; nothing for a live one. */
function where(origin: Origin): string {
  if (origin.file === undefined) return '';
  return origin.line === undefined ? ` (${origin.file})` : ` (${origin.file} line ${origin.line})`;
}

/** Every container of a pod spec: regular, init and ephemeral, all of which run with the pod's privileges. */
export function containersOf(workload: Workload): WorkloadContainer[] {
  const out: WorkloadContainer[] = [];
  for (const list of ['initContainers', 'containers', 'ephemeralContainers'] as const) {
    (workload.spec[list] ?? []).forEach((container, index) => out.push({ container, list, index, path: `${workload.specPath}.${list}[${index}]` }));
  }
  return out;
}

/** A security setting as it applies to one container: the container's own, else the pod's (Kubernetes' precedence). */
export function effective<K extends keyof V1SecurityContext & keyof V1PodSecurityContext>(workload: Workload, c: WorkloadContainer, field: K): { value: V1SecurityContext[K] | undefined; path: string | null } {
  const own = c.container.securityContext?.[field];
  if (own !== undefined && own !== null) return { value: own, path: `${c.path}.securityContext.${field}` };
  const pod = workload.spec.securityContext?.[field];
  if (pod !== undefined && pod !== null) return { value: pod as V1SecurityContext[K], path: `${workload.specPath}.securityContext.${field}` };
  return { value: undefined, path: null };
}

/** `Deployment payments/api` for messages. */
export function describeWorkload(workload: Workload): string {
  return `${workload.kind} ${workload.namespace}/${workload.name}`;
}
