import type { V1ObjectMeta } from '@kubernetes/client-node';
import type { KubernetesCluster } from '../../state/kubernetes.ts';
import type { Origin, ResourceBase } from '../../state/resource.ts';

/**
 * A Kubernetes object as the resource of a finding. Its id hangs under the AKS cluster it runs
 * in when the cluster was matched (so control-plane and in-cluster findings sit together), else
 * under the Kubernetes source: `<cluster>/namespaces/<ns>/<kind>/<name>`.
 */
export function kubernetesResource(cluster: KubernetesCluster, kind: string, metadata: V1ObjectMeta | undefined, origin: Origin): ResourceBase {
  const namespace = metadata?.namespace;
  const name = metadata?.name ?? '(unnamed)';
  const base = cluster.aksClusterId ?? `kubernetes/${cluster.name}`;
  const parts = parseAzureId(cluster.aksClusterId);
  return {
    id: `${base}/${namespace ? `namespaces/${namespace}/` : ''}${kind.toLowerCase()}s/${name}`,
    name: namespace ? `${namespace}/${name}` : name,
    type: `kubernetes/${kind.toLowerCase()}`,
    subscriptionId: parts.subscriptionId,
    resourceGroup: parts.resourceGroup,
    location: null,
    tags: metadata?.labels ?? {},
    origin,
    defaulted: [],
  };
}

function parseAzureId(id: string | null): { subscriptionId: string; resourceGroup: string | null } {
  const match = id ? /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\//i.exec(id) : null;
  return { subscriptionId: match?.[1] ?? '', resourceGroup: match?.[2] ?? null };
}
