import type { NetworkState } from '../../state/network.ts';
import type { ArmIndex } from './index-resources.ts';
import { adaptNatGateways, adaptPublicIpAddresses, adaptRouteTables, NAT_GATEWAY, PUBLIC_IP, ROUTE, ROUTE_TABLE, SCALE_SET_PUBLIC_IP } from './network-egress.ts';
import { adaptNetworkSecurityGroups, NETWORK_SECURITY_GROUP, SECURITY_RULE } from './network-nsgs.ts';
import { adaptVirtualNetworks, PEERING, SUBNET, VIRTUAL_NETWORK } from './network-vnets.ts';
import { adaptPrivateDnsZones, adaptPrivateEndpoints, PRIVATE_LINK_TYPES } from './private-link.ts';

/** ARM types this adapter reads. */
export const NETWORK_TYPES: readonly string[] = [
  VIRTUAL_NETWORK,
  SUBNET,
  PEERING,
  NETWORK_SECURITY_GROUP,
  SECURITY_RULE,
  ROUTE_TABLE,
  ROUTE,
  NAT_GATEWAY,
  PUBLIC_IP,
  SCALE_SET_PUBLIC_IP,
  ...PRIVATE_LINK_TYPES,
];

/** The networking around the clusters. Property names follow the Microsoft.Network 2026-01-01 REST API. */
export function adaptNetwork(index: ArmIndex): NetworkState {
  return {
    virtualNetworks: adaptVirtualNetworks(index),
    networkSecurityGroups: adaptNetworkSecurityGroups(index),
    routeTables: adaptRouteTables(index),
    natGateways: adaptNatGateways(index),
    publicIpAddresses: adaptPublicIpAddresses(index),
    privateEndpoints: adaptPrivateEndpoints(index),
    privateDnsZones: adaptPrivateDnsZones(index),
  };
}
