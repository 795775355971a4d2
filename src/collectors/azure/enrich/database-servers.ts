import { PostgreSQLManagementFlexibleServerClient } from '@azure/arm-postgresql-flexible';
import type { LocatedArmResource } from '../../../adapters/arm/collect-resources.ts';
import { MYSQL_FLEXIBLE_SERVER } from '../../../adapters/arm/mysql.ts';
import { POSTGRES_FLEXIBLE_SERVER } from '../../../adapters/arm/postgresql.ts';
import { idKey } from '../../../adapters/arm/resource-id.ts';
import { armList, armRequest } from '../arm-rest.ts';
import { clientOptions, type ArmConnection } from '../connection.ts';
import { EnrichmentSources, type ChildEnrichment, type EnrichmentRead } from './enrichment-sources.ts';
import { drain, wireRead } from './wire-read.ts';

/** The server parameters the rules read: one GET each beats listing ~400 parameters (a 390 KB answer) per server. */
const POSTGRES_PARAMETERS = ['require_secure_transport', 'ssl_min_protocol_version'];
const MYSQL_PARAMETERS = ['require_secure_transport', 'tls_version', 'aad_auth_only'];
/** The api-version the MySQL adapter follows; `@azure/arm-mysql-flexible` (3.1.0) pins 2021-05-01, which has no administrators. */
export const MYSQL_API_VERSION = '2023-12-30';

/**
 * Server parameters, firewall rules and Entra administrators of PostgreSQL and MySQL flexible
 * servers: children that Resource Graph does not hold. `complete` lists the servers whose three
 * kinds of children were all read.
 */
export async function readDatabaseServers(conn: ArmConnection, servers: LocatedArmResource[]): Promise<ChildEnrichment> {
  const sources = new EnrichmentSources('database-server-children', 'database server parameters, firewall rules and administrators');
  const complete = new Set<string>();
  const postgres = new Map<string, PostgreSQLManagementFlexibleServerClient>();
  await Promise.all(
    servers.map(async (server) => {
      let reads: Promise<EnrichmentRead>[];
      if (server.type === POSTGRES_FLEXIBLE_SERVER) {
        let client = postgres.get(server.subscriptionId);
        if (!client) postgres.set(server.subscriptionId, (client = new PostgreSQLManagementFlexibleServerClient(conn.credential, server.subscriptionId, clientOptions(conn))));
        reads = postgresReads(client, server, conn.maxPages);
      } else if (server.type === MYSQL_FLEXIBLE_SERVER) reads = mysqlReads(conn, server);
      else return;
      const done = await Promise.all(reads);
      if (done.map((read) => sources.add(server.subscriptionId, read)).every(Boolean)) complete.add(idKey(server.id));
    }),
  );
  return { ...sources.result(), complete };
}

/**
 * Through the PostgreSQL SDK client (its 2025-08-01 API is the adapter's), taking each answer's
 * body as ARM sent it: the client's models flatten `properties`, which the ARM adapter reads.
 * Its pager passes the options on to every page, so each page's body is seen.
 */
function postgresReads(client: PostgreSQLManagementFlexibleServerClient, server: LocatedArmResource, maxPages: number | undefined): Promise<EnrichmentRead>[] {
  const rg = server.resourceGroup ?? '';
  return [
    ...POSTGRES_PARAMETERS.map((name) => wireRead(`${server.id}/configurations/${name}`, (onResponse) => client.configurations.get(rg, server.name, name, { onResponse }))),
    wireRead(`${server.id}/firewallRules`, (onResponse) => drain(client.firewallRules.listByServer(rg, server.name, { onResponse })), maxPages),
    wireRead(`${server.id}/administrators`, (onResponse) => drain(client.administratorsMicrosoftEntra.listByServer(rg, server.name, { onResponse })), maxPages),
  ];
}

/** Raw REST reads at the adapter's api-version (see MYSQL_API_VERSION). */
function mysqlReads(conn: ArmConnection, server: LocatedArmResource): Promise<EnrichmentRead>[] {
  const parameter = async (name: string): Promise<EnrichmentRead> => {
    const path = `${server.id}/configurations/${name}`;
    const answer = await armRequest(conn, 'GET', path, MYSQL_API_VERSION);
    return answer.ok ? { path, items: [answer.body] } : { path, items: [], failure: answer.failure };
  };
  const list = async (collection: string): Promise<EnrichmentRead> => {
    const path = `${server.id}/${collection}`;
    const { items, failure } = await armList(conn, path, MYSQL_API_VERSION);
    return { path, items, ...(failure ? { failure } : {}) };
  };
  return [...MYSQL_PARAMETERS.map(parameter), list('firewallRules'), list('administrators')];
}
