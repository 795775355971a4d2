import { PUBLIC_IP_ADDRESS, type NatGateway, type PublicIpAddress, type Route, type RouteTable } from '../../state/network.ts';
import { baseOf } from './base.ts';
import type { ArmResource } from './collect-resources.ts';
import { FieldReader } from './fields.ts';
import type { ArmIndex } from './index-resources.ts';
import { childAt, childName, itemProps, mergeChildren, propsOf, referenceIds } from './network-children.ts';
import type { Node } from './properties.ts';

export const ROUTE_TABLE = 'microsoft.network/routetables';
export const ROUTE = 'microsoft.network/routetables/routes';
export const NAT_GATEWAY = 'microsoft.network/natgateways';
export const PUBLIC_IP = PUBLIC_IP_ADDRESS;
/** A scale set instance's public IP (`az vmss list-instance-public-ips`): node pools with node public IPs have these. */
export const SCALE_SET_PUBLIC_IP = 'microsoft.compute/virtualmachinescalesets/virtualmachines/networkinterfaces/ipconfigurations/publicipaddresses';

// Where each field is read in the resource's body.
export const ROUTE_TABLE_PATHS = { routes: 'properties.routes', subnetIds: 'properties.subnets' } as const;
const NAT_GATEWAY_PATHS = { subnetIds: 'properties.subnets', publicIpAddressIds: 'properties.publicIpAddresses' } as const;
export const PUBLIC_IP_PATHS = { ipAddress: 'properties.ipAddress', ipConfigurationId: 'properties.ipConfiguration.id', nodeHolder: 'properties.ipConfiguration.id', attached: 'properties.ipConfiguration', skuName: 'sku.name' } as const;

/** Ip configurations of network interfaces and of scale set instances: the nodes themselves, not a load balancer frontend. */
const NODE_IP_CONFIGURATION = /\/providers\/microsoft\.network\/networkinterfaces\/[^/]+\/ipconfigurations\/|\/providers\/microsoft\.compute\/virtualmachinescalesets\/[^/]+\/virtualmachines\//i;

/** `Microsoft.Network/routeTables` → RouteTable, with inline and separate routes. */
export function adaptRouteTables(index: ArmIndex): RouteTable[] {
  return index.ofType(ROUTE_TABLE).map((r) => {
    const f = new FieldReader(r.complete);
    return {
      ...baseOf(r, f.defaulted, ROUTE_TABLE_PATHS),
      routes: mergeChildren(
        r,
        index,
        'routes',
        ROUTE,
        (n, i) => adaptRoute(n, n.string('name') ?? String(i), `properties.routes[${i}]`),
        (child) => adaptRoute(child.node, childName(child), childAt(r, child)),
      ),
      subnetIds: referenceIds(propsOf(r), 'subnets', f, 'subnetIds'),
    };
  });
}

function adaptRoute(node: Node, name: string, path: string): Route {
  const n = itemProps(node);
  return {
    name,
    addressPrefix: n.string('addressPrefix') ?? null,
    nextHopType: n.string('nextHopType') ?? null,
    nextHopIpAddress: n.string('nextHopIpAddress') ?? null,
    path,
  };
}

/** `Microsoft.Network/natGateways` → NatGateway. */
export function adaptNatGateways(index: ArmIndex): NatGateway[] {
  return index.ofType(NAT_GATEWAY).map((r) => {
    const f = new FieldReader(r.complete);
    const p = propsOf(r);
    return {
      ...baseOf(r, f.defaulted, NAT_GATEWAY_PATHS),
      subnetIds: referenceIds(p, 'subnets', f, 'subnetIds'),
      publicIpAddressIds: referenceIds(p, 'publicIpAddresses', f, 'publicIpAddressIds'),
    };
  });
}

/** `Microsoft.Network/publicIPAddresses` and scale set instance public IPs → PublicIpAddress. */
export function adaptPublicIpAddresses(index: ArmIndex): PublicIpAddress[] {
  return [...index.ofType(PUBLIC_IP), ...index.ofType(SCALE_SET_PUBLIC_IP)].map(adaptPublicIpAddress);
}

function adaptPublicIpAddress(r: ArmResource): PublicIpAddress {
  const f = new FieldReader(r.complete);
  const p = propsOf(r);
  const ipConfigurationId = p.child('ipConfiguration')?.string('id') ?? null;
  // A NAT gateway's addresses have no ip configuration: they are attached through `natGateway`.
  const natGateway = p.child('natGateway')?.string('id');
  const stated = ipConfigurationId !== null || natGateway !== undefined ? true : p.has('ipConfiguration') ? false : undefined;
  return {
    ...baseOf(r, f.defaulted, PUBLIC_IP_PATHS),
    ipAddress: p.string('ipAddress') ?? null,
    ipConfigurationId,
    nodeHolder: nodeHolderOf(ipConfigurationId),
    attached: f.read('attached', stated, false),
    // No documented default: the SKU an address got when created without one changed over the years.
    skuName: f.stated(r.node.child('sku')?.string('name')),
  };
}

/** `scale set aks-nodepool1-vmss instance 0` or `network interface nic-1` when the ip configuration is a node's; null otherwise. */
export function nodeHolderOf(ipConfigurationId: string | null): string | null {
  if (!ipConfigurationId || !NODE_IP_CONFIGURATION.test(ipConfigurationId)) return null;
  const parts = ipConfigurationId.split('/');
  const at = (type: string): string | undefined => parts[parts.findIndex((p) => p.toLowerCase() === type) + 1];
  const vmss = at('virtualmachinescalesets');
  return vmss ? `scale set ${vmss} instance ${at('virtualmachines')}` : `network interface ${at('networkinterfaces')}`;
}
