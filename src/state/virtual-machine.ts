import type { Association } from './network.ts';
import type { Maybe, ResourceBase } from './resource.ts';

/** The kinds the operator-access rule reads, as coverage names them. */
export const VIRTUAL_MACHINE = 'microsoft.compute/virtualmachines';
export const NETWORK_INTERFACE = 'microsoft.network/networkinterfaces';

/** `Microsoft.Compute/virtualMachines`: a standalone VM (AKS nodes are scale set instances, judged elsewhere). */
export interface VirtualMachine extends ResourceBase {
  /** The network interfaces it is attached through (`networkProfile.networkInterfaces[].id`). */
  networkInterfaceIds: Maybe<string[]>;
}

/** One ip configuration of a network interface: where its traffic enters. */
export interface NicIpConfiguration {
  name: string;
  subnetId: Maybe<string>;
  /** The public IP address it carries; false when the source says it has none. */
  publicIpAddressId: Maybe<string | false>;
  /** Where it was read, relative to its network interface, for evidence. */
  path: string;
}

/** `Microsoft.Network/networkInterfaces`. */
export interface NetworkInterface extends ResourceBase {
  ipConfigurations: Maybe<NicIpConfiguration[]>;
  /** The NSG on the interface itself (a subnet's NSG applies too, before it, for inbound flows). */
  networkSecurityGroupId: Association;
  /** The VM it is attached to, as the interface states it. */
  virtualMachineId: Maybe<string>;
}

/** `Microsoft.Network/bastionHosts`: managed SSH/RDP access into a virtual network without public IPs on the VMs. */
export interface BastionHost extends ResourceBase {
  /** The VNet it serves: the one its `AzureBastionSubnet` is in, or the Developer SKU's `virtualNetwork`. */
  virtualNetworkId: Maybe<string>;
}
