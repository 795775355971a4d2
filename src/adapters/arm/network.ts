import type { NetworkState } from '../../state/network.ts';
import type { ArmIndex } from './index-resources.ts';

/** ARM types this adapter reads. */
export const NETWORK_TYPES: readonly string[] = [];

/** Placeholder until the adapter lands. */
export function adaptNetwork(_index: ArmIndex): NetworkState {
  return { virtualNetworks: [], networkSecurityGroups: [], routeTables: [], natGateways: [], publicIpAddresses: [], privateEndpoints: [], privateDnsZones: [] };
}
