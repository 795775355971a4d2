import type { NetworkState } from '../../state/network.ts';
import type { TfIndex } from './index-resources.ts';
import { adaptNatGateways, adaptPublicIpAddresses, adaptRouteTables, EGRESS_TYPES } from './network-egress.ts';
import { adaptNetworkSecurityGroups, NSG_TYPES } from './network-nsgs.ts';
import { adaptVirtualNetworks, subnetPlacement, VNET_TYPES } from './network-vnets.ts';
import { adaptPrivateDnsZones, adaptPrivateEndpoints, PRIVATE_LINK_TYPES } from './private-link.ts';

/** azurerm types the network adapter reads. */
export const NETWORK_TYPES = [...VNET_TYPES, ...NSG_TYPES, ...EGRESS_TYPES, ...PRIVATE_LINK_TYPES];

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
    networkInterfaces: [],
    bastionHosts: [],
    applicationGateways: [],
    wafPolicies: [],
  };
}
