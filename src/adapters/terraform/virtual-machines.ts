import type { TfResource, TfValue } from '../../collectors/terraform/model.ts';
import type { NamedRef } from '../../state/network.ts';
import type { Maybe } from '../../state/resource.ts';
import { NETWORK_INTERFACE, VIRTUAL_MACHINE, type BastionHost, type NetworkInterface, type NicIpConfiguration, type VirtualMachine } from '../../state/virtual-machine.ts';
import { isBlock, valueAt } from './attributes.ts';
import { tfBase } from './base.ts';
import type { TfIndex } from './index-resources.ts';
import { associated, text, vnetOfSubnet } from './network-children.ts';

const VM_TYPES = ['azurerm_linux_virtual_machine', 'azurerm_windows_virtual_machine', 'azurerm_virtual_machine'];
const NIC = 'azurerm_network_interface';
const NIC_NSG_ASSOCIATION = 'azurerm_network_interface_security_group_association';
const BASTION_HOST = 'azurerm_bastion_host';
export const VIRTUAL_MACHINE_TYPES = [...VM_TYPES, NIC, BASTION_HOST];

/** `azurerm_linux_virtual_machine`, `azurerm_windows_virtual_machine`, `azurerm_virtual_machine` → VirtualMachine. */
export function adaptVirtualMachines(index: TfIndex): VirtualMachine[] {
  return VM_TYPES.flatMap((type) => index.ofType(type)).map((r) => {
    const f = index.reader(r);
    const base = tfBase(r, VIRTUAL_MACHINE, index.ids, f);
    f.provenance.paths.networkInterfaceIds = 'network_interface_ids';
    return { ...base, networkInterfaceIds: targets(r, 'network_interface_ids', index) };
  });
}

/** Each element of a list of references (`network_interface_ids`), by reference or ARM id; null when one cannot be resolved. */
function targets(r: TfResource, path: string, index: TfIndex): Maybe<string[]> {
  const list = valueAt(r.values, path);
  if (!Array.isArray(list)) return null;
  const ids: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const id = index.ids.target(r, `${path}[${i}]`) ?? (list.length === 1 ? index.ids.target(r, path) : null);
    if (id === null) return null;
    ids.push(id);
  }
  return ids;
}

/**
 * `azurerm_network_interface` → NetworkInterface. Its NSG is the one an
 * `azurerm_network_interface_security_group_association` pairs with it (azurerm has no attribute
 * on the interface for it since 2.0); the VM it is attached to is stated by the VM. `ip_configuration`
 * is required: none is a configuration not yet known.
 */
export function adaptNetworkInterfaces(index: TfIndex): NetworkInterface[] {
  return index.ofType(NIC).map((r) => {
    const f = index.reader(r);
    const base = tfBase(r, NETWORK_INTERFACE, index.ids, f);
    const nsgs = associated(base.id, NIC_NSG_ASSOCIATION, 'network_interface_id', 'network_security_group_id', index);
    Object.assign(f.provenance.paths, { ipConfigurations: 'ip_configuration', networkSecurityGroupId: `(${NIC_NSG_ASSOCIATION} resources)`, virtualMachineId: '(the virtual machine listing the interface)' });
    const blocks = r.values.ip_configuration;
    return {
      ...base,
      ipConfigurations: Array.isArray(blocks) && blocks.length ? blocks.map((block, i) => ipConfigurationOf(r, block, i, index)) : null,
      networkSecurityGroupId: nsgs === null ? null : (nsgs[0] ?? false),
      virtualMachineId: f.unknowable('virtualMachineId', 'stated by the virtual machine (network_interface_ids), not by the interface'),
    };
  });
}

/** An unset or empty `public_ip_address_id` is none; one that refers to nothing resolvable is unknown. */
function ipConfigurationOf(r: TfResource, block: TfValue, i: number, index: TfIndex): NicIpConfiguration {
  const path = `ip_configuration[${i}]`;
  const values = isBlock(block) ? block : {};
  const raw = values.public_ip_address_id;
  const publicIp = raw === undefined || raw === null || raw === '' ? (r.references[`${path}.public_ip_address_id`] === undefined ? false : null) : null;
  return {
    name: text(values, 'name') ?? String(i),
    subnetId: index.ids.target(r, `${path}.subnet_id`),
    publicIpAddressId: index.ids.target(r, `${path}.public_ip_address_id`) ?? publicIp,
    path,
  };
}

/** `azurerm_bastion_host` → BastionHost: the VNet of its `ip_configuration` subnet, or the Developer SKU's `virtual_network_id`. */
export function adaptBastionHosts(index: TfIndex, placement: ReadonlyMap<string, NamedRef>): BastionHost[] {
  return index.ofType(BASTION_HOST).map((r) => {
    const f = index.reader(r);
    const base = tfBase(r, 'microsoft.network/bastionhosts', index.ids, f);
    const developer = index.ids.target(r, 'virtual_network_id');
    const subnetId = index.ids.target(r, 'ip_configuration[0].subnet_id');
    f.provenance.paths.virtualNetworkId = developer ? 'virtual_network_id' : 'ip_configuration[0].subnet_id';
    return { ...base, virtualNetworkId: developer ?? (subnetId ? (vnetOfSubnet(subnetId, placement)?.id ?? null) : null) };
  });
}
