import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourcePath } from '../../../src/engine/evidence.ts';
import { describe, expect, it } from 'vitest';
import { adaptArm } from '../../../src/adapters/arm/adapt.ts';
import { collectArmResources } from '../../../src/adapters/arm/collect-resources.ts';
import type { NetworkState } from '../../../src/state/network.ts';
import { readSnapshot } from '../../../src/collectors/files/snapshot-file.ts';
import { runMain, workDir } from '../../cli/run-main.ts';
import { exampleBody } from '../../helpers/fake-arm/routes-inventory.ts';

const SUB = '5f1c2a9e-3b7d-4c8e-a6f2-91d4e0b7c3a1';
const NET = `/subscriptions/${SUB}/resourceGroups/rg-net/providers/Microsoft.Network`;
const VNET_ID = `${NET}/virtualNetworks/vnet-spoke`;
const NSG_ID = `${NET}/networkSecurityGroups/nsg-aks`;

const networkOf = (...docs: unknown[]): NetworkState => {
  const resources = docs.flatMap((doc, i) => collectArmResources(doc, `in-${i}.json`, `file:in-${i}.json`).resources);
  return adaptArm(resources).state.network;
};
const vnet = (properties?: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ id: VNET_ID, name: 'vnet-spoke', type: 'Microsoft.Network/virtualNetworks', location: 'westeurope', ...(properties && { properties }), ...extra });
const subnetResource = (name: string, properties: Record<string, unknown>) => ({ id: `${VNET_ID}/subnets/${name}`, name, type: 'Microsoft.Network/virtualNetworks/subnets', properties });

describe('network adapter', () => {

  describe('subnets: inline and separate resources', () => {
    it('merges them by name; the separate resource, a fuller read, wins', () => {
      const body = vnet({ subnets: [{ name: 'snet-aks', properties: { addressPrefix: '10.64.0.0/22' } }] });
      const child = subnetResource('snet-aks', { addressPrefix: '10.64.0.0/22', networkSecurityGroup: { id: NSG_ID }, routeTable: { id: `${NET}/routeTables/rt` } });
      const pe = subnetResource('snet-pe', { addressPrefixes: ['10.64.8.0/24'], delegations: [{ name: 'd', properties: { serviceName: 'Microsoft.DBforPostgreSQL/flexibleServers' } }] });
      const [v] = networkOf([body, child, pe]).virtualNetworks;
      // Separate subnet resources are read at their own body's `properties`, under their VNet.
      expect(v!.subnets!.map((s) => [s.name, s.networkSecurityGroupId, s.provenance.at, s.parent.id])).toEqual([
        ['snet-aks', NSG_ID, 'properties', VNET_ID],
        ['snet-pe', false, 'properties', VNET_ID],
      ]);
      expect(v!.subnets![1]).toMatchObject({ addressPrefixes: ['10.64.8.0/24'], delegations: ['Microsoft.DBforPostgreSQL/flexibleServers'] });
    });

    it('builds the id of an inline subnet that lacks one from its VNet', () => {
      const [v] = networkOf(vnet({ subnets: [{ name: 'snet-aks', properties: {} }] })).virtualNetworks;
      expect(v!.subnets![0]!.id).toBe(`${VNET_ID}/subnets/snet-aks`);
    });

    it('reads az CLI flattened subnets: a reference printed as null is none, an absent one unknown', () => {
      const flattened = [
        { id: `${VNET_ID}/subnets/a`, name: 'a', type: 'Microsoft.Network/virtualNetworks/subnets', addressPrefix: '10.0.0.0/24', networkSecurityGroup: null, routeTable: { id: `${NET}/routeTables/rt` } },
      ];
      const [v] = networkOf(vnet(), flattened).virtualNetworks;
      expect(v!.subnets![0]).toMatchObject({ networkSecurityGroupId: false, routeTableId: `${NET}/routeTables/rt`, natGatewayId: null });
    });

    it('knows nothing about the subnets of a fragment, and knows there are none in a PowerShell export without children', () => {
      expect(networkOf(vnet()).virtualNetworks[0]).toMatchObject({ subnets: null, peerings: null, addressPrefixes: null });
      expect(networkOf(vnet(undefined, { resources: [] })).virtualNetworks[0]).toMatchObject({ subnets: [], peerings: [] });
      expect(networkOf(vnet({ addressSpace: { addressPrefixes: ['10.0.0.0/16'] } })).virtualNetworks[0]).toMatchObject({ subnets: [], peerings: [] });
    });

    it('reads peerings inline and as separate resources', () => {
      const remote = `/subscriptions/${SUB}/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub`;
      const inline = vnet({ virtualNetworkPeerings: [{ name: 'to-hub', properties: { peeringState: 'Initiated', remoteVirtualNetwork: { id: remote } } }] });
      const child = { id: `${VNET_ID}/virtualNetworkPeerings/to-hub`, name: 'to-hub', type: 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings', properties: { peeringState: 'Connected', remoteVirtualNetwork: { id: remote } } };
      expect(networkOf([inline, child]).virtualNetworks[0]!.peerings).toEqual([{ name: 'to-hub', remoteVirtualNetworkId: remote, peeringState: 'Connected' }]);
    });
  });

  describe('security rules, routes and public IPs', () => {
    it('merges security rules nested as PowerShell child resources with the inline ones, and reads associations', () => {
      const doc = {
        ResourceId: NSG_ID,
        Name: 'nsg-aks',
        ResourceType: 'Microsoft.Network/networkSecurityGroups',
        Properties: {
          securityRules: [{ name: 'allow-https', properties: { direction: 'Inbound', access: 'Allow', protocol: 'Tcp', priority: 200, sourceAddressPrefix: 'Internet', destinationAddressPrefix: '*', destinationPortRange: '443' } }],
          subnets: [{ id: `${VNET_ID}/subnets/snet-aks` }],
        },
        resources: [
          {
            ResourceId: `${NSG_ID}/securityRules/deny-ssh`,
            Name: 'nsg-aks/deny-ssh',
            ResourceType: 'Microsoft.Network/networkSecurityGroups/securityRules',
            Properties: { direction: 'Inbound', access: 'Deny', protocol: 'Tcp', priority: 100, sourceAddressPrefixes: ['0.0.0.0/0'], destinationAddressPrefix: '*', destinationPortRanges: ['22', '3389'], sourceApplicationSecurityGroups: [] },
          },
        ],
      };
      const [n] = networkOf(doc).networkSecurityGroups;
      expect(n!.securityRules!.map((r) => [r.name, r.priority, r.sourceAddressPrefixes, r.destinationPortRanges, r.path])).toEqual([
        ['allow-https', 200, ['Internet'], ['443'], 'properties.securityRules[0]'],
        ['deny-ssh', 100, ['0.0.0.0/0'], ['22', '3389'], 'securityRules/deny-ssh'],
      ]);
      expect(n!.subnetIds).toEqual([`${VNET_ID}/subnets/snet-aks`]);
    });

    it('leaves a side of a complete rule that states no address, and ports stated by neither property, unknown', () => {
      const rule = (name: string, properties: Record<string, unknown>) => ({ name, properties: { direction: 'Inbound', access: 'Allow', protocol: 'Tcp', priority: 100, destinationAddressPrefix: '*', ...properties } });
      const doc = {
        id: NSG_ID,
        name: 'nsg-aks',
        type: 'Microsoft.Network/networkSecurityGroups',
        properties: {
          securityRules: [
            rule('no-source', { sourceAddressPrefixes: [], destinationPortRange: '22' }),
            rule('no-ports', { sourceAddressPrefix: '*', destinationPortRanges: [] }),
            rule('by-group', { sourceApplicationSecurityGroups: [{ id: 'asg-web' }], destinationPortRange: '443' }),
          ],
        },
      };
      const [n] = networkOf(doc).networkSecurityGroups;
      expect(n!.securityRules!.map((r) => [r.sourceAddressPrefixes, r.destinationPortRanges])).toEqual([
        [null, ['22']],
        [['*'], null],
        [[], ['443']],
      ]);
    });

    it('leaves the fields of a rule fragment unknown', () => {
      const [n] = networkOf({ id: NSG_ID, name: 'nsg-aks', type: 'Microsoft.Network/networkSecurityGroups' }, { id: `${NSG_ID}/securityRules/r`, name: 'r', type: 'Microsoft.Network/networkSecurityGroups/securityRules' }).networkSecurityGroups;
      expect(n!.securityRules![0]).toMatchObject({ direction: null, sourceAddressPrefixes: null, destinationPortRanges: null });
      expect(n!.subnetIds).toBeNull();
    });

    it('reads routes inline and as separate resources', () => {
      const rt = `${NET}/routeTables/rt-egress`;
      const table = { id: rt, name: 'rt-egress', type: 'Microsoft.Network/routeTables', properties: { routes: [{ name: 'default', properties: { addressPrefix: '0.0.0.0/0', nextHopType: 'Internet' } }] } };
      const child = { id: `${rt}/routes/default`, name: 'default', type: 'Microsoft.Network/routeTables/routes', properties: { addressPrefix: '0.0.0.0/0', nextHopType: 'VirtualAppliance', nextHopIpAddress: '10.0.0.4' } };
      expect(networkOf([table, child]).routeTables[0]!.routes).toEqual([{ name: 'default', addressPrefix: '0.0.0.0/0', nextHopType: 'VirtualAppliance', nextHopIpAddress: '10.0.0.4', path: 'routes/default' }]);
    });

    it('reads scale set instance public IPs, and tells unattached from unknown', () => {
      const vmss = `/subscriptions/${SUB}/resourceGroups/MC_rg_aks_westeurope/providers/Microsoft.Compute/virtualMachineScaleSets/aks-user-1-vmss/virtualMachines/0/networkInterfaces/nic/ipConfigurations/ipconfig1`;
      const instance = { id: `${vmss}/publicIPAddresses/pub1`, name: 'pub1', type: 'Microsoft.Network/publicIPAddresses', properties: { ipAddress: '20.1.2.3', ipConfiguration: { id: vmss } } };
      const pip = (name: string, properties?: Record<string, unknown>) => ({ id: `${NET}/publicIPAddresses/${name}`, name, type: 'Microsoft.Network/publicIPAddresses', ...(properties && { properties }) });
      const ips = networkOf([instance, pip('spare', { ipAddress: '20.1.2.4' }), pip('fragment'), pip('nat', { natGateway: { id: `${NET}/natGateways/ng` } })]).publicIpAddresses;
      expect(ips.map((ip) => [ip.name, ip.resourceGroup, ip.ipConfigurationId, ip.attached])).toEqual([
        ['spare', 'rg-net', null, false],
        ['fragment', 'rg-net', null, null],
        ['nat', 'rg-net', null, true],
        ['pub1', 'MC_rg_aks_westeurope', vmss, true],
      ]);
    });
  });

  it('saves the network in a snapshot that reads back, and refuses an association of the wrong type', async () => {
    const dir = workDir();
    const file = join(dir, 'snapshot.json');
    const run = await runMain('scan', '--input', 'fixtures/demo/platform/network.json', '--format', 'json', '--out', join(dir, 'out'), '--save-snapshot', file, '--quiet');
    expect(run.stderr).toEqual([]);
    const network = readSnapshot(file).state.network;
    // The prod spoke's subnets are in this file, its VNet body in another: known only through them.
    expect(network.virtualNetworks.map((v) => v.name)).toEqual(['vnet-hub-weu', 'vnet-saas-nonprod-weu-spoke', 'vnet-saas-prod-weu-spoke']);
    expect(network).toMatchObject({ networkSecurityGroups: expect.any(Array), routeTables: [expect.objectContaining({ name: 'rt-saas-prod-weu-egress' })] });
    expect(network.publicIpAddresses).toHaveLength(4);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"networkSecurityGroupId":false', '"networkSecurityGroupId":true'));
    expect(() => readSnapshot(file)).toThrow(/networkSecurityGroupId: not an aks-audit snapshot/);
  });
});

describe('network adapter: REST bodies written for this repository, read as-is', () => {
  const SHOP_NET = '/subscriptions/6b1f0c3e-2d7a-4c59-8e14-93a0d5b7c2f1/resourceGroups/rg-contoso-shop/providers/Microsoft.Network';

  it('reads a virtual network: its inline subnet has no NSG, route table or NAT gateway (the API default), and no peerings', () => {
    const [v] = networkOf(exampleBody('network/2026-03-01/VirtualNetworkGet.json')).virtualNetworks;
    expect(v).toMatchObject({ name: 'vnet-shop', type: 'microsoft.network/virtualnetworks', addressPrefixes: ['10.20.0.0/16'], peerings: [] });
    expect(v!.subnets).toEqual([
      expect.objectContaining({
        id: `${SHOP_NET}/virtualNetworks/vnet-shop/subnets/snet-app`,
        name: 'snet-app',
        type: 'microsoft.network/virtualnetworks/subnets',
        parent: expect.objectContaining({ id: v!.id, name: 'vnet-shop' }),
        origin: v!.origin,
        addressPrefixes: ['10.20.1.0/24'],
        networkSecurityGroupId: false,
        routeTableId: false,
        natGatewayId: false,
        delegations: [],
      }),
    ]);
    // An inline subnet shares its VNet's origin; `at` says where in that body it sits.
    expect(v!.subnets![0]!.provenance).toMatchObject({ at: 'properties.subnets[0]', defaulted: ['networkSecurityGroupId', 'routeTableId', 'natGatewayId', 'delegations'] });
    expect(sourcePath(v!.subnets![0]!, 'networkSecurityGroupId')).toBe('properties.subnets[0].networkSecurityGroup.id');
    expect(v!.provenance.defaulted).toEqual([]);
  });

  it('reads a network security group: user rules only, source and port fields merged; no association listed is none', () => {
    const [n] = networkOf(exampleBody('network/2026-01-01/NetworkSecurityGroupGet.json')).networkSecurityGroups;
    expect(n!.securityRules).toEqual([
      {
        name: 'allow-http',
        direction: 'Inbound',
        access: 'Allow',
        protocol: '*',
        priority: 130,
        sourceAddressPrefixes: ['*'],
        sourceApplicationSecurityGroups: false,
        destinationAddressPrefixes: ['*'],
        destinationApplicationSecurityGroups: false,
        destinationPortRanges: ['80'],
        path: 'properties.securityRules[0]',
      },
    ]);
    expect(n).toMatchObject({ name: 'nsg-shop-web', subnetIds: [], networkInterfaceIds: [], provenance: expect.objectContaining({ defaulted: ['subnetIds', 'networkInterfaceIds'] }) });
  });

  it('reads a NAT gateway and a public IP attached to a network interface', () => {
    const network = networkOf(exampleBody('network/2026-01-01/NatGatewayGet.json'), exampleBody('network/2026-01-01/PublicIpAddressGet.json'));
    expect(network.natGateways).toEqual([
      expect.objectContaining({
        name: 'ng-shop-egress',
        subnetIds: [`${SHOP_NET}/virtualNetworks/vnet-shop/subnets/snet-app`],
        publicIpAddressIds: [`${SHOP_NET}/publicIPAddresses/pip-shop-egress`],
        provenance: expect.objectContaining({ defaulted: [] }),
      }),
    ]);
    expect(network.publicIpAddresses).toEqual([
      expect.objectContaining({
        name: 'pip-shop-bastion',
        // A static address the body does not print is not known.
        ipAddress: null,
        ipConfigurationId: `${SHOP_NET}/networkInterfaces/nic-shop-jumpbox/ipConfigurations/ipconfig1`,
        attached: true,
      }),
    ]);
  });
});
