import { describe, expect, it } from 'vitest';
import { adaptArm } from '../../../src/adapters/arm/adapt.ts';
import { collectArmResources } from '../../../src/adapters/arm/collect-resources.ts';
import { stateOf } from '../../helpers/scan.ts';
import { asSaved, snapshotRoundTrip } from '../../helpers/snapshot.ts';

const SERVER = '/subscriptions/c4e8b2d7-6a1f-4e9b-8d3c-2f7a5b1e9d04/resourceGroups/rg-data/providers/Microsoft.DBforMySQL/flexibleServers/mysql-a';
const adapt = (document: unknown) => adaptArm(collectArmResources(document, 'doc.json', 'file:doc.json').resources).state.mysqlFlexibleServers;

describe('MySQL flexible server adapter', () => {
  it('reads a REST body and takes the documented backup defaults', () => {
    const [server] = adapt({ id: SERVER, type: 'Microsoft.DBforMySQL/flexibleServers', name: 'mysql-a', sku: { name: 'Standard_D2ds_v4', tier: 'GeneralPurpose' }, properties: { version: '8.0.21', network: { publicNetworkAccess: 'Enabled' }, privateEndpointConnections: [] } });
    expect(server).toMatchObject({ skuTier: 'GeneralPurpose', publicNetworkAccess: 'Enabled', privateEndpointIds: [], backup: { retentionDays: 7, geoRedundantBackup: 'Disabled' }, firewallRules: null, administrators: null, serverParameters: { requireSecureTransport: null, tlsVersion: null, aadAuthOnly: null } });
    expect(server!.provenance.defaulted).toEqual(['backup.retentionDays', 'backup.geoRedundantBackup']);
  });


  it('reads an az CLI list of server, firewall rules, administrators and parameters', () => {
    const [server] = adapt([
      { id: SERVER, type: 'Microsoft.DBforMySQL/flexibleServers', name: 'mysql-a', properties: { network: { delegatedSubnetResourceId: 'subnet', privateDnsZoneResourceId: 'zone' } } },
      { id: `${SERVER}/firewallRules/AllowAll`, type: 'Microsoft.DBforMySQL/flexibleServers/firewallRules', name: 'AllowAll', properties: { startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' } },
      { id: `${SERVER}/administrators/ActiveDirectory`, type: 'Microsoft.DBforMySQL/flexibleServers/administrators', name: 'ActiveDirectory', properties: { administratorType: 'ActiveDirectory', login: 'sg-db-admins' } },
      { id: `${SERVER}/configurations/tls_version`, type: 'Microsoft.DBforMySQL/flexibleServers/configurations', name: 'tls_version', properties: { value: 'TLSv1,TLSv1.2' } },
    ]);
    expect(server).toMatchObject({
      network: { delegatedSubnetResourceId: 'subnet', privateDnsZoneResourceId: 'zone' },
      firewallRules: [{ name: 'AllowAll', startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' }],
      administrators: [{ name: 'ActiveDirectory', login: 'sg-db-admins', type: 'ActiveDirectory' }],
      // only tls_version was exported: the others stay unknown
      serverParameters: { tlsVersion: 'TLSv1,TLSv1.2', requireSecureTransport: null, aadAuthOnly: null },
    });
  });

  it('never takes TLS parameters from defaults: a server with its children but no configurations, or a null value, is unknown for TLS', () => {
    const configuration = (name: string, value: unknown) => ({ type: 'Microsoft.DBforMySQL/flexibleServers/configurations', name, properties: { value } });
    const [bare] = adapt({ id: SERVER, type: 'Microsoft.DBforMySQL/flexibleServers', name: 'mysql-a', properties: {}, resources: [] });
    expect(bare!.serverParameters).toEqual({ requireSecureTransport: null, tlsVersion: null, aadAuthOnly: 'OFF' });
    const [nulled] = adapt({ id: SERVER, type: 'Microsoft.DBforMySQL/flexibleServers', name: 'mysql-a', properties: {}, resources: [configuration('require_secure_transport', null), configuration('tls_version', 'TLSv1.2')] });
    expect(nulled!.serverParameters).toMatchObject({ requireSecureTransport: null, tlsVersion: 'TLSv1.2' });
  });

  it('makes a firewall rule without its range unknown rather than empty', () => {
    const [server] = adapt([
      { id: SERVER, type: 'Microsoft.DBforMySQL/flexibleServers', name: 'mysql-a', properties: {} },
      { id: `${SERVER}/firewallRules/office`, type: 'Microsoft.DBforMySQL/flexibleServers/firewallRules', name: 'office' },
    ]);
    expect(server!.firewallRules).toBeNull();
  });

});

describe('MySQL flexible server adapter: an Azure PowerShell export', () => {
  const POWERSHELL_EXPORT = 'fixtures/inputs/platform-powershell-export.json';
  const byName = new Map(stateOf(POWERSHELL_EXPORT).mysqlFlexibleServers.map((s) => [s.name, s]));

  it('reads nested configurations; aad_auth_only takes its default only for a server that carries its children, TLS parameters never', () => {
    expect([...byName.keys()]).toEqual(['mysql-orders-prod', 'mysql-orders-archive', 'mysql-orders-scratch']);
    expect(byName.get('mysql-orders-prod')!.serverParameters).toEqual({ requireSecureTransport: 'ON', tlsVersion: 'TLSv1.2,TLSv1.3', aadAuthOnly: 'ON' });
    // Its children are there (a firewall rule) but no configuration: TLS was not read.
    expect(byName.get('mysql-orders-archive')!.serverParameters).toEqual({ requireSecureTransport: null, tlsVersion: null, aadAuthOnly: 'OFF' });
    expect(byName.get('mysql-orders-archive')!.firewallRules!.map((r) => r.name)).toEqual(['allow-batch']);
    expect(byName.get('mysql-orders-scratch')).toMatchObject({ serverParameters: { requireSecureTransport: null, tlsVersion: null, aadAuthOnly: null }, firewallRules: null });
  });

  it('saves the servers in a snapshot that reads back equal, tag values left out', () => {
    const state = stateOf(POWERSHELL_EXPORT);
    expect(snapshotRoundTrip(state).mysqlFlexibleServers).toEqual(asSaved(state.mysqlFlexibleServers));
  });
});
