import type { Subnet, VirtualNetwork, VirtualNetworkPeering } from '../../state/network.ts';
import { refOf } from '../../state/resource.ts';
import { baseOf } from './base.ts';
import type { ArmResource } from './collect-resources.ts';
import { FieldReader } from './fields.ts';
import type { ArmIndex } from './index-resources.ts';
import { association, childName, itemProps, mergeChildren, propsOf, singularAndPlural } from './network-children.ts';
import type { Node } from './properties.ts';
import { idKey, nameOf, typeOfId, virtualNetworkOfSubnet } from './resource-id.ts';
import { pushTo } from '../../lib/maps.ts';

export const VIRTUAL_NETWORK = 'microsoft.network/virtualnetworks';
export const SUBNET = 'microsoft.network/virtualnetworks/subnets';
export const PEERING = 'microsoft.network/virtualnetworks/virtualnetworkpeerings';

/** Where each VNet field is read in its body. */
export const VNET_PATHS = {
  addressPrefixes: 'properties.addressSpace.addressPrefixes',
  subnets: 'properties.subnets',
  peerings: 'properties.virtualNetworkPeerings',
} as const;

/** Where each subnet field is read, relative to the subnet's properties (`at`). */
export const SUBNET_PATHS = {
  addressPrefixes: 'addressPrefix',
  networkSecurityGroupId: 'networkSecurityGroup.id',
  routeTableId: 'routeTable.id',
  natGatewayId: 'natGateway.id',
  delegations: 'delegations',
} as const;

/**
 * `Microsoft.Network/virtualNetworks` → VirtualNetwork, with its subnets and peerings. Subnets
 * exported without their VNet (`az network vnet subnet show`) are placed in a VNet known only
 * through them, so that a pool's `vnetSubnetID` finds them as it finds a subnet in its VNet's body.
 */
export function adaptVirtualNetworks(index: ArmIndex): VirtualNetwork[] {
  const vnets = index.ofType(VIRTUAL_NETWORK);
  const read = new Set(vnets.map((r) => idKey(r.id)));
  const orphans = new Map<string, ArmResource[]>();
  for (const subnet of index.ofType(SUBNET)) {
    const key = idKey(vnetIdOf(subnet));
    if (!read.has(key)) pushTo(orphans, key, subnet);
  }
  return [...vnets.map((r) => adaptVirtualNetwork(r, index)), ...[...orphans.values()].map(vnetOfSubnets)];
}

/**
 * The VNet a subnet belongs to: the VNet it is nested under, else the one its id names
 * (`…/virtualNetworks/v/subnets/s`). PSRule exports also nest subnets under the cluster that uses them.
 */
function vnetIdOf(subnet: ArmResource): string {
  if (subnet.parentId && typeOfId(subnet.parentId) === VIRTUAL_NETWORK) return subnet.parentId;
  return virtualNetworkOfSubnet(subnet.id) ?? subnet.id;
}

/** A VNet the input holds only subnets of: its own properties and peerings are unknown. */
function vnetOfSubnets(subnets: ArmResource[]): VirtualNetwork {
  const first = subnets[0]!;
  const id = vnetIdOf(first);
  // The same subnet nested under several clusters (PSRule exports) is one subnet.
  const distinct = [...new Map(subnets.map((child) => [idKey(child.id), child])).values()];
  const vnet: VirtualNetwork = {
    ...baseOf(first, [], VNET_PATHS),
    id,
    name: nameOf(id),
    type: VIRTUAL_NETWORK,
    location: null,
    tags: {},
    addressPrefixes: null,
    subnets: null,
    peerings: null,
  };
  vnet.subnets = distinct.map((child) => separateSubnet(child, vnet));
  return vnet;
}

function adaptVirtualNetwork(r: ArmResource, index: ArmIndex): VirtualNetwork {
  const f = new FieldReader(r.complete);
  const p = propsOf(r);
  const vnet: VirtualNetwork = {
    ...baseOf(r, f.defaulted, VNET_PATHS),
    addressPrefixes: f.stated(p.child('addressSpace')?.strings('addressPrefixes')),
    subnets: null,
    peerings: mergeChildren(r, index, 'virtualNetworkPeerings', PEERING, (n) => adaptPeering(n, n.string('name') ?? ''), (child) => adaptPeering(child.node, childName(child))),
  };
  vnet.subnets = mergeChildren(
    r,
    index,
    'subnets',
    SUBNET,
    // Inline subnets in hand-written exports may lack their id: it follows from the parent's.
    (n, i) => {
      const name = n.string('name') ?? String(i);
      return adaptSubnet(itemProps(n), { ...subnetBase(vnet, n.string('id') ?? `${r.id}/subnets/${name}`, name), origin: vnet.origin }, `properties.subnets[${i}]`, r.complete);
    },
    (child) => separateSubnet(child, vnet),
  );
  return vnet;
}

/** A separate `virtualNetworks/subnets` resource: read at its own body's `properties`. */
function separateSubnet(child: ArmResource, vnet: VirtualNetwork): Subnet {
  const base = baseOf(child, []);
  return adaptSubnet(propsOf(child), { ...subnetBase(vnet, child.id, childName(child)), origin: base.origin }, 'properties', child.complete);
}

/** The fields a subnet's body gives. */
type SubnetFields = 'provenance' | 'addressPrefixes' | 'networkSecurityGroupId' | 'routeTableId' | 'natGatewayId' | 'delegations';

/** What a subnet takes from its VNet: place, and the VNet as its parent. */
function subnetBase(vnet: VirtualNetwork, id: string, name: string): Omit<Subnet, SubnetFields | 'origin'> {
  const { subscriptionId, resourceGroup, location } = vnet;
  return { id, name, type: SUBNET, subscriptionId, resourceGroup, location, tags: {}, parent: refOf(vnet) };
}

function adaptSubnet(n: Node, base: Omit<Subnet, SubnetFields>, at: string, complete: boolean): Subnet {
  const f = new FieldReader(complete);
  return {
    ...base,
    provenance: { paths: SUBNET_PATHS, at, defaulted: f.defaulted },
    addressPrefixes: singularAndPlural(n, 'addressPrefix', 'addressPrefixes'),
    networkSecurityGroupId: association(n, 'networkSecurityGroup', f, 'networkSecurityGroupId'),
    routeTableId: association(n, 'routeTable', f, 'routeTableId'),
    natGatewayId: association(n, 'natGateway', f, 'natGatewayId'),
    delegations: f.read('delegations', n.children('delegations')?.flatMap((d) => itemProps(d).string('serviceName') ?? []), [] as string[]),
  };
}

function adaptPeering(node: Node, name: string): VirtualNetworkPeering {
  const n = itemProps(node);
  return {
    name,
    remoteVirtualNetworkId: n.child('remoteVirtualNetwork')?.string('id') ?? null,
    peeringState: n.string('peeringState') ?? null,
  };
}
