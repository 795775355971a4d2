import { describe, expect, it } from 'vitest';
import { adaptArm } from '../../../src/adapters/arm/adapt.ts';
import { collectArmResources } from '../../../src/adapters/arm/collect-resources.ts';
import type { State } from '../../../src/state/state.ts';
import { exampleBody } from '../../helpers/fake-arm/routes-inventory.ts';
import { stateOf } from '../../helpers/scan.ts';
import { asSaved, snapshotRoundTrip } from '../../helpers/snapshot.ts';

const adapt = (...documents: unknown[]): State => adaptArm(documents.flatMap((d, i) => collectArmResources(d, `doc${i}.json`, `file:doc${i}.json`).resources)).state;

const SERVER = '/subscriptions/5f1c2a9e-3b7d-4c8e-a6f2-91d4e0b7c3a1/resourceGroups/rg-data/providers/Microsoft.DBforPostgreSQL/flexibleServers/psql-a';

describe('PostgreSQL adapter', () => {

  it('takes documented defaults for omitted properties of a complete body, and records them', () => {
    const [server] = adapt({ id: SERVER, type: 'Microsoft.DBforPostgreSQL/flexibleServers', name: 'psql-a', properties: { version: '16' } }).postgresFlexibleServers;
    expect(server).toMatchObject({ backup: { retentionDays: 7, geoRedundantBackup: 'Disabled' }, authConfig: { activeDirectoryAuth: null, passwordAuth: 'Enabled' }, publicNetworkAccess: null, privateEndpointIds: null });
    expect(server!.provenance.defaulted).toEqual(['backup.retentionDays', 'backup.geoRedundantBackup', 'authConfig.passwordAuth', 'highAvailabilityMode']);
  });

  it('leaves everything unknown for a fragment (a Resource Graph row without properties)', () => {
    const [server] = adapt({ data: [{ id: SERVER, type: 'microsoft.dbforpostgresql/flexibleservers', name: 'psql-a' }] }).postgresFlexibleServers;
    expect(server).toMatchObject({ backup: { retentionDays: null, geoRedundantBackup: null }, authConfig: { passwordAuth: null }, provenance: expect.objectContaining({ defaulted: [] }) });
  });

  it('reads network, private endpoints and server parameters from a Resource Graph row', () => {
    const [server] = adapt({
      data: [
        {
          id: SERVER, type: 'microsoft.dbforpostgresql/flexibleservers', name: 'psql-a',
          properties: {
            network: { publicNetworkAccess: 'Disabled', delegatedSubnetResourceId: `${SERVER}-subnet`, privateDnsZoneArmResourceId: 'zone' },
            privateEndpointConnections: [{ id: `${SERVER}/privateEndpointConnections/pe`, properties: { privateEndpoint: { id: '/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/privateEndpoints/pe-a' } } }],
          },
        },
        { id: `${SERVER}/configurations/require_secure_transport`, type: 'microsoft.dbforpostgresql/flexibleservers/configurations', name: 'require_secure_transport', properties: { value: 'off' } },
      ],
    }).postgresFlexibleServers;
    expect(server).toMatchObject({
      publicNetworkAccess: 'Disabled',
      network: { delegatedSubnetResourceId: `${SERVER}-subnet`, privateDnsZoneArmResourceId: 'zone' },
      privateEndpointIds: ['/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/privateEndpoints/pe-a'],
      serverParameters: { requireSecureTransport: 'off', sslMinProtocolVersion: null },
    });
  });

  it('reads TLS server parameters only from their configurations: never from defaults, and a null value is unknown', () => {
    const server = (resources: unknown[]) => adapt({ id: SERVER, type: 'Microsoft.DBforPostgreSQL/flexibleServers', name: 'psql-a', properties: {}, resources }).postgresFlexibleServers[0]!;
    const withChildren = server([]);
    // Children were carried (firewall rules and administrators are known to be none), but no configuration was.
    expect(withChildren.serverParameters).toEqual({ requireSecureTransport: null, sslMinProtocolVersion: null });
    expect(withChildren.provenance.defaulted).not.toContain('serverParameters.requireSecureTransport');
    expect(withChildren.firewallRules).toEqual([]);
    expect(withChildren.administrators).toEqual([]);
    const configuration = (name: string, value: unknown) => ({ type: 'Microsoft.DBforPostgreSQL/flexibleServers/configurations', name, properties: { value } });
    const stated = server([configuration('ssl_min_protocol_version', 'TLSv1.3'), configuration('require_secure_transport', null)]);
    expect(stated.serverParameters).toEqual({ requireSecureTransport: null, sslMinProtocolVersion: 'TLSv1.3' });
  });

});

describe('PostgreSQL adapter: REST bodies written for this repository, read as-is', () => {
  const SHOP_SERVER = '/subscriptions/6b1f0c3e-2d7a-4c59-8e14-93a0d5b7c2f1/resourceGroups/rg-contoso-shop/providers/Microsoft.DBforPostgreSQL/flexibleServers/psql-shop-orders';

  it('reads a Get body; its children not in the input are unknown, never none', () => {
    const [server] = adapt(exampleBody('postgresql/2025-08-01/ServersGet.json')).postgresFlexibleServers;
    expect(server).toMatchObject({
      name: 'psql-shop-orders',
      type: 'microsoft.dbforpostgresql/flexibleservers',
      version: '16',
      skuTier: 'GeneralPurpose',
      state: 'Ready',
      publicNetworkAccess: 'Enabled',
      privateEndpointIds: [],
      backup: { retentionDays: 7, geoRedundantBackup: 'Enabled' },
      authConfig: { activeDirectoryAuth: 'Disabled', passwordAuth: 'Enabled' },
      highAvailabilityMode: 'Disabled',
      firewallRules: null,
      administrators: null,
      diagnosticSettings: null,
      serverParameters: { requireSecureTransport: null, sslMinProtocolVersion: null },
      provenance: expect.objectContaining({ defaulted: [] }),
    });
  });

  it('attaches a firewall rule list to its server; one configuration that is not a TLS parameter leaves TLS unknown', () => {
    const [server] = adapt(exampleBody('postgresql/2025-08-01/ServersGet.json'), exampleBody('postgresql/2025-08-01/FirewallRulesListByServer.json'), exampleBody('postgresql/2025-08-01/ConfigurationsGet.json')).postgresFlexibleServers;
    expect(server!.firewallRules).toEqual([
      { id: `${SHOP_SERVER}/firewallRules/allow-everything`, name: 'allow-everything', startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' },
      { id: `${SHOP_SERVER}/firewallRules/partner-range`, name: 'partner-range', startIpAddress: '1.0.0.0', endIpAddress: '255.0.0.0' },
    ]);
    expect(server!.serverParameters).toEqual({ requireSecureTransport: null, sslMinProtocolVersion: null });
  });

  it('reads the configurations and administrators lists of a server', () => {
    const [server] = adapt(exampleBody('postgresql/2025-08-01/ServersGet.json'), exampleBody('postgresql/2025-08-01/ConfigurationsListByServer.json'), exampleBody('postgresql/2025-08-01/AdministratorsListByServer.json')).postgresFlexibleServers;
    expect(server!.serverParameters).toEqual({ requireSecureTransport: 'off', sslMinProtocolVersion: 'TLSv1.2' });
    expect(server!.administrators).toEqual([
      { id: `${SHOP_SERVER}/administrators/4a8c2e6f-1b3d-4f57-9e0a-6c8e0a2c4e61`, name: '4a8c2e6f-1b3d-4f57-9e0a-6c8e0a2c4e61', login: 'pg-shop-admins', type: 'Group' },
    ]);
  });
});

describe('PostgreSQL adapter: an Azure PowerShell export (Properties, Sku casing, children nested without ids)', () => {
  const POWERSHELL_EXPORT = 'fixtures/inputs/platform-powershell-export.json';
  const byName = new Map(stateOf(POWERSHELL_EXPORT).postgresFlexibleServers.map((s) => [s.name, s]));

  it('reads nested configurations, firewall rules and administrators as the server\'s', () => {
    expect([...byName.keys()]).toEqual(['psql-orders-prod', 'psql-orders-reporting']);
    const prod = byName.get('psql-orders-prod')!;
    expect(prod).toMatchObject({
      skuTier: 'GeneralPurpose', publicNetworkAccess: 'Disabled', highAvailabilityMode: 'ZoneRedundant',
      backup: { retentionDays: 35, geoRedundantBackup: 'Enabled' },
      authConfig: { activeDirectoryAuth: 'Enabled', passwordAuth: 'Disabled' },
      serverParameters: { requireSecureTransport: 'on', sslMinProtocolVersion: 'TLSv1.3' },
      diagnosticSettings: [],
    });
    expect(prod.firewallRules!.map((r) => [r.name, r.startIpAddress, r.endIpAddress])).toEqual([['allow-office', '198.51.100.10', '198.51.100.20']]);
    expect(prod.administrators!.map((a) => [a.login, a.type])).toEqual([['pg-orders-admins', 'Group']]);
  });

  it('leaves the children of a server exported without them unknown', () => {
    expect(byName.get('psql-orders-reporting')).toMatchObject({
      skuTier: 'Burstable', backup: { geoRedundantBackup: 'Disabled' },
      firewallRules: null, administrators: null, diagnosticSettings: null, serverParameters: { requireSecureTransport: null, sslMinProtocolVersion: null },
    });
  });

  it('saves the servers in a snapshot that reads back equal, tag values left out', () => {
    const state = stateOf(POWERSHELL_EXPORT);
    expect(snapshotRoundTrip(state).postgresFlexibleServers).toEqual(asSaved(state.postgresFlexibleServers));
  });
});
