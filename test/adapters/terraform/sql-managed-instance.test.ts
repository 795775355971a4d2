import { describe, expect, it } from 'vitest';
import { adaptTerraform } from '../../../src/adapters/terraform/adapt.ts';
import { AFTER_APPLY, Unknown, type TfResource, type TfValue } from '../../../src/collectors/terraform/model.ts';
import { evidence } from '../../../src/engine/evidence.ts';
import { only, run } from '../../helpers/state.ts';
import { rule, tf } from './instances.ts';

const MI = 'azurerm_mssql_managed_instance.primary';
const DR = 'azurerm_mssql_managed_instance.secondary';
const instance = (address: string, values: Record<string, TfValue>) => tf(address, { name: address.split('.')[1]!, resource_group_name: 'rg-data', location: 'westeurope', sku_name: 'GP_Gen5', ...values });
const child = (address: string, values: Record<string, TfValue>, references: Record<string, string> = { managed_instance_id: MI }): TfResource =>
  tf(address, { ...Object.fromEntries(Object.keys(references).map((k) => [k, new Unknown(AFTER_APPLY)])), ...values }, { references });
const group = () => child('azurerm_mssql_managed_instance_failover_group.fog', { name: 'fog-mi', location: 'westeurope' }, { managed_instance_id: MI, partner_managed_instance_id: DR });

describe('Terraform: SQL Managed Instance', () => {
  it('takes the documented defaults: no public endpoint, TLS 1.2, no Entra administrator unless a block or resource sets one', () => {
    const { state } = adaptTerraform([instance(MI, {})], 4);
    const [mi] = state.sqlManagedInstances;
    expect(mi).toMatchObject({ publicDataEndpointEnabled: false, minimalTlsVersion: '1.2', entraAdministrator: { configured: false }, databases: [], failoverGroups: [], diagnosticSettings: null });
    expect(evidence(mi!, 'minimalTlsVersion').note).toMatch(/default/);
    expect(only(run(rule('sqlmi-public-endpoint-restricted'), state)).status).toBe('pass');
    expect(only(run(rule('sqlmi-entra-auth'), state)).status).toBe('fail');
    expect(only(run(rule('sqlmi-failover-group-geo'), state)).status).toBe('fail');
    // Diagnostic settings outside the configuration are not ruled out.
    expect(only(run(rule('sqlmi-auditing-enabled'), state)).status).toBe('unknown');
  });

  it('reads the inline administrator block and the separate administrator resource', () => {
    const inline = adaptTerraform([instance(MI, { azure_active_directory_administrator: [{ login_username: 'sql-admins', object_id: '7f1b7a2e-0000-4000-8000-000000000002', principal_type: 'Group', azuread_authentication_only_enabled: true }] })], 4).state;
    expect(inline.sqlManagedInstances[0]?.entraAdministrator).toMatchObject({ configured: true, login: 'sql-admins', azureADOnlyAuthentication: true });
    const separate = adaptTerraform([instance(MI, {}), child('azurerm_mssql_managed_instance_active_directory_administrator.admin', { login_username: 'dba', object_id: 'b2', tenant_id: 't' })], 4).state;
    const [mi] = separate.sqlManagedInstances;
    expect(mi?.entraAdministrator).toMatchObject({ configured: true, login: 'dba', azureADOnlyAuthentication: null });
    expect(evidence(mi!, 'entraAdministrator.configured').path).toBe('azurerm_mssql_managed_instance_active_directory_administrator.admin.login_username');
  });

  it('takes TDE on for a new database, unknown for a restored one', () => {
    const { state } = adaptTerraform([instance(MI, {}), child('azurerm_mssql_managed_database.orders', { name: 'orders' }), child('azurerm_mssql_managed_database.copy', { name: 'copy', point_in_time_restore: [{ source_database_id: 'x', restore_point_in_time: '2026-01-01T00:00:00Z' }] })], 4);
    const findings = run(rule('sqlmi-tde-enabled'), state);
    expect(findings.map((f) => [f.resource.name, f.status])).toEqual([['orders', 'pass'], ['copy', 'unknown']]);
  });

  it('places the partner by its location in the configuration, else by the plan’s partner_region', () => {
    const geo = adaptTerraform([instance(MI, {}), instance(DR, { location: 'northeurope' }), group()], 4).state;
    expect(geo.sqlManagedInstances.map((mi) => mi.failoverGroups?.[0]?.partners[0]?.location)).toEqual(['northeurope', 'westeurope']);
    expect(run(rule('sqlmi-failover-group-geo'), geo).map((f) => f.status)).toEqual(['pass', 'pass']);
    // The partner in another configuration, named by its ARM id; a plan computed its region.
    const elsewhere = '/subscriptions/5f1c2a9e-3b7d-4c8e-a6f2-91d4e0b7c3a1/resourceGroups/rg-dr/providers/Microsoft.Sql/managedInstances/sqlmi-dr';
    const planned = adaptTerraform([instance(MI, {}), child('azurerm_mssql_managed_instance_failover_group.fog', { name: 'fog-mi', location: 'westeurope', partner_managed_instance_id: elsewhere, partner_region: [{ location: 'North Europe' }] })], 4).state;
    expect(planned.sqlManagedInstances[0]?.failoverGroups).toEqual([{ name: 'fog-mi', partners: [{ id: elsewhere, location: 'North Europe' }] }]);
    expect(only(run(rule('sqlmi-failover-group-geo'), planned)).status).toBe('pass');
    const sameRegion = adaptTerraform([instance(MI, {}), instance(DR, {}), group()], 4).state;
    expect(run(rule('sqlmi-failover-group-geo'), sameRegion).map((f) => f.status)).toEqual(['fail', 'fail']);
  });
});

describe('Terraform: SQL server failover group', () => {
  const server = (address: string, location: string) => tf(address, { name: address.split('.')[1]!, resource_group_name: 'rg-shop', location, version: '12.0' });
  it('pairs the primary and the partner server, each seeing the other region', () => {
    const fog = tf('azurerm_mssql_failover_group.ledger', { name: 'fog-ledger', server_id: new Unknown(AFTER_APPLY), partner_server: [{ id: new Unknown(AFTER_APPLY) }] }, { references: { server_id: 'azurerm_mssql_server.primary', 'partner_server[0].id': 'azurerm_mssql_server.secondary' } });
    const { state } = adaptTerraform([server('azurerm_mssql_server.primary', 'westeurope'), server('azurerm_mssql_server.secondary', 'northeurope'), fog], 4);
    expect(state.sqlServers.map((s) => s.failoverGroups)).toEqual([
      [{ name: 'fog-ledger', partners: [{ id: 'azurerm_mssql_server.secondary', location: 'northeurope' }] }],
      [{ name: 'fog-ledger', partners: [{ id: 'azurerm_mssql_server.primary', location: 'westeurope' }] }],
    ]);
    expect(evidence(state.sqlServers[0]!, 'failoverGroups.0').path).toBe('azurerm_mssql_failover_group.ledger');
    expect(run(rule('sql-failover-group-geo'), state).map((f) => f.status)).toEqual(['pass', 'pass']);
  });
});
