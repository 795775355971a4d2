import { describe, expect, it } from 'vitest';
import { adaptArm } from '../../../src/adapters/arm/adapt.ts';
import { collectArmResources } from '../../../src/adapters/arm/collect-resources.ts';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { unscopedPolicy } from '../../../src/engine/policy.ts';
import appgwRule from '../../../src/rules/network/network-appgw-waf-prevention.ts';
import vmRule from '../../../src/rules/compute/compute-vm-management-ports-exposed.ts';
import type { State } from '../../../src/state/state.ts';
import { exampleBody } from '../../helpers/fake-arm/routes-inventory.ts';
import { REFERENCE } from '../../helpers/state.ts';

const EXAMPLES = [
  'compute/2024-07-01/VirtualMachineGet.json',
  'network/2024-05-01/NetworkInterfaceGet.json',
  'network/2024-05-01/BastionHostGet.json',
  'network/2024-05-01/ApplicationGatewayGet.json',
  'network/2024-05-01/WafPolicyGet.json',
  'network/2026-01-01/NetworkSecurityGroupGet.json',
  'network/2026-01-01/PublicIpAddressGet.json',
  'network/2026-03-01/VirtualNetworkGet.json',
];

const stateOf = (...bodies: unknown[]): State => adaptArm(bodies.flatMap((body, i) => collectArmResources(body, `in-${i}.json`, `file:in-${i}.json`).resources)).state;
const examples = (): Array<Record<string, unknown>> => EXAMPLES.map((path) => exampleBody(path));

describe('virtual machines, network interfaces, Bastion hosts, Application Gateways and WAF policies from ARM', () => {
  it('reads the REST examples', () => {
    const s = stateOf(examples());
    expect(s.virtualMachines.map((vm) => [vm.name, vm.networkInterfaceIds?.map((id) => id.split('/').pop())])).toEqual([['vm-shop-jumpbox', ['nic-shop-jumpbox']]]);
    const [nic] = s.network.networkInterfaces;
    expect(nic).toMatchObject({ name: 'nic-shop-jumpbox', networkSecurityGroupId: expect.stringMatching(/nsg-shop-web$/), virtualMachineId: expect.stringMatching(/vm-shop-jumpbox$/) });
    expect(nic!.ipConfigurations).toEqual([{ name: 'ipconfig1', subnetId: expect.stringMatching(/vnet-shop\/subnets\/snet-app$/), publicIpAddressId: expect.stringMatching(/pip-shop-bastion$/), path: 'properties.ipConfigurations[0]' }]);
    expect(s.network.bastionHosts.map((b) => [b.name, b.virtualNetworkId?.split('/').pop()])).toEqual([['bas-shop', 'vnet-shop']]);
    expect(s.network.applicationGateways).toMatchObject([{ name: 'agw-shop', skuTier: 'WAF_v2', firewallPolicyId: expect.stringMatching(/waf-shop$/), wafConfiguration: false }]);
    expect(s.network.wafPolicies).toMatchObject([{ name: 'waf-shop', state: 'Enabled', mode: 'Prevention' }]);
    expect(s.network.publicIpAddresses[0]?.skuName).toBe('Standard');
  });

  it('judges the example estate: the jump box public IP admits only HTTP, the gateway blocks', () => {
    const s = stateOf(examples());
    const policy = unscopedPolicy(new Map([[vmRule.id, { severity: 'high', params: { managementPorts: [22, 3389, 5985, 5986], widestIpv4Prefix: 24, widestIpv6Prefix: 48 } }], [appgwRule.id, { severity: 'high', params: {} }]]), 'judge');
    const { findings } = evaluate(s, [vmRule, appgwRule], policy, new Date('2026-11-22T00:00:00Z'), REFERENCE);
    expect(findings.map((f) => [f.ruleId, f.status])).toEqual([
      [vmRule.id, 'pass'],
      [appgwRule.id, 'pass'],
    ]);
    expect(findings[0]!.message).toMatch(/public IP pip-shop-bastion behind NSG nsg-shop-web/);
  });

  it('takes an absent public IP, NSG, firewall policy or WAF configuration of a complete body for none', () => {
    const [vm, nicBody, , gatewayBody] = examples() as Array<{ properties: Record<string, unknown> }>;
    const nicProps = nicBody!.properties as { ipConfigurations: Array<{ properties: Record<string, unknown> }>; networkSecurityGroup?: unknown };
    delete nicProps.ipConfigurations[0]!.properties.publicIPAddress;
    delete nicProps.networkSecurityGroup;
    delete gatewayBody!.properties.firewallPolicy;
    const s = stateOf([vm, nicBody, gatewayBody]);
    expect(s.network.networkInterfaces[0]).toMatchObject({ networkSecurityGroupId: false, ipConfigurations: [{ publicIpAddressId: false }] });
    expect(s.network.applicationGateways[0]).toMatchObject({ firewallPolicyId: false, wafConfiguration: false });
  });

  it('leaves unknown what a fragment does not say (az resource list rows without properties)', () => {
    const rows = examples().slice(0, 5).map(({ id, name, type, location }) => ({ id, name, type, location, properties: null }));
    const s = stateOf(rows);
    expect(s.virtualMachines[0]?.networkInterfaceIds).toBeNull();
    expect(s.network.networkInterfaces[0]).toMatchObject({ ipConfigurations: null, networkSecurityGroupId: null, virtualMachineId: null });
    expect(s.network.bastionHosts[0]?.virtualNetworkId).toBeNull();
    expect(s.network.applicationGateways[0]).toMatchObject({ skuTier: null, firewallPolicyId: null, wafConfiguration: null });
    expect(s.network.wafPolicies[0]).toMatchObject({ state: null, mode: null });
  });

  it('takes an interface without ip configurations for a fragment: ARM requires one', () => {
    const [, nicBody] = examples() as Array<{ properties: Record<string, unknown> }>;
    nicBody!.properties.ipConfigurations = [];
    expect(stateOf([nicBody]).network.networkInterfaces[0]?.ipConfigurations).toBeNull();
  });

  it('reads the inline WAF configuration and a Developer Bastion host’s virtual network', () => {
    const gateway = { ...exampleBody('network/2024-05-01/ApplicationGatewayGet.json') } as { properties: Record<string, unknown> };
    gateway.properties = { ...gateway.properties, firewallPolicy: undefined, webApplicationFirewallConfiguration: { enabled: true, firewallMode: 'Detection', ruleSetType: 'OWASP', ruleSetVersion: '3.2' } };
    const vnetId = '/subscriptions/6b1f0c3e-2d7a-4c59-8e14-93a0d5b7c2f1/resourceGroups/rg-contoso-shop/providers/Microsoft.Network/virtualNetworks/vnet-dev';
    const developer = { id: `${vnetId.replace(/virtualNetworks\/vnet-dev$/, 'bastionHosts/bas-dev')}`, name: 'bas-dev', type: 'Microsoft.Network/bastionHosts', sku: { name: 'Developer' }, properties: { virtualNetwork: { id: vnetId } } };
    const s = stateOf([gateway, developer]);
    expect(s.network.applicationGateways[0]?.wafConfiguration).toEqual({ enabled: true, firewallMode: 'Detection' });
    expect(s.network.bastionHosts[0]).toMatchObject({ virtualNetworkId: vnetId, provenance: { paths: { virtualNetworkId: 'properties.virtualNetwork.id' } } });
  });
});
