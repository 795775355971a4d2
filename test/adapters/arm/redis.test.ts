import { describe, expect, it } from 'vitest';
import { inputFile } from '../../helpers/input-file.ts';
import { stateOf } from '../../helpers/scan.ts';

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
    expect(complete.defaulted).toEqual(expect.arrayContaining(['enableNonSslPort', 'publicNetworkAccess', 'disableAccessKeyAuthentication', 'privateEndpointIds', 'vnetInjected', 'entraAuthEnabled']));
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
