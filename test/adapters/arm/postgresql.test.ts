import { describe, expect, it } from 'vitest';
import { adaptArm } from '../../../src/adapters/arm/adapt.ts';
import { collectArmResources } from '../../../src/adapters/arm/collect-resources.ts';
import type { State } from '../../../src/state/state.ts';

const adapt = (...documents: unknown[]): State => adaptArm(documents.flatMap((d, i) => collectArmResources(d, `doc${i}.json`, `file:doc${i}.json`).resources)).state;

const SERVER = '/subscriptions/5f1c2a9e-3b7d-4c8e-a6f2-91d4e0b7c3a1/resourceGroups/rg-data/providers/Microsoft.DBforPostgreSQL/flexibleServers/psql-a';

describe('PostgreSQL adapter', () => {

  it('takes documented defaults for omitted properties of a complete body, and records them', () => {
    const [server] = adapt({ id: SERVER, type: 'Microsoft.DBforPostgreSQL/flexibleServers', name: 'psql-a', properties: { version: '16' } }).postgresFlexibleServers;
    expect(server).toMatchObject({ backup: { retentionDays: 7, geoRedundantBackup: 'Disabled' }, authConfig: { activeDirectoryAuth: null, passwordAuth: 'Enabled' }, publicNetworkAccess: null, privateEndpointIds: null });
    expect(server!.defaulted).toEqual(['backup.retentionDays', 'backup.geoRedundantBackup', 'authConfig.passwordAuth', 'highAvailabilityMode']);
  });

  it('leaves everything unknown for a fragment (a Resource Graph row without properties)', () => {
    const [server] = adapt({ data: [{ id: SERVER, type: 'microsoft.dbforpostgresql/flexibleservers', name: 'psql-a' }] }).postgresFlexibleServers;
    expect(server).toMatchObject({ backup: { retentionDays: null, geoRedundantBackup: null }, authConfig: { passwordAuth: null }, defaulted: [] });
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
    expect(withChildren.defaulted).not.toContain('serverParameters.requireSecureTransport');
    expect(withChildren.firewallRules).toEqual([]);
    expect(withChildren.administrators).toEqual([]);
    const configuration = (name: string, value: unknown) => ({ type: 'Microsoft.DBforPostgreSQL/flexibleServers/configurations', name, properties: { value } });
    const stated = server([configuration('ssl_min_protocol_version', 'TLSv1.3'), configuration('require_secure_transport', null)]);
    expect(stated.serverParameters).toEqual({ requireSecureTransport: null, sslMinProtocolVersion: 'TLSv1.3' });
  });

});
