import type { V1ObjectMeta } from '@kubernetes/client-node';
import { resourceGroupOf, subscriptionOf } from '../../adapters/arm/resource-id.ts';
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
  const aks = cluster.aksClusterId;
  return {
    id: `${aks ?? `kubernetes/${cluster.name}`}/${namespace ? `namespaces/${namespace}/` : ''}${plural(kind)}/${name}`,
    name: namespace ? `${namespace}/${name}` : name,
    type: `kubernetes/${kind.toLowerCase()}`,
    subscriptionId: (aks && subscriptionOf(aks)) || '',
    resourceGroup: (aks && resourceGroupOf(aks)) || null,
    location: null,
    tags: metadata?.labels ?? {},
    origin,
    defaulted: [],
  };
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
