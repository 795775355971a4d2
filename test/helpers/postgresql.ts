import { serverPaths } from '../../src/adapters/arm/database-server.ts';
import { POSTGRES_FLEXIBLE_PATHS, POSTGRES_SINGLE_PATHS } from '../../src/adapters/arm/postgresql.ts';
import type { DatabaseServer } from '../../src/state/database-server.ts';
import type { PostgresFlexibleServer, PostgresSingleServer } from '../../src/state/postgresql.ts';
import { resource } from './state.ts';

export type Overrides<T> = { [K in keyof T]?: NonNullable<T[K]> extends unknown[] ? T[K] : NonNullable<T[K]> extends object ? Partial<NonNullable<T[K]>> : T[K] };

/** The fields every database server shares, hardened: private, geo-redundant, 35 days, one Entra admin group. */
export function databaseServer(type: string, name: string): DatabaseServer {
  const base = resource(type, name);
  return {
    ...base,
    publicNetworkAccess: 'Disabled',
    privateEndpointIds: [`/subscriptions/${base.subscriptionId}/resourceGroups/rg-prod/providers/Microsoft.Network/privateEndpoints/pe-${name}`],
    diagnosticSettings: [],
    version: null,
    skuTier: 'GeneralPurpose',
    backup: { retentionDays: 35, geoRedundantBackup: 'Enabled' },
    firewallRules: [],
    administrators: [{ id: `${base.id}/administrators/00000000-0000-0000-0000-0000000000bb`, name: '00000000-0000-0000-0000-0000000000bb', login: 'sg-db-admins', type: 'Group' }],
  };
}

/** The server with the provenance the ARM adapter gives it: its kind's table and its children's ids, keeping any `defaulted` a test set. */
export function withServerPaths<T extends DatabaseServer>(server: T, table: Readonly<Record<string, string>>): T {
  return { ...server, provenance: { paths: serverPaths(table, server.id, server.firewallRules, server.administrators), defaulted: [...server.provenance.defaulted] } };
}

/** Shallow-merges each nested object, so a test overrides one field of `backup` or `serverParameters`. */
export function merged<T extends object>(base: T, overrides: Overrides<T>): T {
  const out = { ...base } as Record<string, unknown>;
  for (const [k, v] of Object.entries(overrides)) {
    const current = out[k];
    out[k] = v && current && typeof v === 'object' && typeof current === 'object' && !Array.isArray(v) ? { ...current, ...v } : v;
  }
  return out as T;
}

/** A flexible server that passes every PostgreSQL rule; override what a test is about. */
export function pgFlexible(overrides: Overrides<PostgresFlexibleServer> = {}): PostgresFlexibleServer {
  const name = overrides.name ?? 'psql-prod';
  return withServerPaths(merged<PostgresFlexibleServer>({
    ...databaseServer('Microsoft.DBforPostgreSQL/flexibleServers', name),
    version: '17',
    state: 'Ready',
    network: { delegatedSubnetResourceId: null, privateDnsZoneArmResourceId: null },
    authConfig: { activeDirectoryAuth: 'Enabled', passwordAuth: 'Disabled' },
    highAvailabilityMode: 'ZoneRedundant',
    serverParameters: { requireSecureTransport: 'on', sslMinProtocolVersion: 'TLSv1.2' },
  }, overrides), POSTGRES_FLEXIBLE_PATHS);
}

/** A single server that passes every PostgreSQL rule it can pass. */
export function pgSingle(overrides: Overrides<PostgresSingleServer> = {}): PostgresSingleServer {
  const name = overrides.name ?? 'psql-legacy';
  return withServerPaths(merged<PostgresSingleServer>({
    ...databaseServer('Microsoft.DBforPostgreSQL/servers', name),
    version: '11',
    userVisibleState: 'Ready',
    sslEnforcement: 'Enabled',
    minimalTlsVersion: 'TLS1_2',
  }, overrides), POSTGRES_SINGLE_PATHS);
}
