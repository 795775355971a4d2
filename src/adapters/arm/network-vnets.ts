import type { Subnet, VirtualNetwork, VirtualNetworkPeering } from '../../state/network.ts';
import { baseOf } from './base.ts';
import type { ArmResource } from './collect-resources.ts';
import { FieldReader } from './fields.ts';
import type { ArmIndex } from './index-resources.ts';
import { association, childName, itemProps, mergeChildren, propsOf, singularAndPlural } from './network-children.ts';
import type { Node } from './properties.ts';

export const VIRTUAL_NETWORK = 'microsoft.network/virtualnetworks';
export const SUBNET = 'microsoft.network/virtualnetworks/subnets';
export const PEERING = 'microsoft.network/virtualnetworks/virtualnetworkpeerings';

/** `Microsoft.Network/virtualNetworks` → VirtualNetwork, with its subnets and peerings. */
export function adaptVirtualNetworks(index: ArmIndex): VirtualNetwork[] {
  return index.ofType(VIRTUAL_NETWORK).map((r) => adaptVirtualNetwork(r, index));
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
