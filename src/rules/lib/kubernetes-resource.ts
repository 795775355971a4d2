import { noProvenance } from '../../state/provenance.ts';
import type { V1ObjectMeta } from '@kubernetes/client-node';
import type { KubernetesCluster } from '../../state/kubernetes.ts';
import { waiverOfAnnotation, WAIVE_ANNOTATION_PREFIX, type InlineWaiver } from '../../state/inline-waiver.ts';
import { aksManagedReason } from '../../state/managed-by.ts';
import type { Origin, ResourceBase } from '../../state/resource.ts';

/** Kinds that live outside namespaces (the `Cluster` pseudo-kind stands for the cluster itself). */
const CLUSTER_SCOPED = new Set(['Cluster', 'Namespace', 'ClusterRole', 'ClusterRoleBinding', 'GlobalNetworkPolicy', 'CiliumClusterwideNetworkPolicy']);

/**
 * A Kubernetes object as the resource of a finding. Its id hangs under the AKS cluster it runs
 * in when the cluster was matched (so control-plane and in-cluster findings sit together), else
 * under the Kubernetes source: `<cluster>/namespaces/<ns>/<kind>/<name>`. A namespaced object a
 * file leaves without namespace goes wherever kubectl applies that file, so its identity names
 * the file (`<cluster>/files/<file>/<kind>/<name>`): two such files hold two objects. An object
 * AKS owns says why (`managedBy`), so policy can set its findings apart.
 */
export function kubernetesResource(cluster: KubernetesCluster, kind: string, metadata: V1ObjectMeta | undefined, origin: Origin): ResourceBase {
  const namespace = metadata?.namespace;
  const name = metadata?.name ?? '(unnamed)';
  const unplaced = !namespace && origin.file !== undefined && !CLUSTER_SCOPED.has(kind);
  const scope = namespace ? `namespaces/${namespace}/` : unplaced ? `files/${origin.file!}/` : '';
  const resource: ResourceBase = {
    id: `${clusterRoot(cluster)}/${scope}${plural(kind)}/${name}`,
    name: namespace ? `${namespace}/${name}` : name,
    type: `kubernetes/${kind.toLowerCase()}`,
    subscriptionId: cluster.subscriptionId,
    resourceGroup: cluster.resourceGroup,
    location: null,
    tags: metadata?.labels ?? {},
    origin,
    provenance: noProvenance(),
  };
  const managedBy = aksManagedReason(kind, metadata);
  if (managedBy !== undefined) resource.managedBy = managedBy;
  const waivers = waiversOf(metadata?.annotations, origin);
  if (waivers.length) resource.inlineWaivers = waivers;
  return resource;
}

/** `aks-audit.dev/waive.<rule-id>` annotations; no other annotation's value is read (they can hold secrets). */
function waiversOf(annotations: Record<string, string> | undefined, origin: Origin): InlineWaiver[] {
  if (!annotations) return [];
  const place = { ...(origin.file === undefined ? {} : { file: origin.file }), ...(origin.line === undefined ? {} : { line: origin.line }) };
  const out: InlineWaiver[] = [];
  for (const key of Object.keys(annotations)) {
    if (!key.startsWith(WAIVE_ANNOTATION_PREFIX)) continue;
    const value = annotations[key];
    const waiver = waiverOfAnnotation(key, typeof value === 'string' ? value : '', place);
    if (waiver) out.push(waiver);
  }
  return out;
}

/**
 * A namespace as a finding resource. Workloads a file leaves without a namespace form their own
 * group (`namespaceKey`): kubectl may apply each file to another namespace, so the group is named
 * under its file, never as the cluster's `default` namespace.
 */
export function namespaceResource(cluster: KubernetesCluster, namespace: string, key: string, metadata: V1ObjectMeta | undefined, origin: Origin): ResourceBase {
  const resource = kubernetesResource(cluster, 'Namespace', metadata ?? { name: namespace }, origin);
  if (key === namespace || origin.file === undefined) return resource;
  return { ...resource, id: `${clusterRoot(cluster)}/files/${origin.file}/namespaces/${namespace}` };
}

/** What every finding resource of the cluster hangs under: its AKS cluster's id when matched, else the Kubernetes source. */
export function clusterRoot(cluster: KubernetesCluster): string {
  return cluster.aksClusterId ?? `kubernetes/${cluster.name}`;
}

/** The cluster itself as a finding resource, for verdicts about it as a whole (a kind it could not read). */
export function kubernetesClusterResource(cluster: KubernetesCluster): ResourceBase {
  return kubernetesResource(cluster, 'Cluster', { name: cluster.name }, { source: cluster.id });
}

/** The resource plural the API uses: `ingresses`, `networkpolicies`, `deployments`. */
function plural(kind: string): string {
  const lower = kind.toLowerCase();
  if (lower.endsWith('y')) return `${lower.slice(0, -1)}ies`;
  return lower.endsWith('s') ? `${lower}es` : `${lower}s`;
}
