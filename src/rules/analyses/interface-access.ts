import { defineAnalysis } from '../../engine/analysis.ts';
import { pushTo } from '../../lib/maps.ts';
import type { NetworkSecurityGroup, PublicIpAddress, VirtualNetwork } from '../../state/network.ts';
import type { State } from '../../state/state.ts';
import type { BastionHost, NetworkInterface, VirtualMachine } from '../../state/virtual-machine.ts';

/**
 * What reaches a VM's network interfaces, indexed once per evaluation: the interfaces, the NSGs
 * (by identity and by the interfaces their bodies list), the public IPs that say which ip
 * configuration they sit on, and the Bastion hosts by the VNet they serve. Identities are
 * compared case-insensitively, as ARM ids are.
 */
export class InterfaceAccess {
  private readonly interfaces = new Map<string, NetworkInterface>();
  private readonly interfacesByVm = new Map<string, NetworkInterface[]>();
  private readonly nsgs = new Map<string, NetworkSecurityGroup>();
  private readonly nsgsByInterface = new Map<string, NetworkSecurityGroup>();
  private readonly publicIps = new Map<string, PublicIpAddress>();
  private readonly publicIpsByConfiguration = new Map<string, PublicIpAddress[]>();
  private readonly bastions = new Map<string, BastionHost[]>();
  private readonly vnets = new Map<string, VirtualNetwork>();

  constructor(state: State) {
    const { network } = state;
    for (const nic of network.networkInterfaces) {
      this.interfaces.set(nic.id.toLowerCase(), nic);
      if (nic.virtualMachineId) pushTo(this.interfacesByVm, nic.virtualMachineId.toLowerCase(), nic);
    }
    for (const nsg of network.networkSecurityGroups) {
      this.nsgs.set(nsg.id.toLowerCase(), nsg);
      for (const id of nsg.networkInterfaceIds ?? []) this.nsgsByInterface.set(id.toLowerCase(), nsg);
    }
    for (const ip of network.publicIpAddresses) {
      this.publicIps.set(ip.id.toLowerCase(), ip);
      if (ip.ipConfigurationId) pushTo(this.publicIpsByConfiguration, ip.ipConfigurationId.toLowerCase(), ip);
    }
    for (const bastion of network.bastionHosts) if (bastion.virtualNetworkId) pushTo(this.bastions, bastion.virtualNetworkId.toLowerCase(), bastion);
    for (const vnet of network.virtualNetworks) this.vnets.set(vnet.id.toLowerCase(), vnet);
  }

  /** The interfaces a VM lists, and those that name the VM: either side attaching one is enough. */
  interfaceIdsOf(vm: VirtualMachine): string[] {
    const ids = new Map<string, string>();
    for (const id of [...(vm.networkInterfaceIds ?? []), ...(this.interfacesByVm.get(vm.id.toLowerCase()) ?? []).map((nic) => nic.id)]) if (!ids.has(id.toLowerCase())) ids.set(id.toLowerCase(), id);
    return [...ids.values()];
  }

  networkInterface(id: string): NetworkInterface | undefined {
    return this.interfaces.get(id.toLowerCase());
  }

  nsg(id: string): NetworkSecurityGroup | undefined {
    return this.nsgs.get(id.toLowerCase());
  }

  /** An NSG whose body lists the interface among its associations. */
  nsgListing(interfaceId: string): NetworkSecurityGroup | undefined {
    return this.nsgsByInterface.get(interfaceId.toLowerCase());
  }

  publicIp(id: string): PublicIpAddress | undefined {
    return this.publicIps.get(id.toLowerCase());
  }

  /** Public IPs whose body says they sit on this ip configuration (`…/networkInterfaces/<nic>/ipConfigurations/<name>`). */
  publicIpsOn(interfaceId: string, configuration: string): PublicIpAddress[] {
    return this.publicIpsByConfiguration.get(`${interfaceId}/ipConfigurations/${configuration}`.toLowerCase()) ?? [];
  }

  /** Bastion hosts serving the VNet, or a VNet peered with it (a hub's Bastion reaches its spokes). */
  bastionsReaching(vnetId: string): BastionHost[] {
    const peered = (this.vnets.get(vnetId.toLowerCase())?.peerings ?? []).flatMap((p) => (p.remoteVirtualNetworkId && p.peeringState?.toLowerCase() === 'connected' ? [p.remoteVirtualNetworkId] : []));
    return [vnetId, ...peered].flatMap((id) => this.bastions.get(id.toLowerCase()) ?? []);
  }
}

export const INTERFACE_ACCESS = defineAnalysis('interface access', (state) => new InterfaceAccess(state));
