import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectArmFiles } from '../../../src/collectors/files/collect-arm-files.ts';
import { NetworkLookup } from '../../../src/rules/analyses/network-lookup.ts';
import { stateOf } from '../../helpers/scan.ts';
import { inputFile } from '../../helpers/input-file.ts';

const INPUTS = 'fixtures/inputs';
const at = (file: string) => join(INPUTS, file);
const SUB = '4f1c2a36-9d2e-4b8f-a6c1-2f0e8d7b5c91';

describe('fragments: rows that do not carry the whole body', () => {
  it('reads az resource list rows (properties: null, provisioningState at the root) as fragments, with no API defaults', () => {
    const s = stateOf(at('estate-az-resource-list.json'));
    const c = s.clusters[0]!;
    expect(c).toMatchObject({ skuTier: 'Standard', identity: { type: 'SystemAssigned' }, localAccountsDisabled: null, network: { plugin: null, policy: null } });
    expect(c.apiServer.authorizedIpRanges).toBeNull();
    expect(c.addons).toBeNull();
    expect(c.agentPools).toBeNull();
    expect(c.provenance.defaulted).toEqual([]);
    const pg = s.postgresFlexibleServers[0]!;
    expect(pg.backup).toEqual({ retentionDays: null, geoRedundantBackup: null });
    expect(pg.provenance.defaulted).toEqual([]);
    expect(s.network.virtualNetworks[0]!.subnets).toBeNull();
  });

  it('reads a Resource Graph projection for what it selected, and nothing more', () => {
    const c = stateOf(at('cluster-resource-graph-projection.json')).clusters[0]!;
    expect(c.kubernetesVersion).toBe('1.33.2');
    expect(c).toMatchObject({ skuTier: null, supportPlan: null, localAccountsDisabled: null, autoUpgradeChannel: null, agentPools: null });
    expect(c.provenance.defaulted).toEqual([]);
  });

  it('still takes az aks show output, which prints every property, for a complete body', () => {
    const c = stateOf(at('cluster-az-aks-show.json')).clusters[0]!;
    expect(c.provenance.defaulted).toContain('localAccountsDisabled');
  });
});

describe('az CLI output of platform resources (properties at the root, state not provisioningState)', () => {
  it('reads az postgres flexible-server show', () => {
    const pg = stateOf(at('postgres-flexible-server-az-show.json')).postgresFlexibleServers[0]!;
    expect(pg).toMatchObject({
      state: 'Ready',
      version: '16',
      publicNetworkAccess: 'Disabled',
      backup: { retentionDays: 14, geoRedundantBackup: 'Enabled' },
      authConfig: { activeDirectoryAuth: 'Enabled', passwordAuth: 'Disabled' },
      highAvailabilityMode: 'ZoneRedundant',
      privateEndpointIds: [`/subscriptions/${SUB}/resourceGroups/rg-payments-prod/providers/Microsoft.Network/privateEndpoints/pe-psql-payments-prod`],
    });
    // Server parameters are children: az flexible-server show does not print them.
    expect(pg.serverParameters).toEqual({ requireSecureTransport: null, sslMinProtocolVersion: null });
  });

  it('reads az mysql flexible-server show', () => {
    const my = stateOf(at('mysql-flexible-server-az-show.json')).mysqlFlexibleServers[0]!;
    expect(my).toMatchObject({ state: 'Ready', publicNetworkAccess: 'Enabled', backup: { retentionDays: 7, geoRedundantBackup: 'Disabled' }, highAvailabilityMode: 'Disabled' });
  });

  it('reads az sql server show, and joins a firewall rule printed by az sql server firewall-rule create', () => {
    const sql = stateOf(at('sql-server-az-show.json'), at('sql-firewall-rule-az-create.json')).sqlServers[0]!;
    expect(sql).toMatchObject({ minimalTlsVersion: '1.2', publicNetworkAccess: 'Enabled', entraAdministrator: { configured: true, login: 'sg-sql-admins-prod', azureADOnlyAuthentication: true } });
    expect(sql.firewallRules).toEqual([{ name: 'allow-all-temp', startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' }]);
  });
});

describe('az monitor diagnostic-settings list and az security pricing list', () => {
  it.each([
    ['a bare array (az 2.5x and later)', 'diagnostic-settings-az-list.json', { categories: [], categoryGroups: ['audit'] }],
    ['{ value: [...] } (older az)', 'diagnostic-settings-az-list-value.json', { categories: ['kube-audit-admin', 'kube-apiserver', 'guard'], categoryGroups: [] }],
  ])('reads settings without a properties wrapper, joined to the cluster their id names: %s', (_shape, file, logs) => {
    const c = stateOf(at('cluster-resource.json'), at(file)).clusters[0]!;
    expect(c.diagnosticSettings).toEqual([expect.objectContaining({ ...logs, hasDestination: true })]);
  });

  it('reads the flattened pricingTier of az security pricing list', () => {
    const sub = stateOf(at('security-pricing-az-list.json')).subscriptions[0]!;
    expect(Object.fromEntries(sub.defenderPlans!.map((p) => [p.name, p]))).toMatchObject({
      Containers: { tier: 'Standard', extensions: { ContainerRegistriesVulnerabilityAssessments: true, ContainerSensor: false } },
      VirtualMachines: { tier: 'Standard', subPlan: 'P2' },
      KeyVaults: { tier: 'Free' },
    });
  });
});

describe('network resources as az network prints them', () => {
  it('unwraps az network vnet create ({ newVNet }) and az network nsg create ({ NewNSG })', () => {
    const { network } = stateOf(at('vnet-az-create.json'), at('nsg-az-create.json'));
    expect(network.virtualNetworks[0]).toMatchObject({ name: 'vnet-prod-weu', addressPrefixes: ['10.240.0.0/16'], peerings: [] });
    expect(network.virtualNetworks[0]!.subnets).toEqual([expect.objectContaining({ name: 'snet-aks-nodes', networkSecurityGroupId: false, provenance: expect.objectContaining({ at: 'properties.subnets[0]' }) })]);
    expect(network.networkSecurityGroups[0]!.securityRules).toEqual([expect.objectContaining({ name: 'allow-ssh', sourceAddressPrefixes: ['Internet'], destinationPortRanges: ['22'] })]);
  });

  it('joins a subnet exported on its own (az network vnet subnet show) to the pool that names it', () => {
    const state = stateOf(at('cluster-resource.json'), at('subnet-az-show.json'));
    const poolSubnet = state.clusters[0]!.agentPools![0]!.vnetSubnetId!;
    const subnet = new NetworkLookup(state).subnet(poolSubnet);
    // az prints the subnet's whole body: a route table it does not name is none.
    expect(subnet).toMatchObject({ name: 'snet-aks-nodes', networkSecurityGroupId: expect.stringMatching(/nsg-aks-nodes$/), routeTableId: false, addressPrefixes: ['10.240.0.0/22'] });
    // Its VNet is known only through it: nothing about the VNet itself is assumed.
    expect(subnet?.provenance.defaulted).toEqual(['routeTableId', 'natGatewayId']);
    const vnet = state.network.virtualNetworks.find((v) => v.id === subnet?.parent.id);
    expect(vnet).toMatchObject({ name: 'vnet-prod-weu', type: 'microsoft.network/virtualnetworks', addressPrefixes: null, peerings: null });
  });
});

describe('az graph query paging', () => {
  const rows = [{ id: `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet-a`, type: 'microsoft.network/virtualnetworks', name: 'vnet-a', properties: {} }];

  it.each([
    ['skip_token (az graph query)', at('cluster-az-graph-query-paged.json'), /it has a skip_token/],
    ['count < total_records', inputFile({ count: 1, data: rows, total_records: 3 }), /it holds 1 of 3 records/],
    ['count < totalRecords (REST)', inputFile({ count: 1, data: rows, totalRecords: 3 }), /it holds 1 of 3 records/],
    ['resultTruncated: "true" (REST)', inputFile({ count: 1, data: rows, totalRecords: 1, resultTruncated: 'true' }), /resultTruncated is true/],
  ])('marks a result that is one page of more as partial: %s', (_what, file, reason) => {
    const { sources } = collectArmFiles([file]);
    expect(sources[0]).toMatchObject({ status: 'partial', code: 'more-pages' });
    expect(sources[0]!.message).toMatch(reason);
  });

  it('keeps a whole result ok', () => {
    const { sources } = collectArmFiles([inputFile({ count: 1, data: rows, total_records: 1, skip_token: null })]);
    expect(sources[0]).toMatchObject({ status: 'ok', resources: 1 });
  });
});
