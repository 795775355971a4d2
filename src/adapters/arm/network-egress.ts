import type { NatGateway, PublicIpAddress, Route, RouteTable } from '../../state/network.ts';
import { baseOf } from './base.ts';
import type { ArmResource } from './collect-resources.ts';
import { FieldReader } from './fields.ts';
import type { ArmIndex } from './index-resources.ts';
import { childName, itemProps, mergeChildren, propsOf, referenceIds } from './network-children.ts';
import type { Node } from './properties.ts';

export const ROUTE_TABLE = 'microsoft.network/routetables';
export const ROUTE = 'microsoft.network/routetables/routes';
export const NAT_GATEWAY = 'microsoft.network/natgateways';
export const PUBLIC_IP = 'microsoft.network/publicipaddresses';
/** A scale set instance's public IP (`az vmss list-instance-public-ips`): node pools with node public IPs have these. */
export const SCALE_SET_PUBLIC_IP = 'microsoft.compute/virtualmachinescalesets/virtualmachines/networkinterfaces/ipconfigurations/publicipaddresses';

/** `Microsoft.Network/routeTables` → RouteTable, with inline and separate routes. */
export function adaptRouteTables(index: ArmIndex): RouteTable[] {
  return index.ofType(ROUTE_TABLE).map((r) => {
    const f = new FieldReader(r.complete);
    return {
      ...baseOf(r, f.defaulted),
      routes: mergeChildren(
        r,
        index,
        'routes',
        ROUTE,
        (n, i) => adaptRoute(n, n.string('name') ?? String(i), `properties.routes[${i}]`),
        (child) => adaptRoute(child.node, childName(child), child.id),
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
      ...baseOf(r, f.defaulted),
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
    ...baseOf(r, f.defaulted),
    ipAddress: p.string('ipAddress') ?? null,
    ipConfigurationId,
    attached: f.read('attached', stated, false),
  };
}
