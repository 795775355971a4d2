import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inputFile } from '../../../helpers/input-file.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { CONFORMANCE } from '../../inputs.ts';

const REST = `${CONFORMANCE}/azure-rest`;

function body(file: string): unknown {
  return (JSON.parse(readFileSync(`${REST}/${file}`, 'utf8')) as { responses: { '200': { body: unknown } } }).responses['200'].body;
}

describe('private link adapter', () => {
  it('reads the REST PrivateEndpoints_Get example as-is; zone groups are unknown without its children', () => {
    const [pe] = stateOf(inputFile(body('network/2026-03-01/PrivateEndpointGet.json'))).network.privateEndpoints;
    expect(pe).toMatchObject({
      name: 'testPe',
      subnetId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg1/providers/Microsoft.Network/virtualNetworks/myVnet/subnets/mySubnet',
      connections: [{ targetId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg1/providers/Microsoft.Network/privateLinkServices/testPls', groupIds: ['groupIdFromResource'], status: 'Approved' }],
      privateDnsZoneIds: null,
      provenance: expect.objectContaining({ defaulted: [] }),
    });
  });

  it('reads a zone whose body says it has no links as known-empty, and a zone with its link body as linked', () => {
    const zone = body('privatedns/2024-06-01/PrivateZoneGet.json');
    expect(stateOf(inputFile(zone)).network.privateDnsZones[0]).toMatchObject({ name: 'privatezone1.com', virtualNetworkLinks: [] });
    const link = body('privatedns/2024-06-01/VirtualNetworkLinkGet.json');
    const [withLink] = stateOf(inputFile([zone, link])).network.privateDnsZones;
    expect(withLink?.virtualNetworkLinks).toEqual([
      {
        name: 'virtualNetworkLink1',
        virtualNetwork: { id: '/subscriptions/virtualNetworkSubscriptionId/resourceGroups/virtualNetworkResourceGroup/providers/Microsoft.Network/virtualNetworks/virtualNetworkName', name: 'virtualNetworkName' },
        registrationEnabled: false,
      },
    ]);
  });
});
