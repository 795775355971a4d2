import { isObject, type JsonObject as Fields } from '../../lib/json.ts';
import type { KubernetesKind } from '../../state/kubernetes.ts';
import { API_RESOURCES } from './api-resources.ts';

/** kubectl's record of the last applied manifest: it repeats the object, env literals and a Secret's data included. */
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** Where a container may carry command-line literals (`--password=…`): its own command and args, and the exec of its probes and hooks. */
const EXEC_HANDLERS = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const LIFECYCLE_HOOKS = ['postStart', 'preStop'] as const;
const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'] as const;

interface ListedObject {
  apiVersion?: string;
  kind?: string;
  metadata?: { managedFields?: unknown; annotations?: Record<string, string> } & Record<string, unknown>;
  [field: string]: unknown;
}

/**
 * A listed object as the state keeps it: `apiVersion` and `kind` filled in as kubectl does
 * (list items omit them), `managedFields` dropped (bookkeeping no rule reads, and the largest
 * part of many objects). A Secret keeps its metadata only, whatever the server sent. What can
 * hold a secret value and no rule reads is never kept: the last-applied annotation, and the
 * command lines of containers (command, args, exec probes and hooks), which often carry a
 * password or token as a flag.
 */
export function keptObject(kind: KubernetesKind, item: unknown): unknown {
  // The item was just parsed from the response and belongs to no one else: trimmed in place.
  const object = item as ListedObject;
  const { apiVersion, kind: kindName } = API_RESOURCES[kind];
  const metadata = isObject(object.metadata) ? object.metadata : undefined;
  if (metadata) {
    delete metadata.managedFields;
    if (isObject(metadata.annotations) && LAST_APPLIED in metadata.annotations) delete metadata.annotations[LAST_APPLIED];
  }
  if (kind === 'secrets') return metadata ? { apiVersion, kind: kindName, metadata } : { apiVersion, kind: kindName };
  const custom = CUSTOM_FIELDS[kind];
  if (custom) return { apiVersion: object.apiVersion ?? apiVersion, kind: object.kind ?? kindName, ...(metadata ? { metadata } : {}), ...custom(object) };
  const spec = podSpecOf(kind, object);
  if (spec) for (const list of CONTAINER_LISTS) if (Array.isArray(spec[list])) for (const container of spec[list]) if (isObject(container)) withoutCommandLines(container);
  object.apiVersion ??= apiVersion;
  object.kind ??= kindName;
  return object;
}

/** What a Flux, Argo CD or KEDA object keeps of itself (readiness conditions by type, status and reason only). */
type KeptFields = (object: ListedObject) => Fields;

const sourceFields = (o: ListedObject): Fields => ({ spec: picked(o.spec, ['url', 'suspend']), status: { conditions: conditionsOf(o.status) } });
const argoSource = (source: unknown): Fields => picked(source, ['repoURL', 'path', 'targetRevision', 'chart']);

/**
 * Custom resources keep only what rules read: GitOps objects where they reconcile from and whether
 * they do, ScaledObjects what they scale and between which bounds. Helm values, post-build
 * substitutions, plugin settings and scaler triggers, which can hold secrets, are never kept.
 */
const CUSTOM_FIELDS: Partial<Record<KubernetesKind, KeptFields>> = {
  gitrepositories: sourceFields,
  ocirepositories: sourceFields,
  kustomizations: (o) => ({ spec: { ...picked(o.spec, ['path', 'suspend']), sourceRef: picked(isObject(o.spec) ? o.spec.sourceRef : undefined, ['kind', 'name', 'namespace']) }, status: { conditions: conditionsOf(o.status) } }),
  applications: (o) => {
    const spec = isObject(o.spec) ? o.spec : {};
    const status = isObject(o.status) ? o.status : {};
    const kept: Fields = { syncPolicy: { automated: isObject(spec.syncPolicy) ? (spec.syncPolicy.automated ?? null) : null } };
    if (spec.source !== undefined) kept.source = argoSource(spec.source);
    if (Array.isArray(spec.sources)) kept.sources = spec.sources.map(argoSource);
    return { spec: kept, status: { sync: picked(status.sync, ['status']), health: picked(status.health, ['status']) } };
  },
  scaledobjects: (o) => ({
    spec: { ...picked(o.spec, ['minReplicaCount', 'maxReplicaCount']), scaleTargetRef: picked(isObject(o.spec) ? o.spec.scaleTargetRef : undefined, ['name', 'kind', 'apiVersion']) },
    status: { conditions: conditionsOf(o.status) },
  }),
};

/** The named fields of an object (an empty object when it is not one). */
function picked(value: unknown, keys: readonly string[]): Fields {
  if (!isObject(value)) return {};
  return Object.fromEntries(keys.filter((k) => value[k] !== undefined).map((k) => [k, value[k]!]));
}

function conditionsOf(status: unknown): Fields[] {
  const conditions = isObject(status) ? status.conditions : undefined;
  return Array.isArray(conditions) ? conditions.map((c) => picked(c, ['type', 'status', 'reason'])) : [];
}

/** The pod spec a workload object carries: the pod's own, a controller's template, or a CronJob's job template. */
function podSpecOf(kind: KubernetesKind, object: ListedObject): Fields | undefined {
  const spec = object.spec;
  if (!isObject(spec)) return undefined;
  if (kind === 'pods') return spec;
  const template = isObject(spec.jobTemplate) && isObject(spec.jobTemplate.spec) ? spec.jobTemplate.spec.template : spec.template;
  return isObject(template) && isObject(template.spec) ? template.spec : undefined;
}

// Set to undefined rather than deleted: JSON leaves them out all the same, and `delete` would turn
// every container of a 50,000-pod cluster into a slow dictionary-mode object.
function withoutCommandLines(container: Fields): void {
  if (container.command !== undefined) container.command = undefined;
  if (container.args !== undefined) container.args = undefined;
  for (const probe of EXEC_HANDLERS) withoutExecCommand(container[probe]);
  const lifecycle = container.lifecycle;
  if (isObject(lifecycle)) for (const hook of LIFECYCLE_HOOKS) withoutExecCommand(lifecycle[hook]);
}

function withoutExecCommand(handler: unknown): void {
  if (isObject(handler) && isObject(handler.exec) && handler.exec.command !== undefined) handler.exec.command = undefined;
}
