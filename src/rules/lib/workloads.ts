import type { V1Container, V1EphemeralContainer, V1ObjectMeta, V1PodSecurityContext, V1PodSpec, V1SecurityContext } from '@kubernetes/client-node';
import type { KubernetesCluster, KubernetesItem } from '../../state/kubernetes.ts';
import type { Origin } from '../../state/resource.ts';

/**
 * What runs in a cluster, each thing once: controllers (Deployment, StatefulSet, DaemonSet,
 * ReplicaSet, Job, CronJob) with their pod template, and pods no present controller owns. A pod
 * of a ReplicaSet of a Deployment is the Deployment's; a ReplicaSet or Job owned by a present
 * Deployment or CronJob is too. Rules judge workloads, so a finding lands on what people edit.
 */
export interface Workload {
  kind: string;
  name: string;
  namespace: string;
  metadata: V1ObjectMeta;
  /** The pod spec rules read: the pod's own, or the controller's template (empty when not stated, see `specStated`). */
  spec: V1PodSpec;
  /** False when the object states no pod spec (`spec.template.spec`, a pod's `spec`): nothing about its pods was read. */
  specStated: boolean;
  /** Labels of the pods it runs (the template's labels, or the pod's). */
  podLabels: Record<string, string>;
  /** JSON path of the pod spec inside the object (`spec.template.spec`, `spec.jobTemplate.spec.template.spec`, `spec`). */
  specPath: string;
  origin: Origin;
  /** Running pods of this workload in the input (for NetworkPolicy decisions that need real pods). */
  pods: KubernetesItem<{ metadata?: V1ObjectMeta; spec?: V1PodSpec }>[];
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

const CONTROLLER_KINDS = ['deployments', 'statefulsets', 'daemonsets', 'replicasets', 'jobs', 'cronjobs'] as const;
const KIND_NAMES: Record<(typeof CONTROLLER_KINDS)[number], string> = { deployments: 'Deployment', statefulsets: 'StatefulSet', daemonsets: 'DaemonSet', replicasets: 'ReplicaSet', jobs: 'Job', cronjobs: 'CronJob' };

const CACHE = new WeakMap<KubernetesCluster, Workload[] | null>();

/** The spec of a workload whose object states none: no container, no field (`specStated` says it was not read). */
const NO_SPEC = { containers: [] } as V1PodSpec;

/**
 * The cluster's workloads, or null when pods and every controller kind are unknown (nothing
 * could be read). Worked out once per cluster: most in-cluster rules iterate them.
 */
export function workloadsOf(cluster: KubernetesCluster): Workload[] | null {
  if (CACHE.has(cluster)) return CACHE.get(cluster) ?? null;
  const result = collect(cluster);
  CACHE.set(cluster, result);
  return result;
}

function collect(cluster: KubernetesCluster): Workload[] | null {
  const { objects } = cluster;
  if (objects.pods === null && CONTROLLER_KINDS.every((k) => objects[k] === null)) return null;
  const present = new Set<string>();
  const key = (kind: string, namespace: string, name: string): string => `${kind}\u0000${namespace}\u0000${name}`;
  for (const kind of CONTROLLER_KINDS) for (const { object } of objects[kind] ?? []) present.add(key(KIND_NAMES[kind], object.metadata?.namespace ?? 'default', object.metadata?.name ?? ''));
  const ownedByPresent = (metadata: V1ObjectMeta | undefined): boolean =>
    (metadata?.ownerReferences ?? []).some((o) => o.controller !== false && present.has(key(o.kind, metadata?.namespace ?? 'default', o.name)));

  const workloads: Workload[] = [];
  const byKey = new Map<string, Workload>();
  for (const kind of CONTROLLER_KINDS) {
    for (const item of objects[kind] ?? []) {
      const { object } = item;
      if (ownedByPresent(object.metadata)) continue;
      const template = kind === 'cronjobs' ? (object as { spec?: { jobTemplate?: { spec?: { template?: { metadata?: V1ObjectMeta; spec?: V1PodSpec } } } } }).spec?.jobTemplate?.spec?.template : (object as { spec?: { template?: { metadata?: V1ObjectMeta; spec?: V1PodSpec } } }).spec?.template;
      // A controller without a pod template is still a workload: one whose pods were not read, never one that is not there.
      const workload: Workload = {
        kind: KIND_NAMES[kind],
        name: object.metadata?.name ?? '',
        namespace: object.metadata?.namespace ?? 'default',
        metadata: object.metadata ?? {},
        spec: template?.spec ?? NO_SPEC,
        specStated: isObject(template?.spec),
        podLabels: template?.metadata?.labels ?? {},
        specPath: kind === 'cronjobs' ? 'spec.jobTemplate.spec.template.spec' : 'spec.template.spec',
        origin: item.origin,
        pods: [],
      };
      workloads.push(workload);
      byKey.set(key(workload.kind, workload.namespace, workload.name), workload);
    }
  }
  // Owners of owners: a pod → its ReplicaSet → its Deployment, so the pod joins the workload people edit.
  const ownerOf = new Map<string, string>();
  for (const kind of ['replicasets', 'jobs'] as const) {
    for (const { object } of objects[kind] ?? []) {
      const owner = object.metadata?.ownerReferences?.find((o) => o.controller !== false);
      if (owner) ownerOf.set(key(KIND_NAMES[kind], object.metadata?.namespace ?? 'default', object.metadata?.name ?? ''), key(owner.kind, object.metadata?.namespace ?? 'default', owner.name));
    }
  }
  for (const item of objects.pods ?? []) {
    const { object } = item;
    const namespace = object.metadata?.namespace ?? 'default';
    const owner = object.metadata?.ownerReferences?.find((o) => o.controller !== false);
    let ownerKey = owner ? key(owner.kind, namespace, owner.name) : undefined;
    while (ownerKey && !byKey.has(ownerKey) && ownerOf.has(ownerKey)) ownerKey = ownerOf.get(ownerKey);
    const controller = ownerKey ? byKey.get(ownerKey) : undefined;
    if (controller) {
      controller.pods.push(item);
      continue;
    }
    const workload: Workload = { kind: 'Pod', name: object.metadata?.name ?? '', namespace, metadata: object.metadata ?? {}, spec: object.spec ?? NO_SPEC, specStated: isObject(object.spec), podLabels: object.metadata?.labels ?? {}, specPath: 'spec', origin: item.origin, pods: [item] };
    workloads.push(workload);
  }
  return workloads;
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

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
