import type { NetworkState, SubnetReference } from '../../state/network.ts';
import type { State } from '../../state/state.ts';
import { adaptApplicationGateways, adaptWafPolicies, APPLICATION_GATEWAY, WAF_POLICY } from './application-gateways.ts';
import type { ArmIndex } from './index-resources.ts';
import { adaptNatGateways, adaptPublicIpAddresses, adaptRouteTables, NAT_GATEWAY, PUBLIC_IP, ROUTE, ROUTE_TABLE, SCALE_SET_PUBLIC_IP } from './network-egress.ts';
import { adaptNetworkSecurityGroups, NETWORK_SECURITY_GROUP, SECURITY_RULE } from './network-nsgs.ts';
import { adaptVirtualNetworks, PEERING, SUBNET, VIRTUAL_NETWORK } from './network-vnets.ts';
import { adaptPrivateDnsZones, adaptPrivateEndpoints, PRIVATE_LINK_TYPES, virtualNetworkRef } from './private-link.ts';
import { idKey, nameOf } from './resource-id.ts';
import { adaptBastionHosts, adaptNetworkInterfaces, BASTION_HOST, NETWORK_INTERFACE } from './virtual-machines.ts';

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
  NETWORK_INTERFACE,
  BASTION_HOST,
  APPLICATION_GATEWAY,
  WAF_POLICY,
];

/** The networking around the clusters. Property names follow the Microsoft.Network 2026-01-01 REST API. */
export function adaptNetwork(index: ArmIndex): NetworkState {
  return {
    virtualNetworks: adaptVirtualNetworks(index),
    subnetReferences: [],
    networkSecurityGroups: adaptNetworkSecurityGroups(index),
    routeTables: adaptRouteTables(index),
    natGateways: adaptNatGateways(index),
    publicIpAddresses: adaptPublicIpAddresses(index),
    privateEndpoints: adaptPrivateEndpoints(index),
    privateDnsZones: adaptPrivateDnsZones(index),
    networkInterfaces: adaptNetworkInterfaces(index),
    bastionHosts: adaptBastionHosts(index),
    applicationGateways: adaptApplicationGateways(index),
    wafPolicies: adaptWafPolicies(index),
  };
}

/**
 * The state with `network.subnetReferences`: every subnet its resources name (node pools,
 * injected servers and caches; a private endpoint carries its VNet itself) that no VNet in it holds, placed in the VNet
 * its id names. Done once the whole state is adapted, as the references come from every family.
 */
export function withSubnetReferences(state: State): State {
  const read = new Set(state.network.virtualNetworks.flatMap((vnet) => vnet.subnets ?? []).map((subnet) => idKey(subnet.id)));
  const references = new Map<string, SubnetReference>();
  for (const id of namedSubnets(state)) {
    const key = idKey(id);
    const virtualNetwork = virtualNetworkRef(id);
    if (read.has(key) || references.has(key) || !virtualNetwork) continue;
    references.set(key, { id, name: nameOf(id), virtualNetwork });
  }
  return { ...state, network: { ...state.network, subnetReferences: [...references.values()] } };
}

function* namedSubnets(state: State): Iterable<string> {
  for (const cluster of state.clusters) for (const pool of cluster.agentPools ?? []) if (pool.vnetSubnetId) yield pool.vnetSubnetId;
  for (const server of [...state.postgresFlexibleServers, ...state.mysqlFlexibleServers]) if (server.network.delegatedSubnetResourceId) yield server.network.delegatedSubnetResourceId;
  for (const cache of state.redisCaches) if (cache.subnetId) yield cache.subnetId;
}
