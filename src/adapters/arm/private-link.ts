import type { PrivateDnsZone, PrivateEndpoint } from '../../state/network.ts';
import type { ArmIndex } from './index-resources.ts';

/** ARM types this adapter reads. */
export const PRIVATE_LINK_TYPES: readonly string[] = [];

/** Placeholder until the adapter lands. */
export function adaptPrivateEndpoints(_index: ArmIndex): PrivateEndpoint[] {
  return [];
}

/** Placeholder until the adapter lands. */
export function adaptPrivateDnsZones(_index: ArmIndex): PrivateDnsZone[] {
  return [];
}
