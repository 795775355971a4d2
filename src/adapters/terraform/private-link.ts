import type { TfResource } from '../../collectors/terraform/model.ts';
import type { NamedRef, PrivateDnsZone, PrivateDnsZoneLink, PrivateEndpoint, PrivateEndpointConnection } from '../../state/network.ts';
import type { Maybe } from '../../state/resource.ts';
import { asBool, isBlock, valueAt } from './attributes.ts';
import { tfBase } from './base.ts';
import { attachedTo } from './children.ts';
import type { TfIndex } from './index-resources.ts';
import { namedTarget, text, vnetOfSubnet } from './network-children.ts';
import { connectionStatusOf, PRIVATE_ENDPOINT } from './private-endpoints.ts';

const PRIVATE_DNS_ZONE = 'azurerm_private_dns_zone';
const VIRTUAL_NETWORK_LINK = 'azurerm_private_dns_zone_virtual_network_link';
export const PRIVATE_LINK_TYPES = [PRIVATE_ENDPOINT, PRIVATE_DNS_ZONE, VIRTUAL_NETWORK_LINK];

const ENDPOINT_PATHS = {
  subnetId: 'subnet_id',
  virtualNetwork: 'subnet_id',
  connections: 'private_service_connection',
  'connections[].status': 'private_service_connection[].is_manual_connection',
  privateDnsZoneIds: 'private_dns_zone_group[0].private_dns_zone_ids',
} as const;

const ZONE_PATHS = {
  virtualNetworkLinks: `(${VIRTUAL_NETWORK_LINK} resources)`,
  'virtualNetworkLinks[].virtualNetwork': `(${VIRTUAL_NETWORK_LINK} resources).virtual_network_id`,
} as const;

/**
 * `azurerm_private_endpoint` → PrivateEndpoint: its subnet and targets through references (known
 * before the ids are), its VNet the one the configuration places the subnet in, and the zones of
 * its `private_dns_zone_group` (at most one; none when the block is left out).
 */
export function adaptPrivateEndpoints(index: TfIndex, placement: ReadonlyMap<string, NamedRef>): PrivateEndpoint[] {
  return index.ofType(PRIVATE_ENDPOINT).map((r) => {
    const f = index.reader(r);
    const base = tfBase(r, 'microsoft.network/privateendpoints', index.ids, f);
    const subnetId = f.target('subnetId', 'subnet_id');
    Object.assign(f.provenance.paths, ENDPOINT_PATHS);
    return { ...base, subnetId, virtualNetwork: subnetId === null ? null : vnetOfSubnet(subnetId, placement), connections: connectionsOf(r, index), privateDnsZoneIds: zoneIdsOf(r, index) };
  });
}

/** `private_service_connection` blocks: the target by reference (an alias names no resource), its approval from `is_manual_connection`. */
function connectionsOf(r: TfResource, index: TfIndex): Maybe<PrivateEndpointConnection[]> {
  const blocks = r.values.private_service_connection;
  if (!Array.isArray(blocks)) return null;
  return blocks.map((block, i) => {
    const groups = isBlock(block) ? block.subresource_names : undefined;
    return {
      targetId: index.ids.target(r, `private_service_connection[${i}].private_connection_resource_id`),
      groupIds: Array.isArray(groups) ? groups.filter((g): g is string => typeof g === 'string') : [],
      status: connectionStatusOf(r, i),
    };
  });
}

/** Zones of the zone group, each by reference or ARM id; unknown when one cannot be resolved. */
function zoneIdsOf(r: TfResource, index: TfIndex): Maybe<string[]> {
  const group = r.values.private_dns_zone_group;
  if (group === undefined || group === null || (Array.isArray(group) && group.length === 0)) return [];
  const path = 'private_dns_zone_group[0].private_dns_zone_ids';
  const zones = valueAt(r.values, path);
  if (!Array.isArray(zones)) return null;
  const ids: string[] = [];
  for (let i = 0; i < zones.length; i++) {
    const id = index.ids.target(r, `${path}[${i}]`) ?? (zones.length === 1 ? index.ids.target(r, path) : null);
    if (id === null) return null;
    ids.push(id);
  }
  return ids;
}

/**
 * `azurerm_private_dns_zone` → PrivateDnsZone, with its `azurerm_private_dns_zone_virtual_network_link`s:
 * v3 and v4 name the zone by `private_dns_zone_name` and resource group, v5 by `private_dns_zone_id`.
 * A configuration holds every link it manages.
 */
export function adaptPrivateDnsZones(index: TfIndex): PrivateDnsZone[] {
  return index.ofType(PRIVATE_DNS_ZONE).map((r) => {
    const f = index.reader(r);
    const base = tfBase(r, 'microsoft.network/privatednszones', index.ids, f);
    Object.assign(f.provenance.paths, ZONE_PATHS);
    const links = new Set([...attachedTo(r, base.id, VIRTUAL_NETWORK_LINK, 'private_dns_zone_name', index), ...index.referring(base.id, VIRTUAL_NETWORK_LINK, 'private_dns_zone_id')]);
    return { ...base, virtualNetworkLinks: [...links].map((link) => linkOf(link, index)) };
  });
}

function linkOf(link: TfResource, index: TfIndex): PrivateDnsZoneLink {
  const registration = link.values.registration_enabled;
  return {
    name: text(link.values, 'name') ?? link.address,
    virtualNetwork: namedTarget(link, 'virtual_network_id', index),
    // Optional, documented default false (v3 to v5).
    registrationEnabled: registration === undefined || registration === null ? false : (asBool(registration) ?? null),
  };
}
