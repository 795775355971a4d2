import type { NamedRef, PrivateDnsZone, PrivateEndpoint, VirtualNetwork } from '../../src/state/network.ts';
import type { PrivateLinkTarget } from '../../src/state/platform.ts';
import { ENDPOINT_PATHS, ZONE_PATHS } from '../../src/adapters/arm/private-link.ts';
import { resource, SUB } from './state.ts';

const VNETS = `/subscriptions/${SUB}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks`;

/** The VNet of `pool()`'s default subnet: the test cluster's VNet. */
export const CLUSTER_VNET = `${VNETS}/vnet-prod`;
export const HUB_VNET = `/subscriptions/${SUB}/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub`;
export const OTHER_VNET = `${VNETS}/vnet-other`;

export function subnetIn(vnet: string, name = 'snet-private-endpoints'): string {
  return `${vnet}/subnets/${name}`;
}

export function zoneId(name: string): string {
  return resource('Microsoft.Network/privateDnsZones', name, 'rg-dns').id;
}

/**
 * An approved private endpoint to `target` in the cluster's VNet, registered by its zone group
 * in `zone` (`privatelink.vaultcore.azure.net` unless told). Its id matches the builders' own
 * `privateEndpointIds` (`rg-net/…/pe-<target>`).
 */
export function privateEndpoint(target: PrivateLinkTarget, options: { zone?: string; groupId?: string; status?: string | null } & Partial<PrivateEndpoint> = {}): PrivateEndpoint {
  const { zone = 'privatelink.vaultcore.azure.net', groupId = 'vault', status = 'Approved', ...overrides } = options;
  return {
    ...resource('Microsoft.Network/privateEndpoints', `pe-${target.name}`, 'rg-net'),
    provenance: { paths: ENDPOINT_PATHS, defaulted: [] },
    subnetId: subnetIn(CLUSTER_VNET),
    virtualNetwork: named(options.subnetId === undefined ? CLUSTER_VNET : options.subnetId?.replace(/\/subnets\/[^/]+$/, '')),
    connections: [{ targetId: target.id, groupIds: [groupId], status }],
    privateDnsZoneIds: [zoneId(zone)],
    ...overrides,
  };
}

/** A private DNS zone in `rg-dns` linked to these VNets; null links: the input did not carry them. */
export function privateDnsZone(name: string, linkedVnets: string[] | null = [CLUSTER_VNET]): PrivateDnsZone {
  return {
    ...resource('Microsoft.Network/privateDnsZones', name, 'rg-dns'),
    provenance: { paths: ZONE_PATHS, defaulted: [] },
    virtualNetworkLinks: linkedVnets?.map((v, i) => ({ name: `link-${i}`, virtualNetwork: named(v), registrationEnabled: false })) ?? null,
  };
}

/** A VNet with these peerings (`[remote VNet id, peeringState]`); null peerings: not in the input. */
export function virtualNetwork(id: string, peerings: [string, string | null][] | null): VirtualNetwork {
  const name = id.slice(id.lastIndexOf('/') + 1);
  const rg = /resourceGroups\/([^/]+)/.exec(id)?.[1] ?? 'rg-net';
  return {
    ...resource('Microsoft.Network/virtualNetworks', name, rg),
    addressPrefixes: ['10.0.0.0/16'],
    subnets: [],
    peerings: peerings?.map(([remote, state], i) => ({ name: `peer-${i}`, remoteVirtualNetworkId: remote, peeringState: state })) ?? null,
  };
}

/** A VNet (or any resource) named as an adapter names it: its id and its last segment. */
export function named(id: string): NamedRef;
export function named(id: string | null | undefined): NamedRef | null;
export function named(id: string | null | undefined): NamedRef | null {
  return id ? { id, name: id.slice(id.lastIndexOf('/') + 1) } : null;
}
