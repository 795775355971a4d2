import { describe, expect, it } from 'vitest';
import { adaptTerraform } from '../../../src/adapters/terraform/adapt.ts';
import { AFTER_APPLY, Unknown, type TfResource, type TfValue } from '../../../src/collectors/terraform/model.ts';
import { only, run } from '../../helpers/state.ts';
import { rule, tf } from './instances.ts';

const later = () => new Unknown(AFTER_APPLY);
const rg = { resource_group_name: 'rg-ops', location: 'westeurope' };
const vnet = tf('azurerm_virtual_network.ops', { name: 'vnet-ops', address_space: ['10.9.0.0/16'], ...rg });
const subnet = (name: string) => tf(`azurerm_subnet.${name}`, { name, resource_group_name: 'rg-ops', virtual_network_name: 'vnet-ops', address_prefixes: ['10.9.0.0/24'] }, { references: { virtual_network_name: 'azurerm_virtual_network.ops' } });
const publicIp = (name: string, values: Record<string, TfValue> = {}) => tf(`azurerm_public_ip.${name}`, { name: `pip-${name}`, allocation_method: 'Static', ip_address: later(), ...rg, ...values });
const nic = (name: string, publicIpAddress?: string) =>
  tf(
    `azurerm_network_interface.${name}`,
    { name: `nic-${name}`, ...rg, ip_configuration: [{ name: 'internal', subnet_id: later(), private_ip_address_allocation: 'Dynamic', ...(publicIpAddress && { public_ip_address_id: later() }) }] },
    { references: { 'ip_configuration[0].subnet_id': 'azurerm_subnet.vms', ...(publicIpAddress && { 'ip_configuration[0].public_ip_address_id': publicIpAddress }) } },
  );
const linuxVm = (name: string, nicAddress: string) => tf(`azurerm_linux_virtual_machine.${name}`, { name: `vm-${name}`, size: 'Standard_B2s', admin_username: 'azureuser', network_interface_ids: [later()], ...rg }, { references: { 'network_interface_ids[0]': nicAddress } });
const sshFrom = (source: string) => tf('azurerm_network_security_group.vms', {
  name: 'nsg-vms',
  ...rg,
  security_rule: [{ name: 'ssh', priority: 100, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', source_address_prefix: source, source_address_prefixes: [], destination_address_prefix: '*', destination_address_prefixes: [], destination_port_range: '22', destination_port_ranges: [], source_port_range: '*', source_application_security_group_ids: [], destination_application_security_group_ids: [] }],
});
const nicNsg = (nicAddress: string) => tf(`azurerm_network_interface_security_group_association.${nicAddress.split('.')[1]}`, { network_interface_id: later(), network_security_group_id: later() }, { references: { network_interface_id: nicAddress, network_security_group_id: 'azurerm_network_security_group.vms' } });
const bastion = tf('azurerm_bastion_host.ops', { name: 'bas-ops', ...rg, ip_configuration: [{ name: 'configuration', subnet_id: later(), public_ip_address_id: later() }] }, { references: { 'ip_configuration[0].subnet_id': 'azurerm_subnet.AzureBastionSubnet', 'ip_configuration[0].public_ip_address_id': 'azurerm_public_ip.bastion' } });

const vmVerdicts = (resources: TfResource[], major: 3 | 4 = 4) => run(rule('compute-vm-management-ports-exposed'), adaptTerraform(resources, major).state).map((f) => [f.resource.name, f.status, f.message]);

describe('Terraform: virtual machines, network interfaces and Bastion hosts', () => {
  const estate = [vnet, subnet('vms'), subnet('AzureBastionSubnet'), publicIp('bastion'), bastion, publicIp('dev'), sshFrom('*')];

  it('reads a VM, its interface and its public IP by reference', () => {
    const { state } = adaptTerraform([...estate, nic('dev', 'azurerm_public_ip.dev'), linuxVm('dev', 'azurerm_network_interface.dev'), nicNsg('azurerm_network_interface.dev')], 4);
    expect(state.virtualMachines).toMatchObject([{ id: 'azurerm_linux_virtual_machine.dev', name: 'vm-dev', networkInterfaceIds: ['azurerm_network_interface.dev'] }]);
    expect(state.network.networkInterfaces).toMatchObject([{ ipConfigurations: [{ name: 'internal', subnetId: 'azurerm_subnet.vms', publicIpAddressId: 'azurerm_public_ip.dev', path: 'ip_configuration[0]' }], networkSecurityGroupId: 'azurerm_network_security_group.vms' }]);
    expect(state.network.bastionHosts).toMatchObject([{ name: 'bas-ops', virtualNetworkId: 'azurerm_virtual_network.ops' }]);
    expect(state.network.publicIpAddresses[0]?.skuName).toBe('Standard');
  });

  it('fails a dev VM with a public IP and SSH open to the Internet; passes a jump box without one, naming the Bastion host', () => {
    const resources = [...estate, nic('dev', 'azurerm_public_ip.dev'), linuxVm('dev', 'azurerm_network_interface.dev'), nicNsg('azurerm_network_interface.dev'), nic('jump'), linuxVm('jump', 'azurerm_network_interface.jump'), nicNsg('azurerm_network_interface.jump')];
    expect(vmVerdicts(resources)).toEqual([
      ['vm-dev', 'fail', expect.stringMatching(/public IP pip-dev: 22 admitted \(NSG nsg-vms: ssh \(priority 100\) admits 22 from \*\)/)],
      ['vm-jump', 'pass', 'VM vm-jump has no public IP address; management through Azure Bastion bas-ops'],
    ]);
  });

  it('passes a jump host with a public IP whose NSG admits SSH only from a named range', () => {
    const resources = [...estate.slice(0, -1), sshFrom('198.51.100.7/32'), nic('dev', 'azurerm_public_ip.dev'), linuxVm('dev', 'azurerm_network_interface.dev'), nicNsg('azurerm_network_interface.dev')];
    expect(vmVerdicts(resources)[0]?.[1]).toBe('pass');
  });

  it('with no NSG, judges the public IP by its SKU: the provider default is Basic in v3, Standard from v4', () => {
    const resources = [...estate.slice(0, -1), nic('dev', 'azurerm_public_ip.dev'), linuxVm('dev', 'azurerm_network_interface.dev')];
    expect(vmVerdicts(resources, 3)[0]?.[1]).toBe('fail');
    expect(vmVerdicts(resources, 4)[0]?.[1]).toBe('pass');
  });

  it('is unknown when the interface list cannot be resolved', () => {
    const vm = tf('azurerm_windows_virtual_machine.win', { name: 'vm-win', network_interface_ids: [later()], ...rg });
    expect(only(run(rule('compute-vm-management-ports-exposed'), adaptTerraform([vm], 4).state)).status).toBe('unknown');
  });
});

describe('Terraform: Application Gateways and WAF policies', () => {
  const policy = (settings?: Record<string, TfValue>) => tf('azurerm_web_application_firewall_policy.edge', { name: 'waf-edge', ...rg, ...(settings && { policy_settings: [settings] }), managed_rules: [{ managed_rule_set: [{ type: 'OWASP', version: '3.2' }] }] });
  const gateway = (values: Record<string, TfValue> = {}, references: Record<string, string> = { firewall_policy_id: 'azurerm_web_application_firewall_policy.edge' }) =>
    tf('azurerm_application_gateway.edge', { name: 'agw-edge', ...rg, sku: [{ name: 'WAF_v2', tier: 'WAF_v2', capacity: 2 }], firewall_policy_id: later(), ...values }, { references });
  const verdict = (resources: TfResource[]) => only(run(rule('network-appgw-waf-prevention'), adaptTerraform(resources, 4).state));

  it('passes WAF_v2 with a policy whose settings take the provider defaults (enabled, Prevention)', () => {
    const f = verdict([gateway(), policy({})]);
    expect(f.status).toBe('pass');
    expect(f.evidence.find((e) => e.path.endsWith('#policy_settings[0].mode'))?.note).toMatch(/provider default/);
  });

  it('names the AKS cluster whose ingress_application_gateway add-on refers to the gateway', () => {
    const aks = tf('azurerm_kubernetes_cluster.main', { name: 'aks-edge', ...rg, ingress_application_gateway: [{ gateway_id: later() }] }, { references: { 'ingress_application_gateway[0].gateway_id': 'azurerm_application_gateway.edge' } });
    expect(verdict([gateway(), policy({}), aks]).message).toMatch(/^Application Gateway agw-edge \(ingress of AKS cluster aks-edge\) runs WAF_v2/);
  });

  it.each<[string, TfResource[], string]>([
    ['a policy in Detection mode', [gateway(), policy({ mode: 'Detection' })], 'fail'],
    ['a disabled policy', [gateway(), policy({ enabled: false })], 'fail'],
    ['Standard_v2', [gateway({ sku: [{ name: 'Standard_v2', tier: 'Standard_v2' }], firewall_policy_id: null }, {})], 'fail'],
    ['a waf_configuration block in Prevention mode', [gateway({ firewall_policy_id: null, waf_configuration: [{ enabled: true, firewall_mode: 'Prevention', rule_set_version: '3.2' }] }, {})], 'pass'],
    ['WAF_v2 with neither', [gateway({ firewall_policy_id: null }, {})], 'fail'],
    ['a policy without policy_settings', [gateway(), policy()], 'unknown'],
    ['a policy outside the configuration', [gateway({ firewall_policy_id: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies/shared' }, {})], 'unknown'],
  ])('judges %s', (_, resources, status) => {
    expect(verdict(resources).status).toBe(status);
  });
});
