import { ContainerServiceClient } from '@azure/arm-containerservice';
import { AKS_VERSIONS_TYPE } from '../../../adapters/arm/aks-versions.ts';
import type { LocatedArmResource } from '../../../adapters/arm/collect-resources.ts';
import { clientOptions, type ArmConnection } from '../connection.ts';
import { EnrichmentSources, type Enrichment } from './enrichment-sources.ts';
import { wireRead } from './wire-read.ts';

/**
 * The Kubernetes versions AKS offers in each region that has clusters
 * (`ManagedClusters_ListKubernetesVersions`, through the AKS SDK client), read once per region
 * with a subscription that has clusters there. The version rule judges those clusters against
 * this list, dated by the read, instead of the bundled calendar.
 *
 * The answer (`{ values: [...] }`) has no id, so it is wrapped as a resource under its request
 * path with the time of the read; its REST body stays untouched in `properties`.
 */
export async function readKubernetesVersions(conn: ArmConnection, clusters: LocatedArmResource[], now: () => Date): Promise<Enrichment> {
  const sources = new EnrichmentSources('aks-versions', 'AKS supported Kubernetes versions');
  const regions = new Map<string, string>();
  for (const c of clusters) {
    const location = c.location?.toLowerCase().replace(/\s+/g, '');
    if (location && !regions.has(location)) regions.set(location, c.subscriptionId);
  }
  await Promise.all(
    [...regions].map(async ([location, sub]) => {
      const client = new ContainerServiceClient(conn.credential, sub, clientOptions(conn));
      const path = `/subscriptions/${sub}/providers/Microsoft.ContainerService/locations/${location}/kubernetesVersions`;
      const read = await wireRead(path, (onResponse) => client.managedClusters.listKubernetesVersions(location, { onResponse }));
      const readAt = now().toISOString();
      sources.add(sub, { ...read, items: read.items.map((properties) => ({ id: path, type: AKS_VERSIONS_TYPE, name: location, location, readAt, properties })) });
    }),
  );
  return sources.result();
}
