import type { LocatedArmResource } from '../../../adapters/arm/collect-resources.ts';
import { idKey } from '../../../adapters/arm/resource-id.ts';
import { armList } from '../arm-rest.ts';
import type { ArmConnection } from '../connection.ts';
import { EnrichmentSources, type ChildEnrichment } from './enrichment-sources.ts';

/** Microsoft.ManagedIdentity `FederatedIdentityCredentials_List`. */
export const MANAGED_IDENTITY_API_VERSION = '2023-01-31';

/**
 * The federated credentials of each user-assigned identity (Resource Graph has none): which
 * cluster's workloads may sign in as it. An empty list is an answer ("none"), a failed read is not.
 */
export async function readFederatedCredentials(conn: ArmConnection, identities: LocatedArmResource[]): Promise<ChildEnrichment> {
  const sources = new EnrichmentSources('federated-credentials', 'federated identity credentials');
  const complete = new Set<string>();
  await Promise.all(
    identities.map(async (identity) => {
      const path = `${identity.id}/federatedIdentityCredentials`;
      const { items, failure } = await armList(conn, path, MANAGED_IDENTITY_API_VERSION);
      if (sources.add(identity.subscriptionId, { path, items, ...(failure ? { failure } : {}) })) complete.add(idKey(identity.id));
    }),
  );
  return { ...sources.result(), complete };
}
