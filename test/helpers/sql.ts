import type { SqlDatabase, SqlServer } from '../../src/state/sql.ts';
import { resource } from './state.ts';

/** A user database with TDE on, as a hardened server has it. */
export function sqlDatabase(server: string, name: string, tde: string | null = 'Enabled'): SqlDatabase {
  const id = `${resource('Microsoft.Sql/servers', server).id}/databases/${name}`;
  return { id, name, transparentDataEncryption: tde, tdePath: `${id}/transparentDataEncryption/current` };
}

/**
 * An Azure SQL server that passes every SQL rule: private, TLS 1.2, Entra-only, audited to
 * storage, two encrypted databases. Tests override the one thing they are about.
 */
export function sqlServer(overrides: Partial<SqlServer> = {}): SqlServer {
  const name = overrides.name ?? 'sql-prod';
  const base = resource('Microsoft.Sql/servers', name);
  return {
    ...base,
    publicNetworkAccess: 'Disabled',
    privateEndpointIds: [`/subscriptions/${base.subscriptionId}/resourceGroups/rg-prod/providers/Microsoft.Network/privateEndpoints/pe-${name}`],
    diagnosticSettings: [],
    minimalTlsVersion: '1.2',
    entraAdministrator: { configured: true, login: 'sql-admins', sid: '6f1c1d1e-0000-4000-8000-000000000001', azureADOnlyAuthentication: true, path: 'properties.administrators', entraOnlyPath: 'properties.administrators' },
    firewallRules: [],
    auditingSettings: [{ name: 'default', state: 'Enabled', storageEndpoint: 'https://stauditprod.blob.core.windows.net/', isAzureMonitorTargetEnabled: false, path: `${base.id}/auditingSettings/default` }],
    masterDiagnosticSettings: [],
    databases: [sqlDatabase(name, 'orders'), sqlDatabase(name, 'billing')],
    ...overrides,
  };
}
