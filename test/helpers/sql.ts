import { SQL_DATABASE_PATHS, SQL_SERVER_PATHS } from '../../src/adapters/arm/sql.ts';
import { refOf } from '../../src/state/resource.ts';
import type { SqlDatabase, SqlServer } from '../../src/state/sql.ts';
import { resource } from './state.ts';

/** A user database with TDE on, as a hardened server has it: a resource whose parent is the server. */
export function sqlDatabase(server: string, name: string, tde: string | null = 'Enabled'): SqlDatabase {
  const parent = resource('Microsoft.Sql/servers', server);
  return { ...parent, id: `${parent.id}/databases/${name}`, name, type: 'microsoft.sql/servers/databases', provenance: { paths: SQL_DATABASE_PATHS, defaulted: [] }, parent: refOf(parent), transparentDataEncryption: tde };
}

/**
 * An Azure SQL server that passes every SQL rule: private, TLS 1.2, Entra-only, audited to
 * storage, two encrypted databases, in a failover group with a partner in another region. Tests override the one thing they are about; each auditing
 * setting is evidenced at `auditingSettings/<name>`, as the adapter records it.
 */
export function sqlServer(overrides: Partial<SqlServer> = {}): SqlServer {
  const name = overrides.name ?? 'sql-prod';
  const base = resource('Microsoft.Sql/servers', name);
  const server: SqlServer = {
    ...base,
    publicNetworkAccess: 'Disabled',
    privateEndpointIds: [`/subscriptions/${base.subscriptionId}/resourceGroups/rg-prod/providers/Microsoft.Network/privateEndpoints/pe-${name}`],
    diagnosticSettings: [],
    minimalTlsVersion: '1.2',
    entraAdministrator: { configured: true, login: 'sql-admins', sid: '6f1c1d1e-0000-4000-8000-000000000001', azureADOnlyAuthentication: true },
    firewallRules: [],
    auditingSettings: [{ name: 'default', state: 'Enabled', storageEndpoint: 'https://stauditprod.blob.core.windows.net/', isAzureMonitorTargetEnabled: false }],
    masterDiagnosticSettings: [],
    databases: [sqlDatabase(name, 'orders'), sqlDatabase(name, 'billing')],
    failoverGroups: [{ name: `fog-${name}`, partners: [{ id: resource('Microsoft.Sql/servers', `${name}-dr`).id, location: 'northeurope' }] }],
    ...overrides,
  };
  const children = Object.fromEntries([
    ...(server.auditingSettings ?? []).map((s, i) => [`auditingSettings.${i}`, `auditingSettings/${s.name}#properties`]),
    ...(server.masterDiagnosticSettings ?? []).map((d, i) => [`masterDiagnosticSettings.${i}`, `databases/master/providers/Microsoft.Insights/diagnosticSettings/${d.name}`]),
    ...(server.failoverGroups ?? []).map((g, i) => [`failoverGroups.${i}`, `failoverGroups/${g.name}#properties.partnerServers`]),
  ]) as Record<string, string>;
  server.provenance = { paths: { ...SQL_SERVER_PATHS, ...children, ...overrides.provenance?.paths }, defaulted: [...(overrides.provenance?.defaulted ?? [])] };
  return server;
}
