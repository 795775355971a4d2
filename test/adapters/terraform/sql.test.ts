import { describe, expect, it } from 'vitest';
import { adaptTerraform } from '../../../src/adapters/terraform/adapt.ts';
import { AFTER_APPLY, Unknown, type TfResource, type TfValue } from '../../../src/collectors/terraform/model.ts';
import { evidence } from '../../../src/engine/evidence.ts';
import { only, run } from '../../helpers/state.ts';
import { rule, tf } from './instances.ts';

const SERVER = 'azurerm_mssql_server.billing';
const server = (values: Record<string, TfValue>) => tf(SERVER, { name: 'sql-billing', resource_group_name: 'rg-shop-prod', location: 'westeurope', version: '12.0', ...values });
const child = (address: string, values: Record<string, TfValue>): TfResource => tf(address, { server_id: new Unknown(AFTER_APPLY), ...values }, { references: { server_id: SERVER } });

describe('Terraform: Azure SQL server', () => {
  it('reads the server with its Entra administrator, firewall rules, auditing policy and databases', () => {
    const s = server({ minimum_tls_version: '1.2', public_network_access_enabled: true, azuread_administrator: [{ login_username: 'sql-admins', object_id: '7f1b7a2e-0000-4000-8000-000000000002', azuread_authentication_only: true }] });
    const fw = child('azurerm_mssql_firewall_rule.office', { name: 'office', start_ip_address: '203.0.113.0', end_ip_address: '203.0.113.15' });
    const audit = child('azurerm_mssql_server_extended_auditing_policy.billing', { storage_endpoint: 'https://staudit.blob.core.windows.net/' });
    const db = child('azurerm_mssql_database.ledger', { name: 'ledger', transparent_data_encryption_enabled: false });
    const { state } = adaptTerraform([s, fw, audit, db], 4);
    const [sql] = state.sqlServers;
    expect(sql).toMatchObject({ minimalTlsVersion: '1.2', publicNetworkAccess: 'Enabled', entraAdministrator: { configured: true, login: 'sql-admins', azureADOnlyAuthentication: true }, masterDiagnosticSettings: null });
    expect(sql!.firewallRules).toEqual([{ name: 'office', startIpAddress: '203.0.113.0', endIpAddress: '203.0.113.15' }]);
    expect(sql!.auditingSettings).toEqual([{ name: 'azurerm_mssql_server_extended_auditing_policy.billing', state: 'Enabled', storageEndpoint: 'https://staudit.blob.core.windows.net/', isAzureMonitorTargetEnabled: true }]);
    expect(sql!.databases).toEqual([expect.objectContaining({ id: 'azurerm_mssql_database.ledger', name: 'ledger', transparentDataEncryption: 'Disabled', parent: expect.objectContaining({ id: sql!.id }) })]);
    expect(only(run(rule('sql-entra-auth'), state)).status).toBe('pass');
    expect(only(run(rule('sql-auditing-enabled'), state)).status).toBe('pass');
    expect(only(run(rule('sql-tde-enabled'), state)).status).toBe('fail');
  });

  it('takes the documented defaults (TLS 1.2, TDE on, auditing on to Azure Monitor) and reads `Disabled` as no minimum', () => {
    const { state } = adaptTerraform([server({}), child('azurerm_mssql_database.ledger', { name: 'ledger' }), child('azurerm_mssql_server_extended_auditing_policy.billing', {})], 3);
    const [sql] = state.sqlServers;
    expect(sql).toMatchObject({ minimalTlsVersion: '1.2', entraAdministrator: { configured: false, azureADOnlyAuthentication: false }, firewallRules: [] });
    expect(sql!.databases?.[0]?.transparentDataEncryption).toBe('Enabled');
    expect(evidence(sql!, 'minimalTlsVersion').note).toMatch(/default/);
    // Audit records go to Azure Monitor through master's diagnostic settings, which a configuration does not tie to the server.
    expect(only(run(rule('sql-auditing-enabled'), state)).status).toBe('unknown');
    expect(adaptTerraform([server({ minimum_tls_version: 'Disabled' })], 4).state.sqlServers[0]!.minimalTlsVersion).toBe('None');
  });

  it('reads the v5 `blob_storage_endpoint`, and is unknown when the two endpoint spellings disagree', () => {
    const v5 = adaptTerraform([server({}), child('azurerm_mssql_server_extended_auditing_policy.billing', { blob_storage_endpoint: 'https://staudit.blob.core.windows.net/' })], 5).state;
    expect(v5.sqlServers[0]!.auditingSettings?.[0]?.storageEndpoint).toBe('https://staudit.blob.core.windows.net/');
    const both = adaptTerraform([server({}), child('azurerm_mssql_server_extended_auditing_policy.billing', { blob_storage_endpoint: 'https://a.blob.core.windows.net/', storage_endpoint: 'https://b.blob.core.windows.net/' })], 4).state;
    expect(both.sqlServers[0]!.auditingSettings?.[0]?.storageEndpoint).toBeNull();
  });

  it('takes an endpoint read from a storage account of the configuration as a destination, though its address is known only after apply', () => {
    const audit = tf('azurerm_mssql_server_extended_auditing_policy.billing', { server_id: new Unknown(AFTER_APPLY), storage_endpoint: new Unknown(AFTER_APPLY), log_monitoring_enabled: false }, { references: { server_id: SERVER, storage_endpoint: 'azurerm_storage_account.audit' } });
    const { state } = adaptTerraform([server({}), audit], 4);
    expect(state.sqlServers[0]!.auditingSettings?.[0]?.storageEndpoint).toMatch(/known only after apply/);
    expect(only(run(rule('sql-auditing-enabled'), state)).status).toBe('pass');
  });

  it('is unknown when the minimum TLS version or the administrator is known only after apply', () => {
    const { state } = adaptTerraform([server({ minimum_tls_version: new Unknown(AFTER_APPLY), azuread_administrator: new Unknown(AFTER_APPLY) })], 4);
    expect(state.sqlServers[0]!.entraAdministrator.configured).toBeNull();
    expect(only(run(rule('sql-min-tls'), state)).status).toBe('unknown');
    expect(only(run(rule('sql-entra-auth'), state)).status).toBe('unknown');
  });
});
