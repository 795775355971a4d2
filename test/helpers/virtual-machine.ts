import { APPLICATION_GATEWAY_PATHS, WAF_POLICY_PATHS } from '../../src/adapters/arm/application-gateways.ts';
import { NETWORK_INTERFACE_PATHS, VIRTUAL_MACHINE_PATHS } from '../../src/adapters/arm/virtual-machines.ts';
import type { ApplicationGateway, WafPolicy } from '../../src/state/application-gateway.ts';
import type { BastionHost, NetworkInterface, NicIpConfiguration, VirtualMachine } from '../../src/state/virtual-machine.ts';
import { AKS_SUBNET_ID } from './network.ts';
import { resource } from './state.ts';

/** `vm-jump` in `rg-ops`, attached to `nic-jump`. */
export function vm(overrides: Partial<VirtualMachine> = {}): VirtualMachine {
  return { ...resource('Microsoft.Compute/virtualMachines', 'vm-jump', 'rg-ops', VIRTUAL_MACHINE_PATHS), networkInterfaceIds: [nicId('nic-jump')], ...overrides };
}

export const nicId = (name: string): string => resource('Microsoft.Network/networkInterfaces', name, 'rg-ops').id;
export const publicIpId = (name: string): string => resource('Microsoft.Network/publicIPAddresses', name, 'rg-ops').id;

/** An ip configuration in the AKS subnet of `vnet-prod`, without a public IP. */
export function ipConfiguration(overrides: Partial<NicIpConfiguration> = {}): NicIpConfiguration {
  return { name: 'ipconfig1', subnetId: AKS_SUBNET_ID, publicIpAddressId: false, path: 'properties.ipConfigurations[0]', ...overrides };
}

/** `nic-jump`, attached to `vm-jump`, with no NSG of its own. */
export function nic(ipConfigurations: NicIpConfiguration[] | null = [ipConfiguration()], overrides: Partial<NetworkInterface> = {}): NetworkInterface {
  return {
    ...resource('Microsoft.Network/networkInterfaces', 'nic-jump', 'rg-ops', NETWORK_INTERFACE_PATHS),
    ipConfigurations,
    networkSecurityGroupId: false,
    virtualMachineId: vm().id,
    ...overrides,
  };
}

export function bastion(virtualNetworkId: string, overrides: Partial<BastionHost> = {}): BastionHost {
  return { ...resource('Microsoft.Network/bastionHosts', 'bas-prod', 'rg-net', { virtualNetworkId: 'properties.ipConfigurations[0].properties.subnet.id' }), virtualNetworkId, ...overrides };
}

export const WAF_POLICY_ID = resource('Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies', 'waf-prod', 'rg-edge').id;

/** `agw-prod` on WAF_v2 with `waf-prod` associated. */
export function appGateway(overrides: Partial<ApplicationGateway> = {}): ApplicationGateway {
  return { ...resource('Microsoft.Network/applicationGateways', 'agw-prod', 'rg-edge', APPLICATION_GATEWAY_PATHS), skuTier: 'WAF_v2', firewallPolicyId: WAF_POLICY_ID, wafConfiguration: false, ...overrides };
}

/** `waf-prod`, enabled in Prevention mode. */
export function wafPolicy(overrides: Partial<WafPolicy> = {}): WafPolicy {
  return { ...resource('Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies', 'waf-prod', 'rg-edge', WAF_POLICY_PATHS), state: 'Enabled', mode: 'Prevention', ...overrides };
}
