import type { TfResource, TfValue } from '../../collectors/terraform/model.ts';
import type { Association, NamedRef, Subnet, VirtualNetwork, VirtualNetworkPeering } from '../../state/network.ts';
import { refOf } from '../../state/resource.ts';
import { asStrings, isBlock, type AttributeReader } from './attributes.ts';
import { tfBase } from './base.ts';
import { attachedTo } from './children.ts';
import type { TfIndex } from './index-resources.ts';
import { mergeChildren } from './network-children.ts';

const VIRTUAL_NETWORK = 'azurerm_virtual_network';
const SUBNET = 'azurerm_subnet';
const PEERING = 'azurerm_virtual_network_peering';
export const NSG_ASSOCIATION = 'azurerm_subnet_network_security_group_association';
export const ROUTE_TABLE_ASSOCIATION = 'azurerm_subnet_route_table_association';
export const NAT_GATEWAY_ASSOCIATION = 'azurerm_subnet_nat_gateway_association';
export const VNET_TYPES = [VIRTUAL_NETWORK, SUBNET, PEERING, NSG_ASSOCIATION, ROUTE_TABLE_ASSOCIATION, NAT_GATEWAY_ASSOCIATION];

const ARM_SUBNET = 'microsoft.network/virtualnetworks/subnets';

/** A subnet's associations: the association resource type, and the attribute naming what the subnet is associated with. */
const ASSOCIATIONS = {
  networkSecurityGroupId: { type: NSG_ASSOCIATION, attribute: 'network_security_group_id', inline: 'security_group' },
  routeTableId: { type: ROUTE_TABLE_ASSOCIATION, attribute: 'route_table_id', inline: 'route_table_id' },
  natGatewayId: { type: NAT_GATEWAY_ASSOCIATION, attribute: 'nat_gateway_id', inline: undefined },
} as const;

/**
 * `azurerm_virtual_network` → VirtualNetwork, with its subnets (inline `subnet` blocks and
 * `azurerm_subnet` resources joined by `virtual_network_name` and resource group) and peerings
 * (`azurerm_virtual_network_peering`). A configuration holds every subnet, peering and
 * association it manages: a subnet no association resource names has none of that kind.
 */
export function adaptVirtualNetworks(index: TfIndex): VirtualNetwork[] {
  return index.ofType(VIRTUAL_NETWORK).map((r) => adaptVirtualNetwork(r, index));
}

/** Subnet identity (lower case) → its VNet, for joins made before the rules run (a private endpoint's VNet). */
export function subnetPlacement(vnets: readonly VirtualNetwork[]): Map<string, NamedRef> {
  return new Map(vnets.flatMap((vnet) => (vnet.subnets ?? []).map((s) => [s.id.toLowerCase(), { id: vnet.id, name: vnet.name }] as const)));
}

function adaptVirtualNetwork(r: TfResource, index: TfIndex): VirtualNetwork {
  const f = index.reader(r);
  const vnet: VirtualNetwork = {
    ...tfBase(r, 'microsoft.network/virtualnetworks', index.ids, f),
    addressPrefixes: f.read('addressPrefixes', 'address_space', asStrings),
    subnets: null,
    peerings: attachedTo(r, index.ids.idOf(r), PEERING, 'virtual_network_name', index).map((p) => peeringOf(p, index)),
  };
  f.provenance.paths.subnets = 'subnet';
  f.provenance.paths.peerings = `(${PEERING} resources)`;
  vnet.subnets = mergeChildren(
    r,
    f,
    index,
    'subnet',
    { type: SUBNET, via: 'virtual_network_name' },
    (block, i) => inlineSubnet(vnet, r, block, i, f.block(`subnet[${i}]`), index),
    (s) => separateSubnet(vnet, s, index),
  );
  return vnet;
}

/** An inline `subnet` block: the VNet's origin, its id the one azurerm gives it (`<vnet>/subnets/<name>`) when not known. */
function inlineSubnet(vnet: VirtualNetwork, r: TfResource, block: Record<string, TfValue>, i: number, f: AttributeReader, index: TfIndex): Subnet {
  const name = typeof block.name === 'string' ? block.name : '';
  const id = inlineSubnetId(vnet.id, block);
  // An association resource can only name an inline subnet through an expression over the VNet's
  // `subnet` attribute, which references the VNet itself: which subnet it is cannot be told.
  const throughVnet = (type: string): boolean => index.referring(vnet.id, type, 'subnet_id').length > 0;
  const association = (statePath: keyof typeof ASSOCIATIONS): Association => {
    const { type, inline } = ASSOCIATIONS[statePath];
    if (throughVnet(type)) {
      f.provenance.unknown[statePath] = `a ${type} names a subnet of ${vnet.name} through the VNet's subnet list, and which one is not known before evaluation`;
      f.provenance.paths[statePath] = `(${type})`;
      return null;
    }
    if (inline === undefined) return none(f, statePath, type);
    const stated = f.read(statePath, inline, (v) => (typeof v === 'string' ? v : undefined), '');
    const target = index.ids.target(r, `subnet[${i}].${inline}`);
    if (target === null) return stated === '' ? false : stated;
    // A reference is known before its value is.
    delete f.provenance.unknown[statePath];
    return target;
  };
  return subnetOf(vnet, id, name, vnet.origin, f, association);
}

/** An `azurerm_subnet`: its own block and provenance, its associations the association resources naming it. */
function separateSubnet(vnet: VirtualNetwork, s: TfResource, index: TfIndex): Subnet {
  const f = index.reader(s);
  const base = tfBase(s, ARM_SUBNET, index.ids, f);
  const association = (statePath: keyof typeof ASSOCIATIONS): Association => associationOf(s, base.id, f, index, statePath);
  return subnetOf(vnet, base.id, base.name, base.origin, f, association);
}

/** The fields inline and separate subnets share; v3 inline blocks (and v2 resources) spell the prefix `address_prefix`. */
function subnetOf(vnet: VirtualNetwork, id: string, name: string, origin: Subnet['origin'], f: AttributeReader, association: (statePath: keyof typeof ASSOCIATIONS) => Association): Subnet {
  return {
    ...subnetBase(vnet, id, name),
    origin,
    provenance: f.provenance,
    addressPrefixes: f.read('addressPrefixes', ['address_prefixes', 'address_prefix'], prefixes),
    networkSecurityGroupId: association('networkSecurityGroupId'),
    routeTableId: association('routeTableId'),
    natGatewayId: association('natGatewayId'),
    delegations: f.read('delegations', 'delegation', delegations, [] as string[]),
  };
}

/**
 * The association resources of one kind naming the subnet: the one they associate it with; none
 * (false, the configuration has none for it); unknown when one cannot be resolved or two disagree.
 */
function associationOf(subnet: TfResource, subnetId: string, f: AttributeReader, index: TfIndex, statePath: keyof typeof ASSOCIATIONS): Association {
  const { type, attribute } = ASSOCIATIONS[statePath];
  const found = index.referring(subnetId, type, 'subnet_id');
  const first = found[0];
  if (!first) return none(f, statePath, type);
  f.provenance.paths[statePath] = `${first.address}.${attribute}`;
  const line = first.lines[attribute];
  if (line !== undefined && first.file === subnet.file) f.provenance.lines[statePath] = line;
  const targets = new Set(found.map((a) => index.ids.target(a, attribute)));
  if (targets.has(null)) {
    f.provenance.unknown[statePath] = `${attribute} refers to no resource of this configuration or ARM id`;
    return null;
  }
  if (targets.size > 1) {
    (f.provenance.conflicting ??= []).push(statePath);
    return null;
  }
  return [...targets][0] as string;
}

/** No association of this kind in the configuration: the subnet has none, recorded as the default. */
function none(f: AttributeReader, statePath: string, type: string): false {
  f.provenance.paths[statePath] = `(no ${type} in this configuration)`;
  f.provenance.defaulted.push(statePath);
  return false;
}

type SubnetFields = 'provenance' | 'origin' | 'addressPrefixes' | 'networkSecurityGroupId' | 'routeTableId' | 'natGatewayId' | 'delegations';

function subnetBase(vnet: VirtualNetwork, id: string, name: string): Omit<Subnet, SubnetFields> {
  const { subscriptionId, resourceGroup, location } = vnet;
  return { id, name, type: ARM_SUBNET, subscriptionId, resourceGroup, location, tags: {}, parent: refOf(vnet) };
}

/** `address_prefixes` (a list), or v3's inline `address_prefix` (one string). */
function prefixes(v: TfValue): string[] | undefined {
  return typeof v === 'string' ? [v] : asStrings(v);
}

/** `delegation[].service_delegation[0].name`: the services the subnet is delegated to. */
function delegations(v: TfValue): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const names: string[] = [];
  for (const d of v) {
    const service = isBlock(d) && Array.isArray(d.service_delegation) ? d.service_delegation[0] : undefined;
    if (!isBlock(service) || typeof service.name !== 'string') return undefined;
    names.push(service.name);
  }
  return names;
}

/** A peering's state is what Azure reports once both sides exist: not in a configuration. */
function peeringOf(p: TfResource, index: TfIndex): VirtualNetworkPeering {
  const name = p.values.name;
  return { name: typeof name === 'string' ? name : p.address, remoteVirtualNetworkId: index.ids.target(p, 'remote_virtual_network_id'), peeringState: null };
}

/** Inline subnets whose `attribute` (`security_group`, `route_table_id`) refers to `targetId`: their identities. */
export function inlineSubnetsReferring(targetId: string, attribute: string, index: TfIndex): string[] {
  const ids: string[] = [];
  for (const vnet of new Set(index.referring(targetId, VIRTUAL_NETWORK))) {
    const blocks = vnet.values.subnet;
    if (!Array.isArray(blocks)) continue;
    blocks.forEach((block, i) => {
      if (isBlock(block) && index.ids.target(vnet, `subnet[${i}].${attribute}`)?.toLowerCase() === targetId.toLowerCase()) ids.push(inlineSubnetId(index.ids.idOf(vnet), block));
    });
  }
  return ids;
}

/** An inline subnet's identity: its ARM id when known, else the one azurerm gives it under its VNet. */
function inlineSubnetId(vnetId: string, block: Record<string, TfValue>): string {
  return typeof block.id === 'string' && block.id.startsWith('/') ? block.id : `${vnetId}/subnets/${typeof block.name === 'string' ? block.name : ''}`;
}
