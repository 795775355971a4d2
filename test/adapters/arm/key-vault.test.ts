import { describe, expect, it } from 'vitest';
import { adaptArm } from '../../../src/adapters/arm/adapt.ts';
import { collectArmResources } from '../../../src/adapters/arm/collect-resources.ts';
import type { KeyVault } from '../../../src/state/key-vault.ts';
import { exampleBody } from '../../helpers/fake-arm/routes-inventory.ts';
import { stateOf } from '../../helpers/scan.ts';
import { asSaved, snapshotRoundTrip } from '../../helpers/snapshot.ts';

const SUB = '5f1c2a9e-3b7d-4c8e-a6f2-91d4e0b7c3a1';
const VAULT_ID = `/subscriptions/${SUB}/resourceGroups/rg-data/providers/Microsoft.KeyVault/vaults/kv-app`;
const PE_ID = `/subscriptions/${SUB}/resourceGroups/rg-net/providers/Microsoft.Network/privateEndpoints/pe-kv-app`;

const vaultsOf = (...docs: unknown[]): KeyVault[] => {
  const resources = docs.flatMap((doc, i) => collectArmResources(doc, `in-${i}.json`, `file:in-${i}.json`).resources);
  return adaptArm(resources).state.keyVaults;
};
const only = (...docs: unknown[]): KeyVault => {
  const vaults = vaultsOf(...docs);
  expect(vaults).toHaveLength(1);
  return vaults[0]!;
};
const vault = (properties: Record<string, unknown> | undefined, extra: Record<string, unknown> = {}) => ({ id: VAULT_ID, name: 'kv-app', type: 'Microsoft.KeyVault/vaults', location: 'westeurope', ...(properties && { properties }), ...extra });
const setting = (name: string, logs: unknown[]) => ({
  id: `${VAULT_ID}/providers/Microsoft.Insights/diagnosticSettings/${name}`,
  name,
  type: 'Microsoft.Insights/diagnosticSettings',
  properties: { workspaceId: `/subscriptions/${SUB}/resourceGroups/rg-ops/providers/Microsoft.OperationalInsights/workspaces/log`, logs },
});

describe('Key Vault adapter', () => {
  it('leaves the IP rules unknown when one names no address, rather than dropping it', () => {
    const kv = only(vault({ networkAcls: { defaultAction: 'Deny', bypass: 'None', ipRules: [{ value: '203.0.113.0/28' }, { value: null }], virtualNetworkRules: [] } }));
    expect(kv.networkAcls.ipRules).toBeNull();
  });


  it.each([
    ['2025-05-01', false],
    ['2026-02-01', true],
    ['2026-04-01-preview', true],
  ])('takes the RBAC default of api-version %s when the body declares it', (apiVersion, expected) => {
    const kv = only(vault({ tenantId: 't' }, { apiVersion }));
    expect(kv.enableRbacAuthorization).toBe(expected);
    expect(kv.provenance.defaulted).toContain('enableRbacAuthorization');
  });

  it('keeps a stated RBAC setting whatever the api-version', () => {
    expect(only(vault({ enableRbacAuthorization: false }, { apiVersion: '2026-02-01' })).enableRbacAuthorization).toBe(false);
  });

  it('leaves everything unknown for a fragment without properties', () => {
    const kv = only(vault(undefined));
    expect(kv).toMatchObject({ publicNetworkAccess: null, enableSoftDelete: null, enablePurgeProtection: null, enableRbacAuthorization: null, accessPolicies: null, privateEndpointIds: null, privateEndpointConnections: null });
    expect(kv.networkAcls).toEqual({ defaultAction: null, bypass: null, ipRules: null, virtualNetworkRules: null });
    expect(kv.provenance.defaulted).toEqual([]);
  });

  it('reads private endpoint connections with their approval state, inline and as child resources', () => {
    const inline = { properties: { privateEndpoint: { id: PE_ID }, privateLinkServiceConnectionState: { status: 'Approved' } } };
    const child = {
      id: `${VAULT_ID}/privateEndpointConnections/pending`,
      type: 'Microsoft.KeyVault/vaults/privateEndpointConnections',
      properties: { privateEndpoint: { id: `${PE_ID}-2` }, privateLinkServiceConnectionState: { status: 'Pending' } },
    };
    const kv = only(vault({ privateEndpointConnections: [inline] }), [child]);
    expect(kv.privateEndpointConnections).toEqual([
      { privateEndpointId: PE_ID, status: 'Approved' },
      { privateEndpointId: `${PE_ID}-2`, status: 'Pending' },
    ]);
    expect(kv.privateEndpointIds).toEqual([PE_ID, `${PE_ID}-2`]);
  });

  it('reads an Azure PowerShell export with nested diagnostic settings, and knows when there are none', () => {
    const ps = (resources: unknown[]) => ({ ResourceId: VAULT_ID, Name: 'kv-app', ResourceType: 'Microsoft.KeyVault/vaults', Properties: { EnablePurgeProtection: 'True', PublicNetworkAccess: 'Disabled' }, resources });
    const withSetting = only(ps([{ ...setting('audit', [{ category: 'AuditEvent', enabled: true }]), ExtensionResourceType: 'microsoft.insights/diagnosticSettings' }]));
    expect(withSetting).toMatchObject({ enablePurgeProtection: true, publicNetworkAccess: 'Disabled' });
    expect(withSetting.diagnosticSettings).toEqual([expect.objectContaining({ name: 'audit', categories: ['AuditEvent'], hasDestination: true })]);
    expect(only(ps([])).diagnosticSettings).toEqual([]);
  });

  it('reads a Resource Graph row and attaches settings listed in another file', () => {
    const rows = { count: 1, data: [{ ...vault({ enableRbacAuthorization: true }), subscriptionId: SUB, resourceGroup: 'rg-data' }] };
    const kv = only(rows, [setting('all', [{ categoryGroup: 'allLogs', enabled: true }])]);
    expect(kv.enableRbacAuthorization).toBe(true);
    expect(kv.diagnosticSettings?.[0]?.categoryGroups).toEqual(['allLogs']);
  });

});

describe('Key Vault adapter: REST bodies written for this repository, read as-is', () => {
  it('reads a Get body, taking the documented defaults for what it omits', () => {
    const kv = only(exampleBody('keyvault/2026-02-01/getVault.json'));
    expect(kv).toMatchObject({
      name: 'kv-shop-secrets',
      type: 'microsoft.keyvault/vaults',
      publicNetworkAccess: 'Enabled',
      skuName: 'standard',
      enableSoftDelete: true,
      softDeleteRetentionInDays: 90,
      enablePurgeProtection: false,
      networkAcls: { defaultAction: 'Allow', bypass: 'AzureServices', ipRules: [], virtualNetworkRules: [] },
      privateEndpointIds: [],
      privateEndpointConnections: [],
      diagnosticSettings: null,
    });
    expect(kv.accessPolicies).toEqual([
      { objectId: '7b3e9d21-4c6a-4f80-9b15-2a8d7c6e5f40', applicationId: null, permissions: { keys: ['get', 'list', 'create', 'wrapKey', 'unwrapKey'], secrets: ['get', 'list', 'set', 'delete', 'purge'], certificates: ['get', 'list'], storage: [] } },
    ]);
    expect(kv.provenance.defaulted).toEqual(expect.arrayContaining(['enableSoftDelete', 'softDeleteRetentionInDays', 'enablePurgeProtection', 'networkAcls.defaultAction', 'privateEndpointConnections']));
    // A GET body does not say which api-version created the vault, and the RBAC default depends on it.
    expect(kv.enableRbacAuthorization).toBeNull();
  });

  it('reads the firewall of a vault created with network ACLs, keeping rule values as written', () => {
    const kv = only(exampleBody('keyvault/2026-02-01/createVaultWithNetworkAcls.json'));
    expect(kv.networkAcls).toEqual({
      defaultAction: 'Deny',
      bypass: 'AzureServices',
      ipRules: ['203.0.113.17/32', '198.51.100.0/24'],
      virtualNetworkRules: ['/subscriptions/6b1f0c3e-2d7a-4c59-8e14-93a0d5b7c2f1/resourcegroups/rg-contoso-shop/providers/microsoft.network/virtualnetworks/vnet-shop/subnets/snet-app'],
    });
    expect(kv).toMatchObject({ skuName: 'premium', enableRbacAuthorization: true, enablePurgeProtection: true, softDeleteRetentionInDays: 30 });
    expect(kv.provenance.defaulted).not.toContain('networkAcls.defaultAction');
  });

  it('reads the vaults of a List body, each with its own defaults', () => {
    const [build, legacy] = vaultsOf(exampleBody('keyvault/2025-05-01/listVaultBySubscription.json'));
    expect(build).toMatchObject({
      name: 'kv-shop-build', publicNetworkAccess: 'Disabled', networkAcls: { defaultAction: 'Deny', bypass: 'None' }, provenance: expect.objectContaining({ defaulted: [] }),
      privateEndpointConnections: [{ privateEndpointId: '/subscriptions/6b1f0c3e-2d7a-4c59-8e14-93a0d5b7c2f1/resourceGroups/rg-contoso-shop/providers/Microsoft.Network/privateEndpoints/pe-kv-build', status: 'Approved' }],
    });
    expect(legacy).toMatchObject({ name: 'kv-shop-legacy', enableSoftDelete: false, enablePurgeProtection: false, networkAcls: { defaultAction: 'Allow' }, enableRbacAuthorization: null });
    expect(legacy!.provenance.defaulted).toEqual(expect.arrayContaining(['publicNetworkAccess', 'enablePurgeProtection', 'networkAcls.defaultAction']));
    expect(legacy!.provenance.defaulted).not.toContain('enableSoftDelete');
  });
});

describe('Key Vault adapter: an Azure PowerShell export (Properties, ResourceType, nested children)', () => {
  const POWERSHELL_EXPORT = 'fixtures/inputs/platform-powershell-export.json';
  const byName = new Map(stateOf(POWERSHELL_EXPORT).keyVaults.map((v) => [v.name, v]));

  it('reads every vault; a nested setting whose id names another vault belongs to the vault it is nested in', () => {
    expect([...byName.keys()]).toEqual(['kv-orders-prod', 'kv-orders-legacy']);
    expect(byName.get('kv-orders-prod')!.diagnosticSettings).toEqual([
      expect.objectContaining({ id: expect.stringMatching(/\/vaults\/kv-orders-stg\/providers\/microsoft\.insights\/diagnosticSettings\/kv-audit$/), name: 'kv-audit', categories: ['AuditEvent'], categoryGroups: [], hasDestination: true }),
    ]);
    expect(byName.get('kv-orders-legacy')!.diagnosticSettings).toEqual([]);
  });

  it('reads the PowerShell property spellings as the REST ones', () => {
    expect(byName.get('kv-orders-prod')).toMatchObject({
      skuName: 'Premium', enableSoftDelete: true, enablePurgeProtection: true, enableRbacAuthorization: false,
      networkAcls: { defaultAction: 'Deny', bypass: 'AzureServices', ipRules: ['203.0.113.40/29'], virtualNetworkRules: [] },
    });
    expect(byName.get('kv-orders-prod')!.accessPolicies![0]!.permissions).toMatchObject({ keys: ['All'], secrets: ['All'], certificates: ['All'] });
    expect(byName.get('kv-orders-legacy')).toMatchObject({ enableSoftDelete: false, enablePurgeProtection: false, enableRbacAuthorization: true });
  });

  it('saves the vaults in a snapshot that reads back equal, tag values left out, and the schema refuses a wrong type', () => {
    const state = stateOf(POWERSHELL_EXPORT);
    expect(snapshotRoundTrip(state).keyVaults).toEqual(asSaved(state.keyVaults));
    expect(() => snapshotRoundTrip(state, (text) => text.replace('"enablePurgeProtection":true', '"enablePurgeProtection":"yes"'))).toThrow(/enablePurgeProtection: not an aks-audit snapshot/);
  });
});
