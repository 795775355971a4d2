import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshot } from '../../../src/collectors/files/snapshot-file.ts';
import { runMain, workDir } from '../../cli/run-main.ts';
import { inputFile } from '../../helpers/input-file.ts';
import { stateOf } from '../../helpers/scan.ts';
import { exampleBody } from '../../helpers/fake-arm/routes-inventory.ts';

const DEMO = 'fixtures/demo/platform/private-link.json';
const PROD = '/subscriptions/5f1c2a9e-3b7d-4c8e-a6f2-91d4e0b7c3a1';
const DNS = `${PROD}/resourceGroups/rg-connectivity-dns/providers/Microsoft.Network/privateDnsZones`;

describe('private link adapter', () => {

  it('reads the demo PowerShell export: nested zone groups and links are known, an endpoint without a zone group has none', () => {
    const { privateEndpoints, privateDnsZones } = stateOf(DEMO).network;
    expect(privateEndpoints.map((e) => [e.name, e.connections?.map((c) => `${c.groupIds.join()}:${c.status}`), e.privateDnsZoneIds])).toEqual([
      ['pe-kv-saas-prod-weu', ['vault:Approved'], [`${DNS}/privatelink.vaultcore.azure.net`]],
      ['pe-psql-saas-prod-weu', ['postgresqlServer:Approved'], [`${DNS}/privatelink.postgres.database.azure.com`]],
      ['pe-redis-saas-prod-weu', ['redisCache:Approved'], [`${DNS}/privatelink.redis.cache.windows.net`]],
      ['pe-sql-saas-prod-weu', ['sqlServer:Approved'], [`${DNS}/privatelink.database.windows.net`]],
      ['pe-acrsaasprod', ['registry:Approved'], [`${DNS}/privatelink.azurecr.io`]],
      ['pe-stsaasprodweuaudit-blob', ['blob:Pending'], []],
    ]);
    const redis = privateDnsZones.find((z) => z.name === 'privatelink.redis.cache.windows.net');
    expect(redis?.virtualNetworkLinks?.map((l) => l.name)).toEqual(['link-vnet-saas-legacy-weu']);
    expect(privateDnsZones.find((z) => z.name === 'privatelink.vaultcore.azure.net')?.virtualNetworkLinks?.map((l) => l.name)).toEqual(['link-vnet-hub-weu', 'link-vnet-saas-prod-weu-spoke']);
  });

  it('reads Resource Graph rows: links are unknown while fewer than the zone counts are present, zone groups attach by id', () => {
    const pe = `${PROD}/resourceGroups/rg-app/providers/Microsoft.Network/privateEndpoints/pe-kv`;
    const zone = `${DNS}/privatelink.vaultcore.azure.net`;
    const rows = {
      count: 4,
      data: [
        // az CLI prints connections flattened, without a `properties` level.
        { id: pe, type: 'microsoft.network/privateendpoints', name: 'pe-kv', properties: { subnet: { id: `${PROD}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/pe` }, manualPrivateLinkServiceConnections: [{ privateLinkServiceId: `${PROD}/resourceGroups/rg-app/providers/Microsoft.KeyVault/vaults/kv`, groupIds: ['vault'], privateLinkServiceConnectionState: { status: 'Pending' } }] } },
        { id: `${pe}/privateDnsZoneGroups/default`, type: 'microsoft.network/privateendpoints/privatednszonegroups', name: 'default', properties: { privateDnsZoneConfigs: [{ name: 'kv', properties: { privateDnsZoneId: zone } }] } },
        { id: zone, type: 'microsoft.network/privatednszones', name: 'privatelink.vaultcore.azure.net', properties: { numberOfVirtualNetworkLinks: 2 } },
        { id: `${zone}/virtualNetworkLinks/hub`, type: 'microsoft.network/privatednszones/virtualnetworklinks', name: 'hub', properties: { virtualNetwork: { id: 'vnet-hub' } } },
      ],
    };
    const { privateEndpoints, privateDnsZones } = stateOf(inputFile(rows)).network;
    expect(privateEndpoints[0]).toMatchObject({ connections: [{ groupIds: ['vault'], status: 'Pending' }], privateDnsZoneIds: [zone] });
    expect(privateDnsZones[0]?.virtualNetworkLinks).toBeNull();
  });

  it('leaves everything unknown in a fragment without properties', () => {
    const [pe] = stateOf(inputFile({ id: `${PROD}/resourceGroups/rg/providers/Microsoft.Network/privateEndpoints/pe`, type: 'Microsoft.Network/privateEndpoints' })).network.privateEndpoints;
    expect(pe).toMatchObject({ subnetId: null, connections: null, privateDnsZoneIds: null });
  });

  it('saves private endpoints and zones in a snapshot that reads back', async () => {
    const dir = workDir();
    const file = join(dir, 'snapshot.json');
    expect((await runMain('scan', '--input', DEMO, '--format', 'json', '--out', join(dir, 'r'), '--save-snapshot', file, '--quiet', '--fail-on', 'none')).stderr).toEqual([]);
    const { network } = readSnapshot(file).state;
    expect(network.privateEndpoints).toHaveLength(6);
    expect(network.privateDnsZones.map((z) => z.virtualNetworkLinks?.length)).toEqual([2, 2, 1, 2, 2, 2]);
    expect((await runMain('scan', '--snapshot', file, '--format', 'json', '--out', join(dir, 'again'), '--quiet', '--fail-on', 'none')).code).toBe(0);
  });
});

describe('private link adapter: REST bodies written for this repository, read as-is', () => {
  const SHOP_NET = '/subscriptions/6b1f0c3e-2d7a-4c59-8e14-93a0d5b7c2f1/resourceGroups/rg-contoso-shop/providers/Microsoft.Network';

  it('reads a private endpoint; its zone groups are unknown without its children', () => {
    const [pe] = stateOf(inputFile(exampleBody('network/2026-03-01/PrivateEndpointGet.json'))).network.privateEndpoints;
    expect(pe).toMatchObject({
      name: 'pe-kv-shop',
      subnetId: `${SHOP_NET}/virtualNetworks/vnet-shop/subnets/snet-endpoints`,
      connections: [{ targetId: '/subscriptions/6b1f0c3e-2d7a-4c59-8e14-93a0d5b7c2f1/resourceGroups/rg-contoso-shop/providers/Microsoft.KeyVault/vaults/kv-shop-secrets', groupIds: ['vault'], status: 'Approved' }],
      privateDnsZoneIds: null,
      provenance: expect.objectContaining({ defaulted: [] }),
    });
  });

  it('reads a zone whose body says it has no links as known-empty, and a zone with its link body as linked', () => {
    const zone = exampleBody('privatedns/2024-06-01/PrivateZoneGet.json');
    expect(stateOf(inputFile(zone)).network.privateDnsZones).toEqual([expect.objectContaining({ name: 'privatelink.vaultcore.azure.net', virtualNetworkLinks: [] })]);
    const link = exampleBody('privatedns/2024-06-01/VirtualNetworkLinkGet.json');
    const [withLink] = stateOf(inputFile([zone, link])).network.privateDnsZones;
    expect(withLink?.virtualNetworkLinks).toEqual([{ name: 'link-vnet-shop', virtualNetwork: { id: `${SHOP_NET}/virtualNetworks/vnet-shop`, name: 'vnet-shop' }, registrationEnabled: false }]);
  });
});
