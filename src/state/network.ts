import type { ApplicationGateway, WafPolicy } from './application-gateway.ts';
import type { Maybe, ResourceBase, ResourceRef } from './resource.ts';
import type { BastionHost, NetworkInterface } from './virtual-machine.ts';

/** The networking around the clusters, indexed by the analyses that need it (src/rules/analyses). */
export interface NetworkState {
  virtualNetworks: VirtualNetwork[];
  /**
   * Subnets the estate names (a pool's subnet, a private endpoint's, an injected server's) that
   * the input does not hold: the adapter resolves which VNet each belongs to, so rules can place
   * them without taking identities apart.
   */
  subnetReferences: SubnetReference[];
  networkSecurityGroups: NetworkSecurityGroup[];
  routeTables: RouteTable[];
  natGateways: NatGateway[];
  publicIpAddresses: PublicIpAddress[];
  privateEndpoints: PrivateEndpoint[];
  privateDnsZones: PrivateDnsZone[];
  networkInterfaces: NetworkInterface[];
  bastionHosts: BastionHost[];
  applicationGateways: ApplicationGateway[];
  wafPolicies: WafPolicy[];
}

/** Another resource named for people: its identity and its name, resolved by the adapter. */
export interface NamedRef {
  id: string;
  name: string;
}

export interface VirtualNetwork extends ResourceBase {
  addressPrefixes: Maybe<string[]>;
  /** Subnets inline in the body and separate `virtualNetworks/subnets` resources, merged by name. */
  subnets: Maybe<Subnet[]>;
  /** Inline `virtualNetworkPeerings` and separate `virtualNetworks/virtualNetworkPeerings` resources, merged by name. */
  peerings: Maybe<VirtualNetworkPeering[]>;
}

/**
 * A subnet's association with an NSG, route table or NAT gateway: the associated resource's id,
 * `false` when the body says there is none, null when the source did not say.
 */
export type Association = Maybe<string | false>;

/**
 * A subnet of a VNet (`microsoft.network/virtualnetworks/subnets`): its `parent` is the VNet.
 * Read inline in the VNet's body it shares the VNet's origin, its provenance `at` saying where
 * in that body it sits.
 */
export interface Subnet extends ResourceBase {
  parent: ResourceRef;
  /** `addressPrefix` and `addressPrefixes` together. */
  addressPrefixes: Maybe<string[]>;
  networkSecurityGroupId: Association;
  routeTableId: Association;
  natGatewayId: Association;
  /** Service names the subnet is delegated to (`Microsoft.DBforPostgreSQL/flexibleServers`). */
  delegations: Maybe<string[]>;
}

/** A subnet known only by reference, with the VNet its identity names. */
export interface SubnetReference extends NamedRef {
  virtualNetwork: NamedRef;
}

export interface VirtualNetworkPeering {
  name: string;
  remoteVirtualNetworkId: Maybe<string>;
  /** `Connected`, `Initiated` or `Disconnected`: only a connected peering carries traffic. */
  peeringState: Maybe<string>;
}

export interface SecurityRule {
  name: string;
  /** `Inbound` or `Outbound`. */
  direction: Maybe<string>;
  /** `Allow` or `Deny`. */
  access: Maybe<string>;
  /** `Tcp`, `Udp`, `Icmp`, `Esp`, `Ah` or `*`. */
  protocol: Maybe<string>;
  /** 100–4096; the lowest number that matches a flow decides it. */
  priority: Maybe<number>;
  /** `sourceAddressPrefix` and `sourceAddressPrefixes` together (`*`, `Internet`, CIDRs, service tags). */
  sourceAddressPrefixes: Maybe<string[]>;
  /** True when the source includes application security groups (their members are not addresses). */
  sourceApplicationSecurityGroups: boolean;
  /** `destinationAddressPrefix` and `destinationAddressPrefixes` together. */
  destinationAddressPrefixes: Maybe<string[]>;
  /** True when the destination includes application security groups. */
  destinationApplicationSecurityGroups: boolean;
  /** `destinationPortRange` and `destinationPortRanges` together (`*`, `22`, `1024-65535`). */
  destinationPortRanges: Maybe<string[]>;
  /** Where the rule was read, relative to its NSG (the body's rule list, or a separate rule resource), for evidence. */
  path: string;
}

export interface NetworkSecurityGroup extends ResourceBase {
  /**
   * User rules only (inline and separate `securityRules` resources, merged by name). The
   * platform's default rules are fixed: they admit the virtual network and the Azure load
   * balancer, and deny every other inbound flow, the Internet included.
   */
  securityRules: Maybe<SecurityRule[]>;
  /** Subnets and network interfaces it is associated with, as the NSG body lists them. */
  subnetIds: Maybe<string[]>;
  networkInterfaceIds: Maybe<string[]>;
}

export interface Route {
  name: string;
  /** A CIDR (`0.0.0.0/0` is the default route) or a service tag. */
  addressPrefix: Maybe<string>;
  /** `VirtualAppliance`, `Internet`, `VirtualNetworkGateway`, `VnetLocal`, `None`. */
  nextHopType: Maybe<string>;
  nextHopIpAddress: Maybe<string>;
  /** Where the route was read, relative to its route table, for evidence. */
  path: string;
}

export interface RouteTable extends ResourceBase {
  /** Inline routes and separate `routeTables/routes` resources, merged by name. */
  routes: Maybe<Route[]>;
  subnetIds: Maybe<string[]>;
}

export interface NatGateway extends ResourceBase {
  subnetIds: Maybe<string[]>;
  publicIpAddressIds: Maybe<string[]>;
}

/** The kind of a public IP address, as coverage names what was read. */
export const PUBLIC_IP_ADDRESS = 'microsoft.network/publicipaddresses';

export interface PublicIpAddress extends ResourceBase {
  ipAddress: Maybe<string>;
  /**
   * The ip configuration it is attached to: a network interface's
   * (`…/networkInterfaces/<nic>/ipConfigurations/<x>`), a scale set instance's
   * (`…/virtualMachineScaleSets/<vmss>/virtualMachines/<i>/networkInterfaces/…`), a load
   * balancer frontend, a gateway's. Null when unattached or unknown.
   */
  ipConfigurationId: Maybe<string>;
  /** The node it is attached to, named for people (`scale set aks-nodepool1-vmss instance 0`, `network interface nic-1`); null when attached to no node, or not known to be. */
  nodeHolder: Maybe<string>;
  /** True when attached to an ip configuration; false when the body says it is attached to nothing (`ipConfiguration` absent in a complete body). */
  attached: Maybe<boolean>;
  /** `Standard` (closed to inbound flows no NSG allows) or `Basic` (open unless an NSG denies). */
  skuName: Maybe<string>;
}

export interface PrivateEndpointConnection {
  /** The resource the endpoint reaches (`privateLinkServiceId`). */
  targetId: Maybe<string>;
  /** Sub-resources reached (`vault`, `postgresqlServer`, `blob`, `registry`, `redisCache`, `sqlServer`). */
  groupIds: string[];
  /** `Approved`, `Pending`, `Rejected` or `Disconnected`: only an approved connection carries traffic. */
  status: Maybe<string>;
}

export interface PrivateEndpoint extends ResourceBase {
  subnetId: Maybe<string>;
  /** The VNet its subnet belongs to, resolved by the adapter. */
  virtualNetwork: Maybe<NamedRef>;
  /** `privateLinkServiceConnections` and `manualPrivateLinkServiceConnections` together. */
  connections: Maybe<PrivateEndpointConnection[]>;
  /** Private DNS zones its zone groups register records in (`privateDnsZoneGroups/*`); null when not in the input. */
  privateDnsZoneIds: Maybe<string[]>;
}

export interface PrivateDnsZoneLink {
  name: string;
  /** The linked VNet, named by the adapter (it may not be in the input). */
  virtualNetwork: Maybe<NamedRef>;
  registrationEnabled: Maybe<boolean>;
}

export interface PrivateDnsZone extends ResourceBase {
  /** Virtual network links (child `virtualNetworkLinks` resources); null when the input did not carry them. */
  virtualNetworkLinks: Maybe<PrivateDnsZoneLink[]>;
}
