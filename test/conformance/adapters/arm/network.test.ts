import { describe, expect, it } from 'vitest';
import { adaptArm } from '../../../../src/adapters/arm/adapt.ts';
import { collectArmResources } from '../../../../src/adapters/arm/collect-resources.ts';
import type { NetworkState } from '../../../../src/state/network.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { CONFORMANCE, peerRestBody } from '../../inputs.ts';


const networkOf = (...docs: unknown[]): NetworkState => {
  const resources = docs.flatMap((doc, i) => collectArmResources(doc, `in-${i}.json`, `file:in-${i}.json`).resources);
  return adaptArm(resources).state.network;
};

describe('network adapter', () => {
  describe('REST examples, read as-is', () => {
    it('reads a virtual network: its inline subnet has no NSG, route table or NAT gateway (the API default), and no peerings', () => {
      const [v] = networkOf(peerRestBody('network/2026-03-01/VirtualNetworkGet.json')).virtualNetworks;
      expect(v).toMatchObject({ name: 'test-vnet', addressPrefixes: ['10.0.0.0/16'], peerings: [] });
      expect(v!.subnets).toEqual([
        expect.objectContaining({
          id: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg1/providers/Microsoft.Network/virtualNetworks/test-vnet/subnets/subnet1',
          name: 'subnet1',
          parent: expect.objectContaining({ id: v!.id }),
          addressPrefixes: ['10.0.1.0/24'],
          networkSecurityGroupId: false,
          routeTableId: false,
          natGatewayId: false,
          delegations: [],
        }),
      ]);
      expect(v!.subnets![0]!.provenance).toMatchObject({ at: 'properties.subnets[0]', defaulted: expect.arrayContaining(['networkSecurityGroupId', 'routeTableId']) });
    });

    it('reads a network security group: user rules only, source and port fields merged', () => {
      const [n] = networkOf(peerRestBody('network/2026-01-01/NetworkSecurityGroupGet.json')).networkSecurityGroups;
      expect(n!.securityRules).toEqual([
        {
          name: 'rule1',
          direction: 'Inbound',
          access: 'Allow',
          protocol: '*',
          priority: 130,
          sourceAddressPrefixes: ['*'],
          sourceApplicationSecurityGroups: false,
          destinationAddressPrefixes: ['*'],
          destinationApplicationSecurityGroups: false,
          destinationPortRanges: ['80'],
          path: 'properties.securityRules[0]',
        },
      ]);
      // The example lists no associations; ARM omits empty arrays from a deployed resource.
      expect(n).toMatchObject({ subnetIds: [], networkInterfaceIds: [] });
    });

    it('reads a NAT gateway and a public IP attached to a network interface', () => {
      const network = networkOf(peerRestBody('network/2026-01-01/NatGatewayGet.json'), peerRestBody('network/2026-01-01/PublicIpAddressGet.json'));
      expect(network.natGateways[0]).toMatchObject({ subnetIds: [expect.stringMatching(/test-vnet\/subnets\/subnet1$/)], publicIpAddressIds: [expect.stringMatching(/PublicIpAddress1$/)] });
      expect(network.publicIpAddresses[0]).toMatchObject({ ipAddress: null, ipConfigurationId: expect.stringMatching(/networkInterfaces\/testDNS649\/ipConfigurations\/ipconfig1$/), attached: true });
    });
  });

  it('reads the PSRule conformance input without error, children included', () => {
    const network = stateOf(`${CONFORMANCE}/psrule/Resources.VirtualNetwork.json`).network;
    expect(network.networkSecurityGroups.map((n) => n.name)).toEqual(['nsg-A', 'nsg-B', 'nsg-C', 'nsg-D', 'nsg-E']);
    const byName = new Map(network.virtualNetworks.map((v) => [v.name, v]));
    // vnet-E has no inline subnets: all five come from nested child resources.
    expect(byName.get('vnet-E')!.subnets!.map((s) => [s.name, s.networkSecurityGroupId === false ? 'none' : 'nsg'])).toEqual([
      ['AzureBastionSubnet', 'nsg'],
      ['GatewaySubnet', 'nsg'],
      ['AzureFirewallSubnet', 'none'],
      ['subnet-A', 'nsg'],
      ['subnet-B', 'none'],
    ]);
    expect(byName.get('vnet-F')!.subnets).toEqual([]);
    expect(network.routeTables[0]).toMatchObject({ name: 'route-A', routes: [], subnetIds: [expect.stringMatching(/subnet-A$/), expect.stringMatching(/subnet-B$/)] });
  });
});
