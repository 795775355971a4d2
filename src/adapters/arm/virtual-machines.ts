import { NETWORK_INTERFACE, VIRTUAL_MACHINE, type BastionHost, type NetworkInterface, type NicIpConfiguration, type VirtualMachine } from '../../state/virtual-machine.ts';
import type { Maybe } from '../../state/resource.ts';
import { baseOf } from './base.ts';
import type { ArmResource } from './collect-resources.ts';
import { FieldReader } from './fields.ts';
import type { ArmIndex } from './index-resources.ts';
import { association, itemProps, propsOf } from './network-children.ts';
import type { Node } from './properties.ts';
import { virtualNetworkOfSubnet } from './resource-id.ts';

export { NETWORK_INTERFACE, VIRTUAL_MACHINE };
export const BASTION_HOST = 'microsoft.network/bastionhosts';

/** Where each field is read in the resource's body. */
export const VIRTUAL_MACHINE_PATHS = { networkInterfaceIds: 'properties.networkProfile.networkInterfaces' } as const;
export const NETWORK_INTERFACE_PATHS = {
  ipConfigurations: 'properties.ipConfigurations',
  networkSecurityGroupId: 'properties.networkSecurityGroup.id',
  virtualMachineId: 'properties.virtualMachine.id',
} as const;
const BASTION_PATHS = { virtualNetworkId: 'properties.ipConfigurations[0].properties.subnet.id' } as const;

/** `Microsoft.Compute/virtualMachines` → VirtualMachine. Property names follow the Compute 2024-07-01 REST API. */
export function adaptVirtualMachines(index: ArmIndex): VirtualMachine[] {
  return index.ofType(VIRTUAL_MACHINE).map((r) => {
    // ARM requires a VM's network interfaces: a body without them is a fragment, not a VM without any.
    const refs = propsOf(r).child('networkProfile')?.children('networkInterfaces');
    return { ...baseOf(r, [], VIRTUAL_MACHINE_PATHS), networkInterfaceIds: refs ? refs.flatMap((ref) => ref.string('id') ?? []) : null };
  });
}

/** `Microsoft.Network/networkInterfaces` → NetworkInterface (Microsoft.Network 2024-05-01). */
export function adaptNetworkInterfaces(index: ArmIndex): NetworkInterface[] {
  return index.ofType(NETWORK_INTERFACE).map((r) => {
    const f = new FieldReader(r.complete);
    const p = propsOf(r);
    const configurations = p.children('ipConfigurations');
    return {
      ...baseOf(r, f.defaulted, NETWORK_INTERFACE_PATHS),
      // ARM requires at least one ip configuration: a body without one is a fragment.
      ipConfigurations: configurations?.length ? configurations.map((n, i) => ipConfigurationOf(n, i, r.complete)) : null,
      networkSecurityGroupId: association(p, 'networkSecurityGroup', f, 'networkSecurityGroupId'),
      virtualMachineId: f.stated(p.child('virtualMachine')?.string('id')),
    };
  });
}

/** A public IP stated, stated as none (null), or left out of a complete body (none: ARM omits unset references). */
function ipConfigurationOf(node: Node, i: number, complete: boolean): NicIpConfiguration {
  const n = itemProps(node);
  const publicIp = n.child('publicIPAddress');
  const publicIpAddressId: Maybe<string | false> = publicIp ? (publicIp.string('id') ?? null) : n.has('publicIPAddress') || complete ? false : null;
  return { name: node.string('name') ?? String(i), subnetId: n.child('subnet')?.string('id') ?? null, publicIpAddressId, path: `properties.ipConfigurations[${i}]` };
}

/** `Microsoft.Network/bastionHosts` → BastionHost: the VNet of its `AzureBastionSubnet`, or the Developer SKU's `virtualNetwork`. */
export function adaptBastionHosts(index: ArmIndex): BastionHost[] {
  return index.ofType(BASTION_HOST).map((r: ArmResource) => {
    const p = propsOf(r);
    const subnetId = p.children('ipConfigurations')?.[0]?.child('properties')?.child('subnet')?.string('id');
    const developer = p.child('virtualNetwork')?.string('id');
    const paths = developer ? { virtualNetworkId: 'properties.virtualNetwork.id' } : BASTION_PATHS;
    return { ...baseOf(r, [], paths), virtualNetworkId: developer ?? (subnetId ? (virtualNetworkOfSubnet(subnetId) ?? null) : null) };
  });
}
