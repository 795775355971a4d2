import type { NetworkSecurityGroup, PublicIpAddress, Route, RouteTable, SecurityRule, Subnet, VirtualNetwork } from '../../src/state/network.ts';
import { refOf } from '../../src/state/resource.ts';
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
    provenance: { paths: { networkSecurityGroupId: 'networkSecurityGroup.id', routeTableId: 'routeTable.id', natGatewayId: 'natGateway.id' }, at: 'properties.subnets[0]', defaulted: [] },
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
  return { ...resource('Microsoft.Network/virtualNetworks', 'vnet-prod', 'rg-net'), addressPrefixes: ['10.64.0.0/16'], subnets, peerings: [], ...overrides };
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
  return { ...resource('Microsoft.Network/networkSecurityGroups', 'nsg-aks', 'rg-net'), securityRules, subnetIds: [], networkInterfaceIds: [], ...overrides };
}

/** A default route to the hub firewall. */
export function route(overrides: Partial<Route> = {}): Route {
  return { name: 'default-to-firewall', addressPrefix: '0.0.0.0/0', nextHopType: 'VirtualAppliance', nextHopIpAddress: '10.0.0.4', path: 'properties.routes[0]', ...overrides };
}

export function routeTable(routes: Route[] | null = [route()], overrides: Partial<RouteTable> = {}): RouteTable {
  return { ...resource('Microsoft.Network/routeTables', 'rt-egress', 'rg-net'), routes, subnetIds: [AKS_SUBNET_ID], ...overrides };
}

/** A public IP in `resourceGroup`, attached to `ipConfigurationId` (null: unattached). */
export function publicIp(name: string, resourceGroup: string, ipConfigurationId: string | null, overrides: Partial<PublicIpAddress> = {}): PublicIpAddress {
  return { ...resource('Microsoft.Network/publicIPAddresses', name, resourceGroup), ipAddress: '20.0.0.1', ipConfigurationId, nodeHolder: null, attached: ipConfigurationId !== null, ...overrides };
}
