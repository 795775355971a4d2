import { describe, expect, it } from 'vitest';
import { adaptTerraform } from '../../../src/adapters/terraform/adapt.ts';
import { AFTER_APPLY, Unknown, type TfValue } from '../../../src/collectors/terraform/model.ts';
import { evidence } from '../../../src/engine/evidence.ts';
import { only, run } from '../../helpers/state.ts';
import { rule, tf } from './instances.ts';

const PG = 'azurerm_postgresql_flexible_server';
const MYSQL = 'azurerm_mysql_flexible_server';
const ref = (attribute: string, address: string) => ({ references: { [attribute]: address } });

const pg = (values: Record<string, TfValue>, extra = {}) => tf(`${PG}.orders`, { name: 'psql-orders', resource_group_name: 'rg-shop-prod', location: 'westeurope', version: '16', sku_name: 'GP_Standard_D2ds_v5', ...values }, extra);
const mysql = (values: Record<string, TfValue>) => tf(`${MYSQL}.catalog`, { name: 'mysql-catalog', resource_group_name: 'rg-shop-prod', location: 'westeurope', sku_name: 'B_Standard_B1ms', ...values });

describe('Terraform: PostgreSQL flexible server', () => {
  it('reads the server with its firewall rules, configurations and Entra administrator', () => {
    const server = pg({ public_network_access_enabled: true, backup_retention_days: 14, geo_redundant_backup_enabled: true, authentication: [{ active_directory_auth_enabled: true, password_auth_enabled: false }], high_availability: [{ mode: 'ZoneRedundant' }] });
    const rule1 = tf(`${PG}_firewall_rule.office`, { name: 'office', server_id: new Unknown(AFTER_APPLY), start_ip_address: '203.0.113.0', end_ip_address: '203.0.113.15' }, ref('server_id', `${PG}.orders`));
    const tls = tf(`${PG}_configuration.tls`, { name: 'require_secure_transport', server_id: new Unknown(AFTER_APPLY), value: 'on' }, { ...ref('server_id', `${PG}.orders`), lines: { value: 40 } });
    const admin = tf(`${PG}_active_directory_administrator.dba`, { server_name: new Unknown(AFTER_APPLY), resource_group_name: 'rg-shop-prod', object_id: '7f1b7a2e-0000-4000-8000-000000000001', principal_name: 'dba-group', principal_type: 'Group' }, ref('server_name', `${PG}.orders`));
    const { state } = adaptTerraform([server, rule1, tls, admin], 4);
    const [s] = state.postgresFlexibleServers;
    expect(s).toMatchObject({ version: '16', skuTier: 'GeneralPurpose', publicNetworkAccess: 'Enabled', backup: { retentionDays: 14, geoRedundantBackup: 'Enabled' }, authConfig: { activeDirectoryAuth: 'Enabled', passwordAuth: 'Disabled' }, highAvailabilityMode: 'ZoneRedundant', state: null });
    expect(s!.firewallRules).toEqual([{ id: `${PG}_firewall_rule.office`, name: 'office', startIpAddress: '203.0.113.0', endIpAddress: '203.0.113.15' }]);
    expect(s!.administrators).toEqual([{ id: `${PG}_active_directory_administrator.dba`, name: '7f1b7a2e-0000-4000-8000-000000000001', login: 'dba-group', type: 'Group' }]);
    expect(s!.serverParameters).toEqual({ requireSecureTransport: 'on', sslMinProtocolVersion: null });
    expect(evidence(s!, 'serverParameters.requireSecureTransport')).toEqual({ path: `${PG}_configuration.tls.value`, value: 'on', file: 'infra/data.tf', line: 40 });
    expect(evidence(s!, 'state').note).toBe('not in a Terraform configuration');
    expect(only(run(rule('postgresql-entra-auth'), state)).status).toBe('pass');
    expect(only(run(rule('postgresql-public-access-restricted'), state)).status).toBe('pass');
  });

  it('takes documented defaults for an unset server (v3), and a delegated subnet closes the public endpoint', () => {
    const subnet = tf('azurerm_subnet.db', { name: 'snet-db' });
    const { state } = adaptTerraform([pg({ delegated_subnet_id: new Unknown(AFTER_APPLY), public_network_access_enabled: false }, ref('delegated_subnet_id', 'azurerm_subnet.db')), subnet], 3);
    const [s] = state.postgresFlexibleServers;
    expect(s).toMatchObject({ network: { delegatedSubnetResourceId: 'azurerm_subnet.db' }, authConfig: { activeDirectoryAuth: 'Disabled', passwordAuth: 'Enabled' }, highAvailabilityMode: 'Disabled', backup: { geoRedundantBackup: 'Disabled', retentionDays: null }, firewallRules: [], administrators: [] });
    expect(evidence(s!, 'backup.retentionDays').note).toMatch(/no default/);
    expect(only(run(rule('postgresql-public-access-restricted'), state)).status).toBe('pass');
  });

  it('is unknown for a firewall rule whose addresses are known only after apply, and for a parameter set twice', () => {
    const rule1 = tf(`${PG}_firewall_rule.dyn`, { name: 'dyn', start_ip_address: new Unknown(AFTER_APPLY), end_ip_address: new Unknown(AFTER_APPLY) }, ref('server_id', `${PG}.orders`));
    const a = tf(`${PG}_configuration.a`, { name: 'require_secure_transport', value: 'on' }, ref('server_id', `${PG}.orders`));
    const b = tf(`${PG}_configuration.b`, { name: 'require_secure_transport', value: 'off' }, ref('server_id', `${PG}.orders`));
    const [s] = adaptTerraform([pg({}), rule1, a, b], 5).state.postgresFlexibleServers;
    expect(s!.firewallRules).toBeNull();
    expect(s!.serverParameters.requireSecureTransport).toBeNull();
    expect(s!.provenance.conflicting).toContain('serverParameters.requireSecureTransport');
  });
});

describe('Terraform: MySQL flexible server', () => {
  it('reads a v5 server: `public_network_access`, children joined by server name, the renamed administrator resource', () => {
    const server = mysql({ public_network_access: 'Disabled', backup_retention_days: 3 });
    const tlsVersion = tf(`${MYSQL}_configuration.tls`, { name: 'tls_version', server_name: 'mysql-catalog', resource_group_name: 'rg-shop-prod', value: 'TLSv1.2' });
    const admin = tf(`${MYSQL}_active_directory_administrator.dba`, { server_id: new Unknown(AFTER_APPLY), login: 'dba-group', object_id: 'x', tenant_id: 't', identity_id: 'i' }, ref('server_id', `${MYSQL}.catalog`));
    const { state } = adaptTerraform([server, tlsVersion, admin], 5);
    const [s] = state.mysqlFlexibleServers;
    expect(s).toMatchObject({ skuTier: 'Burstable', publicNetworkAccess: 'Disabled', backup: { retentionDays: 3, geoRedundantBackup: 'Disabled' }, serverParameters: { tlsVersion: 'TLSv1.2', requireSecureTransport: null, aadAuthOnly: 'OFF' }, firewallRules: [] });
    expect(s!.administrators?.map((a) => a.login)).toEqual(['dba-group']);
    expect(only(run(rule('mysql-backup-retention'), state)).status).toBe('fail');
    expect(only(run(rule('mysql-entra-auth'), state)).status).toBe('pass');
  });

  it('reads the v3/v4 computed `public_network_access_enabled`, the `_aad_administrator` resource, and the documented retention default', () => {
    const admin = tf(`${MYSQL}_aad_administrator.dba`, { server_id: new Unknown(AFTER_APPLY), login: 'dba-group' }, ref('server_id', `${MYSQL}.catalog`));
    const [s] = adaptTerraform([mysql({ public_network_access_enabled: true }), admin], 4).state.mysqlFlexibleServers;
    expect(s).toMatchObject({ publicNetworkAccess: 'Enabled', backup: { retentionDays: 7 } });
    expect(s!.provenance.defaulted).toContain('backup.retentionDays');
    expect(s!.administrators?.map((a) => a.login)).toEqual(['dba-group']);
  });

  it('is unknown when the two public-access spellings disagree, or the value is known only after apply', () => {
    const [both] = adaptTerraform([mysql({ public_network_access: 'Disabled', public_network_access_enabled: true })], 4).state.mysqlFlexibleServers;
    expect(both!.publicNetworkAccess).toBeNull();
    expect(both!.provenance.conflicting).toContain('publicNetworkAccess');
    const [later] = adaptTerraform([mysql({ public_network_access_enabled: new Unknown(AFTER_APPLY) })], 3).state.mysqlFlexibleServers;
    expect(evidence(later!, 'publicNetworkAccess').note).toBe(AFTER_APPLY);
  });
});
