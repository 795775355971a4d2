import { MANAGED_CLUSTER } from '../../../adapters/arm/aks.ts';
import { located, type ArmResource } from '../../../adapters/arm/collect-resources.ts';
import { KEY_VAULT } from '../../../adapters/arm/key-vault.ts';
import { USER_ASSIGNED_IDENTITY } from '../../../adapters/arm/managed-identities.ts';
import { MYSQL_FLEXIBLE_SERVER } from '../../../adapters/arm/mysql.ts';
import { POSTGRES_FLEXIBLE_SERVER } from '../../../adapters/arm/postgresql.ts';
import { idKey } from '../../../adapters/arm/resource-id.ts';
import { SQL_SERVER } from '../../../adapters/arm/sql.ts';
import { SQL_MANAGED_INSTANCE } from '../../../adapters/arm/sql-managed-instance.ts';
import type { ArmConnection } from '../connection.ts';
import { readDatabaseServers } from './database-servers.ts';
import { readDefender } from './defender.ts';
import { readDiagnosticSettings } from './diagnostic-settings.ts';
import type { Enrichment } from './enrichment-sources.ts';
import { readFederatedCredentials } from './federated-credentials.ts';
import { readKubernetesVersions } from './kubernetes-versions.ts';
import { readInheritedRoleAssignments } from './role-assignments.ts';
import { readSqlServers } from './sql.ts';
import { readSqlManagedInstances } from './sql-managed-instances.ts';

export type { Enrichment } from './enrichment-sources.ts';

export interface EnrichOptions {
  /** Readable subscriptions in scope: Defender plans and contacts are read for each, even one without resources. */
  subscriptions: string[];
  /** Clock for the date a region's version list was read. */
  now?: () => Date;
  /**
   * Read Defender plans and security contacts per subscription (default true). The scan enriches
   * each inventory family as it arrives, and only the call with the Defender family asks.
   */
  defender?: boolean;
  /**
   * Read each subscription's role assignments inherited from management groups (default false):
   * the scan asks with the role assignment family, which Resource Graph reads at and below the subscription.
   */
  inheritedRoleAssignments?: boolean;
}

/**
 * What Resource Graph lacks, read per service after the inventory: diagnostic settings of
 * clusters, key vaults and database servers; server parameters, firewall rules and Entra
 * administrators of PostgreSQL and MySQL flexible servers; auditing, firewall rules, failover
 * groups and database encryption of Azure SQL servers; database encryption and instance failover
 * groups of SQL Managed Instances; federated credentials of user-assigned identities; Defender plans (where Resource Graph had none) and security
 * contacts; the Kubernetes versions AKS offers in each region with clusters; when asked, the role
 * assignments each subscription inherits from management groups.
 *
 * Returns resources in the REST shape for the ARM adapter, and one source per topic and
 * subscription. A parent whose children were all read is marked `childrenIncluded` IN PLACE, so
 * that the adapter reads an empty list as "none" rather than "not read": pass the result's
 * resources to `adaptArm` together with the same inventory objects. A failed read leaves its
 * parent unmarked, so the rules that need those children answer unknown.
 */
export async function enrichLive(conn: ArmConnection, resources: ArmResource[], options: EnrichOptions): Promise<Enrichment> {
  const inventory = resources.filter(located);
  const clusters = inventory.filter((r) => r.type === MANAGED_CLUSTER);
  const vaults = inventory.filter((r) => r.type === KEY_VAULT);
  const servers = inventory.filter((r) => r.type === POSTGRES_FLEXIBLE_SERVER || r.type === MYSQL_FLEXIBLE_SERVER);
  const sqlServers = inventory.filter((r) => r.type === SQL_SERVER);
  const managedInstances = inventory.filter((r) => r.type === SQL_MANAGED_INSTANCE);
  const identities = inventory.filter((r) => r.type === USER_ASSIGNED_IDENTITY);
  const subscriptions = [...new Set(options.subscriptions.map((s) => s.toLowerCase()))];
  const [diagnostics, databases, sql, managed, versions, federated, defender, inherited] = await Promise.all([
    readDiagnosticSettings(conn, [...clusters, ...vaults, ...servers, ...sqlServers, ...managedInstances]),
    readDatabaseServers(conn, servers),
    readSqlServers(conn, inventory),
    readSqlManagedInstances(conn, inventory),
    readKubernetesVersions(conn, clusters, options.now ?? (() => new Date())),
    readFederatedCredentials(conn, identities),
    options.defender === false ? Promise.resolve([]) : readDefender(conn, subscriptions, inventory),
    options.inheritedRoleAssignments ? readInheritedRoleAssignments(conn, subscriptions) : Promise.resolve(undefined),
  ]);
  // Diagnostic settings are the only children the adapters read for clusters and vaults; servers also need their own.
  for (const r of [...clusters, ...vaults]) if (diagnostics.complete.has(idKey(r.id))) r.childrenIncluded = true;
  for (const r of servers) if (diagnostics.complete.has(idKey(r.id)) && databases.complete.has(idKey(r.id))) r.childrenIncluded = true;
  for (const r of sqlServers) if (diagnostics.complete.has(idKey(r.id)) && sql.complete.has(idKey(r.id))) r.childrenIncluded = true;
  for (const r of managedInstances) if (diagnostics.complete.has(idKey(r.id)) && managed.complete.has(idKey(r.id))) r.childrenIncluded = true;
  for (const r of managedInstances) if (managed.complete.has(idKey(r.id))) r.regionalGroupsRead = true;
  for (const r of identities) if (federated.complete.has(idKey(r.id))) r.childrenIncluded = true;
  const parts = [diagnostics, databases, sql, managed, versions, federated, ...defender, ...(inherited ? [inherited] : [])];
  return { resources: parts.flatMap((p) => p.resources), tallies: parts.flatMap((p) => p.tallies) };
}
