import type { NetworkState } from '../../state/network.ts';
import type { ArmIndex } from './index-resources.ts';
import { adaptPrivateDnsZones, adaptPrivateEndpoints, PRIVATE_LINK_TYPES } from './private-link.ts';

/** ARM types this adapter reads. */
export const NETWORK_TYPES: readonly string[] = [...PRIVATE_LINK_TYPES];

/** Placeholder (virtual networks to public IPs) until the adapter lands; private link is read by private-link.ts. */
export function adaptNetwork(index: ArmIndex): NetworkState {
  return {
    virtualNetworks: [],
    networkSecurityGroups: [],
    routeTables: [],
    natGateways: [],
    publicIpAddresses: [],
    privateEndpoints: adaptPrivateEndpoints(index),
    privateDnsZones: adaptPrivateDnsZones(index),
  };
}
