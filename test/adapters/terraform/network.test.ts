import { describe, expect, it } from 'vitest';
import { adaptTerraform } from '../../../src/adapters/terraform/adapt.ts';
import { AFTER_APPLY, Unknown, type TfResource, type TfValue } from '../../../src/collectors/terraform/model.ts';
import { evidence } from '../../../src/engine/evidence.ts';
import { only, run } from '../../helpers/state.ts';
import { rule, tf } from './instances.ts';

const later = () => new Unknown(AFTER_APPLY);
const rg = { resource_group_name: 'rg-shop-prod', location: 'westeurope' };

const vnet = (values: Record<string, TfValue> = {}) => tf('azurerm_virtual_network.main', { name: 'vnet-shop', address_space: ['10.1.0.0/16'], subnet: later(), ...rg, ...values });
const subnet = (name: string, values: Record<string, TfValue> = {}, extra: Partial<TfResource> = {}) =>
  tf(`azurerm_subnet.${name}`, { name: `snet-${name}`, resource_group_name: 'rg-shop-prod', virtual_network_name: 'vnet-shop', address_prefixes: ['10.1.0.0/22'], delegation: [], ...values }, { references: { virtual_network_name: 'azurerm_virtual_network.main' }, ...extra });
const nsg = (rules: TfValue = []) => tf('azurerm_network_security_group.nodes', { name: 'nsg-nodes', security_rule: rules, ...rg });
const nsgAssociation = (subnetAddress: string) =>
  tf(`azurerm_subnet_network_security_group_association.${subnetAddress.split('.')[1]}`, { subnet_id: later(), network_security_group_id: later() }, { references: { subnet_id: subnetAddress, network_security_group_id: 'azurerm_network_security_group.nodes' } });
const cluster = (subnetAddress: string) =>
  tf('azurerm_kubernetes_cluster.main', { name: 'aks-shop', ...rg, default_node_pool: [{ name: 'system', vnet_subnet_id: later() }], identity: [{ type: 'SystemAssigned' }] }, { references: { 'default_node_pool[0].vnet_subnet_id': subnetAddress } });

/** An inline or separate rule as azurerm writes it: the singular and plural forms side by side, the unused one `""` or `[]`. */
const sshFromInternet = { name: 'ssh', priority: 200, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', source_address_prefix: 'Internet', source_address_prefixes: [], destination_address_prefix: '', destination_address_prefixes: ['10.1.0.0/22'], destination_port_range: '', destination_port_ranges: ['22', '80'], source_application_security_group_ids: [], destination_application_security_group_ids: [] };

describe('Terraform: virtual networks and subnets', () => {
  it('places azurerm_subnet in its VNet by reference, and by name and resource group written out', () => {
    const literal = subnet('db', { virtual_network_name: 'vnet-shop', delegation: [{ name: 'pg', service_delegation: [{ name: 'Microsoft.DBforPostgreSQL/flexibleServers' }] }] }, { references: {} });
    const elsewhere = subnet('other', { resource_group_name: 'rg-other' }, { references: {} });
    const { state } = adaptTerraform([vnet(), subnet('nodes'), literal, elsewhere], 4);
    const [v] = state.network.virtualNetworks;
    expect(v!.subnets!.map((s) => s.id)).toEqual(['azurerm_subnet.nodes', 'azurerm_subnet.db']);
    expect(v!.subnets![0]).toMatchObject({ name: 'snet-nodes', parent: { id: 'azurerm_virtual_network.main', name: 'vnet-shop' }, addressPrefixes: ['10.1.0.0/22'], networkSecurityGroupId: false, routeTableId: false, natGatewayId: false, delegations: [] });
    expect(v!.subnets![1]!.delegations).toEqual(['Microsoft.DBforPostgreSQL/flexibleServers']);
    expect(evidence(v!.subnets![0]!, 'networkSecurityGroupId').note).toMatch(/default/);
  });

  it('reads inline subnet blocks (v3 `address_prefix`, v4 `address_prefixes`, `security_group` by reference)', () => {
    const v3 = vnet({ subnet: [{ name: 'snet-a', address_prefix: '10.1.0.0/24', security_group: '', id: later() }] });
    expect(adaptTerraform([v3], 3).state.network.virtualNetworks[0]!.subnets![0]).toMatchObject({ id: 'azurerm_virtual_network.main/subnets/snet-a', addressPrefixes: ['10.1.0.0/24'], networkSecurityGroupId: false });
    const v4 = vnet({ subnet: [{ name: 'snet-a', address_prefixes: ['10.1.0.0/24'], security_group: later(), route_table_id: null, id: later() }] });
    const withRef = { ...v4, references: { 'subnet[0].security_group': 'azurerm_network_security_group.nodes' } };
    const { state } = adaptTerraform([withRef, nsg()], 4);
    expect(state.network.virtualNetworks[0]!.subnets![0]).toMatchObject({ networkSecurityGroupId: 'azurerm_network_security_group.nodes', routeTableId: false });
    expect(state.network.networkSecurityGroups[0]!.subnetIds).toEqual(['azurerm_virtual_network.main/subnets/snet-a']);
  });

  it('leaves the subnets unknown when the inline list is unknown and no azurerm_subnet names the VNet', () => {
    expect(adaptTerraform([vnet()], 4).state.network.virtualNetworks[0]!.subnets).toBeNull();
  });

  it('joins association resources: the subnet carries the NSG, route table and NAT gateway, each lists the subnet', () => {
    const rt = tf('azurerm_route_table.egress', { name: 'rt-egress', route: [{ name: 'default', address_prefix: '0.0.0.0/0', next_hop_type: 'VirtualAppliance', next_hop_in_ip_address: '10.0.0.4' }], ...rg });
    const rta = tf('azurerm_subnet_route_table_association.nodes', {}, { references: { subnet_id: 'azurerm_subnet.nodes', route_table_id: 'azurerm_route_table.egress' } });
    const nat = tf('azurerm_nat_gateway.egress', { name: 'ng-egress', ...rg });
    const ip = tf('azurerm_public_ip.nat', { name: 'pip-nat', ...rg, ip_address: later() });
    const nata = tf('azurerm_subnet_nat_gateway_association.nodes', {}, { references: { subnet_id: 'azurerm_subnet.nodes', nat_gateway_id: 'azurerm_nat_gateway.egress' } });
    const ipa = tf('azurerm_nat_gateway_public_ip_association.nat', {}, { references: { nat_gateway_id: 'azurerm_nat_gateway.egress', public_ip_address_id: 'azurerm_public_ip.nat' } });
    const route = tf('azurerm_route.extra', { name: 'onprem', route_table_name: 'rt-egress', resource_group_name: 'rg-shop-prod', address_prefix: '192.168.0.0/16', next_hop_type: 'VirtualNetworkGateway' });
    const { state } = adaptTerraform([vnet(), subnet('nodes'), nsg(), nsgAssociation('azurerm_subnet.nodes'), rt, rta, route, nat, ip, nata, ipa], 4);
    const { network } = state;
    expect(network.virtualNetworks[0]!.subnets![0]).toMatchObject({ networkSecurityGroupId: 'azurerm_network_security_group.nodes', routeTableId: 'azurerm_route_table.egress', natGatewayId: 'azurerm_nat_gateway.egress' });
    expect(evidence(network.virtualNetworks[0]!.subnets![0]!, 'routeTableId').path).toBe('azurerm_subnet_route_table_association.nodes.route_table_id');
    expect(network.networkSecurityGroups[0]!.subnetIds).toEqual(['azurerm_subnet.nodes']);
    expect(network.routeTables[0]).toMatchObject({ subnetIds: ['azurerm_subnet.nodes'], routes: [{ name: 'default', nextHopType: 'VirtualAppliance', nextHopIpAddress: '10.0.0.4', path: 'route[0]' }, { name: 'onprem', nextHopIpAddress: null, path: 'azurerm_route.extra' }] });
    expect(network.natGateways[0]).toMatchObject({ subnetIds: ['azurerm_subnet.nodes'], publicIpAddressIds: ['azurerm_public_ip.nat'] });
    expect(network.publicIpAddresses[0]).toMatchObject({ ipAddress: null, attached: true });
  });

  it('leaves an association unknown when its target is not a resource of the configuration', () => {
    const association = tf('azurerm_subnet_network_security_group_association.nodes', { subnet_id: later(), network_security_group_id: later() }, { references: { subnet_id: 'azurerm_subnet.nodes', network_security_group_id: 'data.azurerm_network_security_group.shared' } });
    const s = adaptTerraform([vnet(), subnet('nodes'), association], 4).state.network.virtualNetworks[0]!.subnets![0]!;
    expect(s.networkSecurityGroupId).toBeNull();
    expect(s.provenance.unknown?.networkSecurityGroupId).toMatch(/refers to no resource/);
  });

  it('judges a pool joined to its subnet: pass with the association, fail without one', () => {
    const withNsg = adaptTerraform([vnet(), subnet('nodes'), nsg(), nsgAssociation('azurerm_subnet.nodes'), cluster('azurerm_subnet.nodes')], 4).state;
    const pass = only(run(rule('network-aks-subnet-nsg'), withNsg));
    expect(pass).toMatchObject({ status: 'pass', resource: { id: 'azurerm_subnet.nodes', parent: { id: 'azurerm_kubernetes_cluster.main' } } });
    const without = only(run(rule('network-aks-subnet-nsg'), adaptTerraform([vnet(), subnet('nodes'), cluster('azurerm_subnet.nodes')], 4).state));
    expect(without.status).toBe('fail');
    expect(without.evidence[0]!.note).toMatch(/the subnet has none/);
  });

  it('reads peerings by VNet name; their state is known only once applied', () => {
    const peering = tf('azurerm_virtual_network_peering.hub', { name: 'to-hub', virtual_network_name: 'vnet-shop', resource_group_name: 'rg-shop-prod', remote_virtual_network_id: '/subscriptions/0000/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub' });
    expect(adaptTerraform([vnet(), peering], 4).state.network.virtualNetworks[0]!.peerings).toEqual([{ name: 'to-hub', remoteVirtualNetworkId: '/subscriptions/0000/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub', peeringState: null }]);
  });
});

describe('Terraform: network security groups', () => {
  it('reads inline rules with singular and plural forms together, `""` as unset', () => {
    const rules = adaptTerraform([nsg([sshFromInternet])], 4).state.network.networkSecurityGroups[0]!.securityRules!;
    expect(rules).toEqual([{ name: 'ssh', direction: 'Inbound', access: 'Allow', protocol: 'Tcp', priority: 200, sourceAddressPrefixes: ['Internet'], sourceApplicationSecurityGroups: false, destinationAddressPrefixes: ['10.1.0.0/22'], destinationApplicationSecurityGroups: false, destinationPortRanges: ['22', '80'], path: 'security_rule[0]' }]);
  });

  it('joins azurerm_network_security_rule by NSG name or reference; v3 unknown inline list with separate rules is those rules', () => {
    const byName = tf('azurerm_network_security_rule.ssh', { ...sshFromInternet, network_security_group_name: 'nsg-nodes', resource_group_name: 'rg-shop-prod' });
    const byRef = tf('azurerm_network_security_rule.rdp', { ...sshFromInternet, name: 'rdp', destination_port_ranges: ['3389'] }, { references: { network_security_group_name: 'azurerm_network_security_group.nodes' } });
    const { state } = adaptTerraform([nsg(later()), byName, byRef], 3);
    expect(state.network.networkSecurityGroups[0]!.securityRules!.map((r) => [r.name, r.path])).toEqual([['rdp', 'azurerm_network_security_rule.rdp'], ['ssh', 'azurerm_network_security_rule.ssh']]);
    expect(adaptTerraform([nsg(later())], 3).state.network.networkSecurityGroups[0]!.securityRules).toBeNull();
  });

  it('fails an NSG that lets SSH in from the Internet, and leaves a rule with an unknown source unknown', () => {
    expect(only(run(rule('network-nsg-management-ports-closed'), adaptTerraform([nsg([sshFromInternet])], 4).state)).status).toBe('fail');
    const unknownSource = { ...sshFromInternet, source_address_prefix: later() };
    expect(only(run(rule('network-nsg-management-ports-closed'), adaptTerraform([nsg([unknownSource])], 4).state)).status).toBe('unknown');
  });
});

describe('Terraform: private endpoints and DNS zones', () => {
  const vault = tf('azurerm_key_vault.main', { name: 'kv-shop', ...rg, public_network_access_enabled: false });
  const endpoint = (zones: TfValue) =>
    tf('azurerm_private_endpoint.kv', { name: 'pe-kv', ...rg, subnet_id: later(), private_service_connection: [{ name: 'psc', is_manual_connection: false, private_connection_resource_id: later(), subresource_names: ['vault'] }], private_dns_zone_group: zones }, {
      references: { subnet_id: 'azurerm_subnet.endpoints', 'private_service_connection[0].private_connection_resource_id': 'azurerm_key_vault.main', 'private_dns_zone_group[0].private_dns_zone_ids': 'azurerm_private_dns_zone.kv', 'private_dns_zone_group[0].private_dns_zone_ids[0]': 'azurerm_private_dns_zone.kv' },
    });
  const zone = tf('azurerm_private_dns_zone.kv', { name: 'privatelink.vaultcore.azure.net', resource_group_name: 'rg-shop-prod' });
  const v4link = tf('azurerm_private_dns_zone_virtual_network_link.kv', { name: 'link-shop', private_dns_zone_name: 'privatelink.vaultcore.azure.net', resource_group_name: 'rg-shop-prod', virtual_network_id: later() }, { references: { virtual_network_id: 'azurerm_virtual_network.main' } });
  const v5link = tf('azurerm_private_dns_zone_virtual_network_link.kv', { name: 'link-shop', private_dns_zone_id: later(), virtual_network_id: later(), registration_enabled: true }, { references: { private_dns_zone_id: 'azurerm_private_dns_zone.kv', virtual_network_id: 'azurerm_virtual_network.main' } });

  it('resolves the endpoint subnet, its VNet, its target and its zones through references', () => {
    const { state } = adaptTerraform([vnet(), subnet('endpoints'), vault, endpoint([{ name: 'default', private_dns_zone_ids: [later()] }]), zone, v4link], 4);
    expect(state.network.privateEndpoints[0]).toMatchObject({ subnetId: 'azurerm_subnet.endpoints', virtualNetwork: { id: 'azurerm_virtual_network.main', name: 'vnet-shop' }, connections: [{ targetId: 'azurerm_key_vault.main', groupIds: ['vault'], status: 'Approved' }], privateDnsZoneIds: ['azurerm_private_dns_zone.kv'] });
    expect(state.network.privateDnsZones[0]!.virtualNetworkLinks).toEqual([{ name: 'link-shop', virtualNetwork: { id: 'azurerm_virtual_network.main', name: 'vnet-shop' }, registrationEnabled: false }]);
    expect(only(run(rule('keyvault-private-endpoint'), state)).status).toBe('pass');
  });

  it('joins a v5 link by private_dns_zone_id; an endpoint without a zone group has none', () => {
    const { state } = adaptTerraform([vnet(), subnet('endpoints'), vault, endpoint([]), zone, v5link], 5);
    expect(state.network.privateDnsZones[0]!.virtualNetworkLinks).toEqual([{ name: 'link-shop', virtualNetwork: { id: 'azurerm_virtual_network.main', name: 'vnet-shop' }, registrationEnabled: true }]);
    expect(state.network.privateEndpoints[0]!.privateDnsZoneIds).toEqual([]);
  });

  it('leaves the zones unknown when a zone id is neither a reference nor an ARM id', () => {
    const pe = endpoint([{ name: 'default', private_dns_zone_ids: [later()] }]);
    const bare = { ...pe, references: { subnet_id: 'azurerm_subnet.endpoints' } };
    expect(adaptTerraform([vnet(), subnet('endpoints'), bare], 4).state.network.privateEndpoints[0]!.privateDnsZoneIds).toBeNull();
  });
});
