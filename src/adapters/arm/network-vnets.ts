import type { Subnet, VirtualNetwork, VirtualNetworkPeering } from '../../state/network.ts';
import { baseOf } from './base.ts';
import type { ArmResource } from './collect-resources.ts';
import { FieldReader } from './fields.ts';
import type { ArmIndex } from './index-resources.ts';
import { association, childName, itemProps, mergeChildren, propsOf, singularAndPlural } from './network-children.ts';
import type { Node } from './properties.ts';
import { idKey, nameOf, typeOfId } from './resource-id.ts';
import { pushTo } from '../../lib/maps.ts';

export const VIRTUAL_NETWORK = 'microsoft.network/virtualnetworks';
export const SUBNET = 'microsoft.network/virtualnetworks/subnets';
export const PEERING = 'microsoft.network/virtualnetworks/virtualnetworkpeerings';

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
  return subnet.id.replace(/\/subnets\/[^/]+\/?$/i, '');
}

/** A VNet the input holds only subnets of: its own properties and peerings are unknown. */
function vnetOfSubnets(subnets: ArmResource[]): VirtualNetwork {
  const first = subnets[0]!;
  const id = vnetIdOf(first);
  // The same subnet nested under several clusters (PSRule exports) is one subnet.
  const distinct = [...new Map(subnets.map((child) => [idKey(child.id), child])).values()];
  const defaulted: string[] = [];
  return {
    ...baseOf(first, defaulted),
    id,
    name: nameOf(id),
    type: VIRTUAL_NETWORK,
    location: null,
    tags: {},
    addressPrefixes: null,
    subnets: distinct.map((child) => adaptSubnet(propsOf(child), child.id, childName(child), child.id, new FieldReader(child.complete, '', defaulted))),
    peerings: null,
  };
}

function adaptVirtualNetwork(r: ArmResource, index: ArmIndex): VirtualNetwork {
  const f = new FieldReader(r.complete);
  const p = propsOf(r);
  return {
    ...baseOf(r, f.defaulted),
    addressPrefixes: f.stated(p.child('addressSpace')?.strings('addressPrefixes')),
    subnets: mergeChildren(
      r,
      index,
      'subnets',
      SUBNET,
      // Inline subnets in hand-written exports may lack their id: it follows from the parent's.
      (n, i) => adaptSubnet(itemProps(n), n.string('id') ?? `${r.id}/subnets/${n.string('name') ?? i}`, n.string('name') ?? String(i), `properties.subnets[${i}]`, f),
      (child) => adaptSubnet(propsOf(child), child.id, childName(child), child.id, new FieldReader(child.complete, '', f.defaulted)),
    ),
    peerings: mergeChildren(r, index, 'virtualNetworkPeerings', PEERING, (n) => adaptPeering(n, n.string('name') ?? ''), (child) => adaptPeering(child.node, childName(child))),
  };
}

function adaptSubnet(n: Node, id: string, name: string, path: string, f: FieldReader): Subnet {
  const at = `subnets[${name}].`;
  return {
    id,
    name,
    addressPrefixes: singularAndPlural(n, 'addressPrefix', 'addressPrefixes'),
    networkSecurityGroupId: association(n, 'networkSecurityGroup', f, `${at}networkSecurityGroupId`),
    routeTableId: association(n, 'routeTable', f, `${at}routeTableId`),
    natGatewayId: association(n, 'natGateway', f, `${at}natGatewayId`),
    delegations: f.read(`${at}delegations`, n.children('delegations')?.flatMap((d) => itemProps(d).string('serviceName') ?? []), [] as string[]),
    path,
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
