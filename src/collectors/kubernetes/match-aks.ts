import type { AksCluster } from '../../state/aks.ts';
import type { KubernetesCluster } from '../../state/kubernetes.ts';

/**
 * Links each live cluster to the AKS cluster of the same scan whose API server it talked to:
 * the kubeconfig server host against the cluster's public or private FQDN. Clusters already
 * linked (by the user, for files) and hosts no AKS cluster owns (IP addresses, the in-cluster
 * service address, other providers) are left as they are.
 */
export function matchAksClusters(kubernetes: KubernetesCluster[], clusters: AksCluster[]): void {
  const byHost = new Map<string, string>();
  for (const cluster of clusters) {
    for (const fqdn of [cluster.fqdn, cluster.privateFqdn]) if (fqdn) byHost.set(normalHost(fqdn), cluster.id);
  }
  for (const k of kubernetes) {
    if (k.aksClusterId || !k.server) continue;
    k.aksClusterId = byHost.get(normalHost(k.server)) ?? null;
  }
}

function normalHost(host: string): string {
  return host.toLowerCase().replace(/\.$/, '');
}
