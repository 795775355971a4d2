import type { NamedRef, PrivateDnsZone, PrivateDnsZoneLink, PrivateEndpoint, PrivateEndpointConnection } from '../../state/network.ts';
import { baseOf } from './base.ts';
import type { ArmResource } from './collect-resources.ts';
import type { ArmIndex } from './index-resources.ts';
import type { Node } from './properties.ts';
import { nameOf, virtualNetworkOfSubnet } from './resource-id.ts';

export const PRIVATE_ENDPOINT = 'microsoft.network/privateendpoints';
export const DNS_ZONE_GROUP = 'microsoft.network/privateendpoints/privatednszonegroups';
export const PRIVATE_DNS_ZONE = 'microsoft.network/privatednszones';
export const VIRTUAL_NETWORK_LINK = 'microsoft.network/privatednszones/virtualnetworklinks';

/** Where each private endpoint field is read; its DNS zones come from its `privateDnsZoneGroups` children. */
export const ENDPOINT_PATHS = {
  subnetId: 'properties.subnet.id',
  virtualNetwork: 'properties.subnet.id',
  connections: 'properties.privateLinkServiceConnections',
  'connections[].status': 'properties.privateLinkServiceConnections[].privateLinkServiceConnectionState.status',
  privateDnsZoneIds: 'privateDnsZoneGroups[].privateDnsZoneConfigs[].privateDnsZoneId',
} as const;

/** Where each private DNS zone field is read: its links are child `virtualNetworkLinks` resources. */
export const ZONE_PATHS = {
  virtualNetworkLinks: 'virtualNetworkLinks',
  'virtualNetworkLinks[].virtualNetwork': 'virtualNetworkLinks[].virtualNetwork.id',
} as const;

/** ARM types this adapter reads. */
export const PRIVATE_LINK_TYPES: readonly string[] = [PRIVATE_ENDPOINT, DNS_ZONE_GROUP, PRIVATE_DNS_ZONE, VIRTUAL_NETWORK_LINK];

/**
 * `Microsoft.Network/privateEndpoints` → PrivateEndpoint. None of the fields read has an API
 * default (a private endpoint always has a subnet and at least one connection), so absence
 * in a fragment is unknown and nothing is recorded in `defaulted[]`.
 */
export function adaptPrivateEndpoints(index: ArmIndex): PrivateEndpoint[] {
  return index.ofType(PRIVATE_ENDPOINT).map((r) => adaptPrivateEndpoint(r, index));
}

function adaptPrivateEndpoint(r: ArmResource, index: ArmIndex): PrivateEndpoint {
  const p = r.properties;
  const subnetId = p?.child('subnet')?.string('id') ?? null;
  return {
    ...baseOf(r, [], ENDPOINT_PATHS),
    subnetId,
    virtualNetwork: subnetId ? virtualNetworkRef(subnetId) : null,
    connections: connectionsOf(p),
    privateDnsZoneIds: zoneIdsOf(r, index),
  };
}

/** Automatic and manual (approval-workflow) connections: both reach a service, only their approval differs. */
function connectionsOf(p: Node | undefined): PrivateEndpointConnection[] | null {
  const automatic = p?.children('privateLinkServiceConnections');
  const manual = p?.children('manualPrivateLinkServiceConnections');
  if (!automatic && !manual) return null;
  return [...(automatic ?? []), ...(manual ?? [])].map((c) => {
    // REST nests the fields in `properties`; az CLI's flattened output has them on the connection itself.
    const n = c.child('properties') ?? c;
    return {
      targetId: n.string('privateLinkServiceId') ?? null,
      groupIds: n.strings('groupIds') ?? [],
      status: n.child('privateLinkServiceConnectionState')?.string('status') ?? null,
    };
  });
}

/**
 * Zones named by the endpoint's `privateDnsZoneGroups` children. Known (possibly empty) when
 * the input carried the endpoint's children or any zone group of it; null otherwise: list
 * exports and Resource Graph leave child resources out, so their absence proves nothing.
 */
function zoneIdsOf(r: ArmResource, index: ArmIndex): string[] | null {
  const groups = index.attachedTo(r.id, DNS_ZONE_GROUP);
  if (groups.length === 0 && !index.includesChildrenOf(r.id)) return null;
  const ids = new Map<string, string>();
  for (const group of groups) {
    for (const config of group.properties?.children('privateDnsZoneConfigs') ?? []) {
      const id = (config.child('properties') ?? config).string('privateDnsZoneId');
      if (id) ids.set(id.toLowerCase(), id);
    }
  }
  return [...ids.values()];
}

/** `Microsoft.Network/privateDnsZones` → PrivateDnsZone, with its virtual network links. */
export function adaptPrivateDnsZones(index: ArmIndex): PrivateDnsZone[] {
  return index.ofType(PRIVATE_DNS_ZONE).map((r) => ({ ...baseOf(r, [], ZONE_PATHS), virtualNetworkLinks: linksOf(r, index) }));
}

/**
 * The zone's virtual network links, when the input is known to hold all of them: it carried
 * the zone's children, or as many links as the zone's own `numberOfVirtualNetworkLinks`
 * (Resource Graph and REST zone bodies state it, so a zone with none is known-empty).
 */
function linksOf(zone: ArmResource, index: ArmIndex): PrivateDnsZoneLink[] | null {
  const found = index.attachedTo(zone.id, VIRTUAL_NETWORK_LINK);
  const count = zone.properties?.number('numberOfVirtualNetworkLinks');
  const complete = index.includesChildrenOf(zone.id) || (typeof count === 'number' && found.length >= count);
  if (!complete) return null;
  return found.map((link) => {
    const vnet = link.properties?.child('virtualNetwork')?.string('id');
    return {
      // Nested export children carry `zone/link` names; the id's last segment is the link's own name.
      name: nameOf(link.id),
      virtualNetwork: vnet ? { id: vnet, name: nameOf(vnet) } : null,
      registrationEnabled: link.properties?.bool('registrationEnabled') ?? null,
    };
  });
}

/** The VNet a subnet id names, with its name; null when the id names no VNet's subnet. */
export function virtualNetworkRef(subnetId: string): NamedRef | null {
  const vnet = virtualNetworkOfSubnet(subnetId);
  return vnet ? { id: vnet, name: nameOf(vnet) } : null;
}
