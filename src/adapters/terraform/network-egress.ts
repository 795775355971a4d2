import type { TfValue } from '../../collectors/terraform/model.ts';
import type { NatGateway, PublicIpAddress, Route, RouteTable } from '../../state/network.ts';
import { asString } from './attributes.ts';
import { tfBase } from './base.ts';
import type { TfIndex } from './index-resources.ts';
import { associated, mergeChildren, text } from './network-children.ts';
import { inlineSubnetsReferring, NAT_GATEWAY_ASSOCIATION, ROUTE_TABLE_ASSOCIATION } from './network-vnets.ts';

const ROUTE_TABLE = 'azurerm_route_table';
const ROUTE = 'azurerm_route';
const NAT_GATEWAY = 'azurerm_nat_gateway';
const NAT_PUBLIC_IP = 'azurerm_nat_gateway_public_ip_association';
const PUBLIC_IP = 'azurerm_public_ip';
export const EGRESS_TYPES = [ROUTE_TABLE, ROUTE, NAT_GATEWAY, NAT_PUBLIC_IP, PUBLIC_IP];

const ROUTE_TABLE_PATHS = { routes: 'route', subnetIds: `(${ROUTE_TABLE_ASSOCIATION} resources)` } as const;
const NAT_GATEWAY_PATHS = { subnetIds: `(${NAT_GATEWAY_ASSOCIATION} resources)`, publicIpAddressIds: `(${NAT_PUBLIC_IP} resources)` } as const;

/** `azurerm_route_table` (inline `route` blocks and `azurerm_route` resources joined by `route_table_name`) → RouteTable. */
export function adaptRouteTables(index: TfIndex): RouteTable[] {
  return index.ofType(ROUTE_TABLE).map((r) => {
    const f = index.reader(r);
    const base = tfBase(r, 'microsoft.network/routetables', index.ids, f);
    Object.assign(f.provenance.paths, ROUTE_TABLE_PATHS);
    const subnets = associated(base.id, ROUTE_TABLE_ASSOCIATION, 'route_table_id', 'subnet_id', index);
    return {
      ...base,
      routes: mergeChildren(r, f, index, 'route', { type: ROUTE, via: 'route_table_name' }, (block, i) => routeOf(block, `route[${i}]`), (route) => routeOf(route.values, route.address)),
      subnetIds: subnets && [...subnets, ...inlineSubnetsReferring(base.id, 'route_table_id', index)],
    };
  });
}

function routeOf(b: Record<string, TfValue>, path: string): Route {
  return { name: text(b, 'name') ?? path, addressPrefix: text(b, 'address_prefix'), nextHopType: text(b, 'next_hop_type'), nextHopIpAddress: text(b, 'next_hop_in_ip_address'), path };
}

/** `azurerm_nat_gateway` → NatGateway: its subnets and public IPs are the association resources naming it. */
export function adaptNatGateways(index: TfIndex): NatGateway[] {
  return index.ofType(NAT_GATEWAY).map((r) => {
    const f = index.reader(r);
    const base = tfBase(r, 'microsoft.network/natgateways', index.ids, f);
    Object.assign(f.provenance.paths, NAT_GATEWAY_PATHS);
    return {
      ...base,
      subnetIds: associated(base.id, NAT_GATEWAY_ASSOCIATION, 'nat_gateway_id', 'subnet_id', index),
      publicIpAddressIds: associated(base.id, NAT_PUBLIC_IP, 'nat_gateway_id', 'public_ip_address_id', index),
    };
  });
}

/** What a public IP is attached to is stated by what uses it (a network interface, a load balancer), which this adapter does not read. */
const ATTACHMENT_UNKNOWN = 'stated by the resource that uses the address (a network interface, a load balancer frontend), not by the address';

/**
 * `azurerm_public_ip` → PublicIpAddress. Its address is allocated on apply. It is attached when a
 * NAT gateway association names it; otherwise what it is attached to is not known.
 */
export function adaptPublicIpAddresses(index: TfIndex): PublicIpAddress[] {
  return index.ofType(PUBLIC_IP).map((r) => {
    const f = index.reader(r);
    const base = tfBase(r, 'microsoft.network/publicipaddresses', index.ids, f);
    const byNat = index.referring(base.id, NAT_PUBLIC_IP, 'public_ip_address_id')[0];
    f.provenance.paths.ipConfigurationId = f.provenance.paths.nodeHolder = '(the resource using the address)';
    f.provenance.unknown.ipConfigurationId = f.provenance.unknown.nodeHolder = ATTACHMENT_UNKNOWN;
    if (byNat) f.provenance.paths.attached = `${byNat.address}.public_ip_address_id`;
    else {
      f.provenance.paths.attached = '(the resource using the address)';
      f.provenance.unknown.attached = ATTACHMENT_UNKNOWN;
    }
    // `sku` defaults to Basic up to azurerm 3 and to Standard from 4.0.
    const skuName = f.read('skuName', 'sku', asString, index.byMajor<string>({ 3: 'Basic', 4: 'Standard', 5: 'Standard' }));
    return { ...base, ipAddress: f.read('ipAddress', 'ip_address', asString), ipConfigurationId: null, nodeHolder: null, attached: byNat ? true : null, skuName };
  });
}
