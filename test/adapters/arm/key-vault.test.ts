import { describe, expect, it } from 'vitest';
import { adaptArm } from '../../../src/adapters/arm/adapt.ts';
import { collectArmResources } from '../../../src/adapters/arm/collect-resources.ts';
import type { KeyVault } from '../../../src/state/key-vault.ts';

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
    expect(kv.defaulted).toContain('enableRbacAuthorization');
  });

  it('keeps a stated RBAC setting whatever the api-version', () => {
    expect(only(vault({ enableRbacAuthorization: false }, { apiVersion: '2026-02-01' })).enableRbacAuthorization).toBe(false);
  });

  it('leaves everything unknown for a fragment without properties', () => {
    const kv = only(vault(undefined));
    expect(kv).toMatchObject({ publicNetworkAccess: null, enableSoftDelete: null, enablePurgeProtection: null, enableRbacAuthorization: null, accessPolicies: null, privateEndpointIds: null, privateEndpointConnections: null });
    expect(kv.networkAcls).toEqual({ defaultAction: null, bypass: null, ipRules: null, virtualNetworkRules: null });
    expect(kv.defaulted).toEqual([]);
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
