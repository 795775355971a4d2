import type { NetworkSecurityGroup, PublicIpAddress, Route, RouteTable, SecurityRule, Subnet, VirtualNetwork } from '../../src/state/network.ts';
import { nodeHolderOf, PUBLIC_IP_PATHS, ROUTE_TABLE_PATHS } from '../../src/adapters/arm/network-egress.ts';
import { NSG_PATHS } from '../../src/adapters/arm/network-nsgs.ts';
import { SUBNET_PATHS, VNET_PATHS } from '../../src/adapters/arm/network-vnets.ts';
import { refOf, type ResourceBase } from '../../src/state/resource.ts';
import { resource, SUB } from './state.ts';

/** The subnet `pool()` puts nodes in (`vnet-prod/snet-aks` in `rg-net`). */
export const AKS_SUBNET_ID = `/subscriptions/${SUB}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-prod/subnets/snet-aks`;
export const NSG_ID = `/subscriptions/${SUB}/resourceGroups/rg-net/providers/Microsoft.Network/networkSecurityGroups/nsg-aks`;
export const ROUTE_TABLE_ID = `/subscriptions/${SUB}/resourceGroups/rg-net/providers/Microsoft.Network/routeTables/rt-egress`;

/** A subnet with an NSG and a route table; override what a test is about. */
export function subnet(overrides: Partial<Subnet> = {}): Subnet {
  const parent = refOf(resource('Microsoft.Network/virtualNetworks', 'vnet-prod', 'rg-net'));
  return {
    ...resource('Microsoft.Network/virtualNetworks/subnets', 'snet-aks', 'rg-net'),
    id: AKS_SUBNET_ID,
    parent,
    provenance: { paths: SUBNET_PATHS, at: 'properties.subnets[0]', defaulted: [] },
    addressPrefixes: ['10.64.0.0/22'],
    networkSecurityGroupId: NSG_ID,
    routeTableId: ROUTE_TABLE_ID,
    natGatewayId: false,
    delegations: [],
    ...overrides,
  };
}

/** `vnet-prod` in `rg-net`, holding the given subnets (by default the AKS subnet). */
export function vnet(subnets: Subnet[] | null = [subnet()], overrides: Partial<VirtualNetwork> = {}): VirtualNetwork {
  return { ...read('Microsoft.Network/virtualNetworks', 'vnet-prod', VNET_PATHS), addressPrefixes: ['10.64.0.0/16'], subnets, peerings: [], ...overrides };
}

/** An inbound TCP rule from the Internet to 443; override what a test is about. */
export function securityRule(overrides: Partial<SecurityRule> = {}): SecurityRule {
  return {
    name: 'allow-https',
    direction: 'Inbound',
    access: 'Allow',
    protocol: 'Tcp',
    priority: 200,
    sourceAddressPrefixes: ['Internet'],
    sourceApplicationSecurityGroups: false,
    destinationAddressPrefixes: ['*'],
    destinationApplicationSecurityGroups: false,
    destinationPortRanges: ['443'],
    path: 'properties.securityRules[0]',
    ...overrides,
  };
}

export function nsg(securityRules: SecurityRule[] | null, overrides: Partial<NetworkSecurityGroup> = {}): NetworkSecurityGroup {
  return { ...read('Microsoft.Network/networkSecurityGroups', 'nsg-aks', NSG_PATHS), securityRules, subnetIds: [], networkInterfaceIds: [], ...overrides };
}

/** A default route to the hub firewall. */
export function route(overrides: Partial<Route> = {}): Route {
  return { name: 'default-to-firewall', addressPrefix: '0.0.0.0/0', nextHopType: 'VirtualAppliance', nextHopIpAddress: '10.0.0.4', path: 'properties.routes[0]', ...overrides };
}

export function routeTable(routes: Route[] | null = [route()], overrides: Partial<RouteTable> = {}): RouteTable {
  return { ...read('Microsoft.Network/routeTables', 'rt-egress', ROUTE_TABLE_PATHS), routes, subnetIds: [AKS_SUBNET_ID], ...overrides };
}

/** A public IP in `resourceGroup`, attached to `ipConfigurationId` (null: unattached). */
export function publicIp(name: string, resourceGroup: string, ipConfigurationId: string | null, overrides: Partial<PublicIpAddress> = {}): PublicIpAddress {
  const base = resource('Microsoft.Network/publicIPAddresses', name, resourceGroup);
  return { ...base, provenance: { paths: PUBLIC_IP_PATHS, defaulted: [] }, ipAddress: '20.0.0.1', ipConfigurationId, nodeHolder: nodeHolderOf(ipConfigurationId), attached: ipConfigurationId !== null, skuName: 'Standard', ...overrides };
}

/** A network resource in `rg-net` as the ARM adapter reads it: with its kind's source paths. */
function read(type: string, name: string, paths: Readonly<Record<string, string>>): ResourceBase {
  return { ...resource(type, name, 'rg-net'), provenance: { paths, defaulted: [] } };
}
