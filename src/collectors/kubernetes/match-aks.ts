import type { AksCluster } from '../../state/aks.ts';
import type { KubernetesCluster } from '../../state/kubernetes.ts';

/**
 * Links each live cluster to the AKS cluster of the same scan whose API server it talked to:
 * the kubeconfig server host against the cluster's public or private FQDN. Clusters already
 * linked (by the user, for files) and hosts no AKS cluster owns (IP addresses, the in-cluster
 * service address, other providers) are left as they are.
 */
export function matchAksClusters(kubernetes: KubernetesCluster[], clusters: AksCluster[]): void {
  const byHost = new Map<string, AksCluster>();
  for (const cluster of clusters) {
    for (const fqdn of [cluster.fqdn, cluster.privateFqdn]) if (fqdn) byHost.set(normalHost(fqdn), cluster);
  }
  for (const k of kubernetes) {
    if (k.aksClusterId || !k.server) continue;
    Object.assign(k, aksLink(byHost.get(normalHost(k.server))));
  }
}

/**
 * What a Kubernetes cluster takes from the AKS cluster it runs in: its id, subscription and
 * resource group, read from the AKS cluster's state (never parsed from its id), so findings on
 * in-cluster objects sit with the cluster whatever source named it.
 */
export function aksLink(aks: AksCluster | undefined): Pick<KubernetesCluster, 'aksClusterId' | 'subscriptionId' | 'resourceGroup'> {
  return { aksClusterId: aks?.id ?? null, subscriptionId: aks?.subscriptionId ?? null, resourceGroup: aks?.resourceGroup ?? null };
}

function normalHost(host: string): string {
  return host.toLowerCase().replace(/\.$/, '');
}
