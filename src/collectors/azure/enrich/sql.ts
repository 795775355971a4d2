import type { LocatedArmResource } from '../../../adapters/arm/collect-resources.ts';
import { idKey, nameOf } from '../../../adapters/arm/resource-id.ts';
import { SQL_DATABASE, SQL_SERVER } from '../../../adapters/arm/sql.ts';
import { armList, armRequest } from '../arm-rest.ts';
import type { ArmConnection } from '../connection.ts';
import { DIAGNOSTIC_SETTINGS_API_VERSION } from './diagnostic-settings.ts';
import { EnrichmentSources, type ChildEnrichment, type EnrichmentRead } from './enrichment-sources.ts';

/** The api-version the SQL adapter follows. */
export const SQL_API_VERSION = '2025-01-01';

/**
 * What the SQL rules need of each Azure SQL server that Resource Graph does not hold: its auditing
 * policy, its firewall rules, its failover groups, the transparent data encryption of each user database, and, when
 * auditing goes to Azure Monitor, the diagnostic settings of `master` (where those records go).
 * The databases themselves come from the inventory, and the Entra administrator from the server's
 * own body. `complete` lists the servers whose reads all succeeded.
 */
export async function readSqlServers(conn: ArmConnection, inventory: LocatedArmResource[]): Promise<ChildEnrichment> {
  const sources = new EnrichmentSources('sql-server-children', 'SQL server auditing, firewall rules, failover groups and database encryption');
  const complete = new Set<string>();
  const databases = new Map<string, LocatedArmResource[]>();
  for (const db of inventory) {
    if (db.type !== SQL_DATABASE) continue;
    const server = idKey(db.id.slice(0, db.id.toLowerCase().lastIndexOf('/databases/')));
    const known = databases.get(server);
    if (known) known.push(db);
    else databases.set(server, [db]);
  }
  await Promise.all(
    inventory
      .filter((r) => r.type === SQL_SERVER)
      .map(async (server) => {
        const own = databases.get(idKey(server.id)) ?? [];
        const master = own.find(isMaster);
        const reads = (
          await Promise.all([
            auditingThenMaster(conn, server, master),
            list(conn, `${server.id}/firewallRules`, SQL_API_VERSION).then((read) => [read]),
            list(conn, `${server.id}/failoverGroups`, SQL_API_VERSION).then((read) => [read]),
            ...own.filter((db) => db !== master).map((db) => get(conn, `${db.id}/transparentDataEncryption/current`).then((read) => [read])),
          ])
        ).flat();
        if (reads.map((read) => sources.add(server.subscriptionId, read)).every(Boolean)) complete.add(idKey(server.id));
      }),
  );
  return { ...sources.result(), complete };
}

/**
 * The server auditing policy, then `master`'s diagnostic settings if the policy sends records to
 * Azure Monitor: only then does the auditing rule look at them. `master` is marked as carrying its
 * children once they are read, so an empty list reads as "no setting sends the audit records".
 */
async function auditingThenMaster(conn: ArmConnection, server: LocatedArmResource, master: LocatedArmResource | undefined): Promise<EnrichmentRead[]> {
  const auditing = await get(conn, `${server.id}/auditingSettings/default`);
  if (auditing.failure || !auditsToMonitor(auditing.items[0])) return [auditing];
  const masterId = master?.id ?? `${server.id}/databases/master`;
  const settings = await list(conn, `${masterId}/providers/Microsoft.Insights/diagnosticSettings`, DIAGNOSTIC_SETTINGS_API_VERSION);
  if (!settings.failure) {
    // Without `master` in the inventory (a tag filter leaves it out), a bare one with an empty child list says the same.
    if (master) master.childrenIncluded = true;
    else settings.items.push({ id: masterId, resources: [] });
  }
  return [auditing, settings];
}

function auditsToMonitor(policy: unknown): boolean {
  const p = (policy as { properties?: { state?: unknown; isAzureMonitorTargetEnabled?: unknown } } | undefined)?.properties;
  return String(p?.state).toLowerCase() === 'enabled' && p?.isAzureMonitorTargetEnabled === true;
}

/**
 * A singleton child (`auditingSettings/default`, `transparentDataEncryption/current`), identified
 * by the path it was read at: the TDE answer carries its database's id, which would otherwise
 * stand in for the database itself.
 */
export async function get(conn: ArmConnection, path: string, apiVersion = SQL_API_VERSION): Promise<EnrichmentRead> {
  const answer = await armRequest(conn, 'GET', path, apiVersion);
  if (!answer.ok) return { path, items: [], failure: answer.failure };
  return { path, items: [{ ...(answer.body as object), id: path }] };
}

export async function list(conn: ArmConnection, path: string, apiVersion: string): Promise<EnrichmentRead> {
  const { items, failure } = await armList(conn, path, apiVersion);
  return { path, items, ...(failure ? { failure } : {}) };
}

/** The adapter's test: the id's last segment, as PowerShell exports name children `server/database`. */
function isMaster(db: LocatedArmResource): boolean {
  return nameOf(db.id).toLowerCase() === 'master';
}
