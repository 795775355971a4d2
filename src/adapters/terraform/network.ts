import type { NetworkState } from '../../state/network.ts';
import { adaptApplicationGateways, adaptWafPolicies, APPLICATION_GATEWAY_TYPES } from './application-gateways.ts';
import type { TfIndex } from './index-resources.ts';
import { adaptNatGateways, adaptPublicIpAddresses, adaptRouteTables, EGRESS_TYPES } from './network-egress.ts';
import { adaptNetworkSecurityGroups, NSG_TYPES } from './network-nsgs.ts';
import { adaptVirtualNetworks, subnetPlacement, VNET_TYPES } from './network-vnets.ts';
import { adaptPrivateDnsZones, adaptPrivateEndpoints, PRIVATE_LINK_TYPES } from './private-link.ts';
import { adaptBastionHosts, adaptNetworkInterfaces, VIRTUAL_MACHINE_TYPES } from './virtual-machines.ts';

/** azurerm types the network adapter reads. */
export const NETWORK_TYPES = [...VNET_TYPES, ...NSG_TYPES, ...EGRESS_TYPES, ...PRIVATE_LINK_TYPES, ...VIRTUAL_MACHINE_TYPES, ...APPLICATION_GATEWAY_TYPES];

/** The networking around the clusters; subnets the configuration names but does not hold are placed once every family is adapted (`withSubnetReferences`). */
export function adaptNetwork(index: TfIndex): NetworkState {
  const virtualNetworks = adaptVirtualNetworks(index);
  return {
    virtualNetworks,
    subnetReferences: [],
    networkSecurityGroups: adaptNetworkSecurityGroups(index),
    routeTables: adaptRouteTables(index),
    natGateways: adaptNatGateways(index),
    publicIpAddresses: adaptPublicIpAddresses(index),
    privateEndpoints: adaptPrivateEndpoints(index, subnetPlacement(virtualNetworks)),
    privateDnsZones: adaptPrivateDnsZones(index),
    networkInterfaces: adaptNetworkInterfaces(index),
    bastionHosts: adaptBastionHosts(index, subnetPlacement(virtualNetworks)),
    applicationGateways: adaptApplicationGateways(index),
    wafPolicies: adaptWafPolicies(index),
  };
}
