import { SQL_MANAGED_DATABASE_PATHS, SQL_MANAGED_INSTANCE_PATHS } from '../../src/adapters/arm/sql-managed-instance.ts';
import type { DiagnosticSetting } from '../../src/state/diagnostic-setting.ts';
import { refOf } from '../../src/state/resource.ts';
import type { SqlManagedDatabase, SqlManagedInstance } from '../../src/state/sql-managed-instance.ts';
import { diagnosticSetting, resource } from './state.ts';

/** A managed database with TDE on: a resource whose parent is the instance. */
export function sqlManagedDatabase(instance: string, name: string, tde: string | null = 'Enabled'): SqlManagedDatabase {
  const parent = resource('Microsoft.Sql/managedInstances', instance);
  return { ...parent, id: `${parent.id}/databases/${name}`, name, type: 'microsoft.sql/managedinstances/databases', provenance: { paths: SQL_MANAGED_DATABASE_PATHS, defaulted: [] }, parent: refOf(parent), transparentDataEncryption: tde };
}

/** A diagnostic setting sending the instance's audit records (`SQLSecurityAuditEvents`) to a workspace. */
export function auditSetting(overrides: Partial<DiagnosticSetting> = {}): DiagnosticSetting {
  return diagnosticSetting(resource('Microsoft.Sql/managedInstances', 'sqlmi-prod').id, 'audit-to-law', { categories: ['SQLSecurityAuditEvents'], categoryGroups: [], ...overrides });
}

/**
 * A managed instance that passes every MI rule: no public data endpoint, TLS 1.2, Entra-only,
 * audit records sent to a workspace, two encrypted databases, and an instance failover group
 * with a partner in another region. Tests override the one thing they are about.
 */
export function sqlManagedInstance(overrides: Partial<SqlManagedInstance> = {}): SqlManagedInstance {
  const name = overrides.name ?? 'sqlmi-prod';
  const base = resource('Microsoft.Sql/managedInstances', name);
  const instance: SqlManagedInstance = {
    ...base,
    subnetId: `/subscriptions/${base.subscriptionId}/resourceGroups/rg-prod/providers/Microsoft.Network/virtualNetworks/vnet-prod/subnets/snet-sqlmi`,
    publicDataEndpointEnabled: false,
    minimalTlsVersion: '1.2',
    entraAdministrator: { configured: true, login: 'sql-admins', sid: '6f1c1d1e-0000-4000-8000-000000000001', azureADOnlyAuthentication: true },
    diagnosticSettings: [auditSetting()],
    databases: [sqlManagedDatabase(name, 'orders'), sqlManagedDatabase(name, 'billing')],
    failoverGroups: [{ name: 'fog-prod', partners: [{ id: resource('Microsoft.Sql/managedInstances', `${name}-dr`).id, location: 'North Europe' }] }],
    ...overrides,
  };
  const children = Object.fromEntries([
    ...(instance.diagnosticSettings ?? []).map((d, i) => [`diagnosticSettings.${i}`, `providers/Microsoft.Insights/diagnosticSettings/${d.name}`]),
    ...(instance.failoverGroups ?? []).map((g, i) => [`failoverGroups.${i}`, `/subscriptions/${base.subscriptionId}/resourceGroups/rg-prod/providers/Microsoft.Sql/locations/westeurope/instanceFailoverGroups/${g.name}#properties.managedInstancePairs`]),
  ]) as Record<string, string>;
  instance.provenance = { paths: { ...SQL_MANAGED_INSTANCE_PATHS, ...children, ...overrides.provenance?.paths }, defaulted: [...(overrides.provenance?.defaulted ?? [])] };
  return instance;
}
