import type { LocatedArmResource } from '../../../adapters/arm/collect-resources.ts';
import { idKey } from '../../../adapters/arm/resource-id.ts';
import { SQL_MANAGED_DATABASE, SQL_MANAGED_INSTANCE } from '../../../adapters/arm/sql-managed-instance.ts';
import type { ArmConnection } from '../connection.ts';
import { EnrichmentSources, type ChildEnrichment, type EnrichmentRead } from './enrichment-sources.ts';
import { get, list } from './sql.ts';

/** The api-version the managed instance reads follow (its REST examples are the test fixtures'). */
export const SQL_MANAGED_INSTANCE_API_VERSION = '2023-08-01';

/**
 * What the managed instance rules need that Resource Graph does not hold: the transparent data
 * encryption of each database, and the instance failover groups, which live under a resource
 * group and region rather than under an instance (one list per resource group and region serves
 * every instance there). The instances and databases come from the inventory; diagnostic settings
 * are read with the other services'. `complete` lists the instances whose reads all succeeded.
 */
export async function readSqlManagedInstances(conn: ArmConnection, inventory: LocatedArmResource[]): Promise<ChildEnrichment> {
  const sources = new EnrichmentSources('sql-managed-instance-children', 'SQL managed instance database encryption and failover groups');
  const complete = new Set<string>();
  const groupLists = new Map<string, Promise<EnrichmentRead>>();
  const instances = inventory.filter((r) => r.type === SQL_MANAGED_INSTANCE);
  const databases = inventory.filter((r) => r.type === SQL_MANAGED_DATABASE);
  await Promise.all(
    instances.map(async (instance) => {
      const groupsPath = `/subscriptions/${instance.subscriptionId}/resourceGroups/${instance.resourceGroup ?? ''}/providers/Microsoft.Sql/locations/${instance.location ?? ''}/instanceFailoverGroups`;
      const shared = groupLists.get(idKey(groupsPath));
      const groups = shared ?? list(conn, groupsPath, SQL_MANAGED_INSTANCE_API_VERSION);
      if (!shared) groupLists.set(idKey(groupsPath), groups);
      const own = databases.filter((db) => idKey(db.id).startsWith(`${idKey(instance.id)}/databases/`));
      const [groupRead, ...tdeReads] = await Promise.all([groups, ...own.map((db) => get(conn, `${db.id}/transparentDataEncryption/current`, SQL_MANAGED_INSTANCE_API_VERSION))]);
      // A shared list is recorded once; whether it failed still counts for every instance it serves.
      const reads = shared ? tdeReads : [groupRead!, ...tdeReads];
      const recorded = reads.map((read) => sources.add(instance.subscriptionId, read) !== null);
      if (!groupRead!.failure && recorded.every(Boolean)) complete.add(idKey(instance.id));
    }),
  );
  return { ...sources.result(), complete };
}
