import { describe, expect, it } from 'vitest';
import { inputFile } from '../../helpers/input-file.ts';
import { stateOf } from '../../helpers/scan.ts';
import { exampleBody } from '../../helpers/fake-arm/routes-inventory.ts';
import { asSaved, snapshotRoundTrip } from '../../helpers/snapshot.ts';

const SUB = '5f1c2a9e-3b7d-4c8e-a6f2-91d4e0b7c3a1';
const ID = `/subscriptions/${SUB}/resourceGroups/rg-data/providers/Microsoft.Cache/Redis/redis-orders`;
const body = (properties: Record<string, unknown>) => ({ id: ID, name: 'redis-orders', type: 'Microsoft.Cache/Redis', location: 'westeurope', properties });
const cacheOf = (document: unknown) => {
  const { redisCaches } = stateOf(inputFile(document));
  expect(redisCaches).toHaveLength(1);
  return redisCaches[0]!;
};

describe('ARM adapter: Azure Cache for Redis', () => {

  it('records documented defaults for a complete body and leaves them unknown for a fragment', () => {
    const complete = cacheOf(body({ sku: { name: 'Standard' } }));
    expect(complete).toMatchObject({ enableNonSslPort: false, publicNetworkAccess: 'Enabled', disableAccessKeyAuthentication: false, privateEndpointIds: [], vnetInjected: false, minimumTlsVersion: null });
    expect(complete.provenance.defaulted).toEqual(expect.arrayContaining(['enableNonSslPort', 'publicNetworkAccess', 'disableAccessKeyAuthentication', 'privateEndpointIds', 'vnetInjected', 'entraAuthEnabled']));
    const fragment = cacheOf({ id: ID, type: 'Microsoft.Cache/Redis' });
    expect(fragment).toMatchObject({ enableNonSslPort: null, publicNetworkAccess: null, disableAccessKeyAuthentication: null, privateEndpointIds: null, vnetInjected: null, entraAuthEnabled: null });
  });

  it('reads VNet injection, Entra authentication and access-key settings', () => {
    const subnetId = `/subscriptions/${SUB}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/snet-redis`;
    expect(cacheOf(body({ subnetId, redisConfiguration: { 'aad-enabled': 'True' }, disableAccessKeyAuthentication: true, minimumTlsVersion: '1.2' }))).toMatchObject({
      subnetId,
      vnetInjected: true,
      entraAuthEnabled: true,
      disableAccessKeyAuthentication: true,
      minimumTlsVersion: '1.2',
    });
  });

  it('takes a Resource Graph row and separate private endpoint connection resources', () => {
    const pe = `/subscriptions/${SUB}/resourceGroups/rg-net/providers/Microsoft.Network/privateEndpoints/pe-redis`;
    const { redisCaches } = stateOf(
      inputFile({ count: 1, data: [{ ...body({ publicNetworkAccess: 'Disabled' }), subscriptionId: SUB, resourceGroup: 'rg-data' }] }),
      inputFile([{ id: `${ID}/privateEndpointConnections/pec1`, type: 'Microsoft.Cache/Redis/privateEndpointConnections', properties: { privateEndpoint: { id: pe } } }], 'pec.json'),
    );
    expect(redisCaches[0]).toMatchObject({ publicNetworkAccess: 'Disabled', privateEndpointIds: [pe] });
  });

});

describe('ARM adapter: Azure Cache for Redis, inputs written for this repository', () => {
  const POWERSHELL_EXPORT = 'fixtures/inputs/platform-powershell-export.json';

  it('reads a 2024-11-01 Get body as-is', () => {
    expect(cacheOf(exampleBody('redis/2024-11-01/RedisCacheGet.json'))).toMatchObject({
      name: 'redis-shop-sessions',
      type: 'microsoft.cache/redis',
      skuName: 'Premium',
      enableNonSslPort: true,
      publicNetworkAccess: 'Enabled',
      privateEndpointIds: ['/subscriptions/6b1f0c3e-2d7a-4c59-8e14-93a0d5b7c2f1/resourceGroups/rg-contoso-shop/providers/Microsoft.Network/privateEndpoints/pe-redis-sessions'],
      // Omitted by the body: the documented defaults apply, except for the TLS minimum, which has none.
      minimumTlsVersion: null,
      disableAccessKeyAuthentication: false,
      entraAuthEnabled: false,
      vnetInjected: false,
      diagnosticSettings: null,
      provenance: expect.objectContaining({ defaulted: ['disableAccessKeyAuthentication', 'entraAuthEnabled', 'vnetInjected'] }),
    });
  });

  it('reads an Azure PowerShell export, string booleans and nested firewall rules included', () => {
    const caches = new Map(stateOf(POWERSHELL_EXPORT).redisCaches.map((c) => [c.name, c]));
    expect([...caches.keys()]).toEqual(['redis-orders-sessions', 'redis-orders-cache-legacy']);
    expect(caches.get('redis-orders-sessions')).toMatchObject({
      skuName: 'Premium', enableNonSslPort: false, minimumTlsVersion: '1.2', publicNetworkAccess: 'Disabled',
      disableAccessKeyAuthentication: true, entraAuthEnabled: true, diagnosticSettings: [],
    });
    expect(caches.get('redis-orders-cache-legacy')).toMatchObject({ skuName: 'Standard', enableNonSslPort: true, minimumTlsVersion: '1.0', entraAuthEnabled: false, diagnosticSettings: null });
  });

  it('saves the caches in a snapshot that reads back equal, tag values left out', () => {
    const state = stateOf(POWERSHELL_EXPORT);
    expect(snapshotRoundTrip(state).redisCaches).toEqual(asSaved(state.redisCaches));
  });
});
