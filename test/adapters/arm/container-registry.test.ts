import { describe, expect, it } from 'vitest';
import { adaptArm } from '../../../src/adapters/arm/adapt.ts';
import { collectArmResources } from '../../../src/adapters/arm/collect-resources.ts';
import type { ContainerRegistry } from '../../../src/state/container-registry.ts';
import { exampleBody } from '../../helpers/fake-arm/routes-inventory.ts';
import { stateOf } from '../../helpers/scan.ts';
import { asSaved, snapshotRoundTrip } from '../../helpers/snapshot.ts';

const SUB = '5f1c2a9e-3b7d-4c8e-a6f2-91d4e0b7c3a1';
const ACR_ID = `/subscriptions/${SUB}/resourceGroups/rg-shared/providers/Microsoft.ContainerRegistry/registries/acrapp`;
const PE_ID = `/subscriptions/${SUB}/resourceGroups/rg-net/providers/Microsoft.Network/privateEndpoints/pe-acrapp`;

const registriesOf = (...docs: unknown[]): ContainerRegistry[] => {
  const resources = docs.flatMap((doc, i) => collectArmResources(doc, `in-${i}.json`, `file:in-${i}.json`).resources);
  return adaptArm(resources).state.containerRegistries;
};
const only = (...docs: unknown[]): ContainerRegistry => {
  const registries = registriesOf(...docs);
  expect(registries).toHaveLength(1);
  return registries[0]!;
};
const registry = (properties: Record<string, unknown> | undefined, extra: Record<string, unknown> = {}) => ({
  id: ACR_ID, name: 'acrapp', type: 'Microsoft.ContainerRegistry/registries', location: 'westeurope', sku: { name: 'Premium', tier: 'Premium' }, ...(properties && { properties }), ...extra,
});

describe('Container registry adapter', () => {

  it('takes the documented defaults for what a complete body omits, and records them', () => {
    const acr = only(registry({ provisioningState: 'Succeeded' }));
    expect(acr).toMatchObject({ adminUserEnabled: false, anonymousPullEnabled: false, publicNetworkAccess: 'Enabled', networkDefaultAction: 'Allow', ipRules: [], privateEndpointIds: [] });
    expect(acr.provenance.defaulted).toEqual(expect.arrayContaining(['adminUserEnabled', 'anonymousPullEnabled', 'publicNetworkAccess', 'networkDefaultAction', 'ipRules', 'privateEndpointIds']));
    expect(acr.policies).toEqual({ quarantine: null, trust: null, retention: null, export: null });
  });

  it('leaves everything unknown for a fragment without properties', () => {
    const acr = only(registry(undefined));
    expect(acr).toMatchObject({ adminUserEnabled: null, anonymousPullEnabled: null, publicNetworkAccess: null, networkDefaultAction: null, ipRules: null, privateEndpointIds: null, diagnosticSettings: null });
    expect(acr.provenance.defaulted).toEqual([]);
  });

  it('reads network rules, private endpoints (inline and as child resources) and diagnostic settings', () => {
    const acr = only({
      ...registry({
        publicNetworkAccess: 'Enabled',
        networkRuleSet: { defaultAction: 'Deny', ipRules: [{ action: 'Allow', value: '203.0.113.10/32' }] },
        privateEndpointConnections: [{ id: `${ACR_ID}/privateEndpointConnections/c1`, properties: { privateEndpoint: { id: PE_ID }, privateLinkServiceConnectionState: { status: 'Approved' } } }],
      }),
      resources: [{ id: `${ACR_ID}/providers/Microsoft.Insights/diagnosticSettings/audit`, name: 'audit', type: 'Microsoft.Insights/diagnosticSettings', properties: { workspaceId: 'ws', logs: [{ categoryGroup: 'audit', enabled: true }] } }],
    });
    expect(acr).toMatchObject({ networkDefaultAction: 'Deny', ipRules: ['203.0.113.10/32'], privateEndpointIds: [PE_ID] });
    expect(acr.diagnosticSettings?.map((s) => s.categoryGroups)).toEqual([['audit']]);
    const child = { id: `${ACR_ID}/privateEndpointConnections/c2`, name: 'c2', type: 'Microsoft.ContainerRegistry/registries/privateEndpointConnections', properties: { privateEndpoint: { id: `${PE_ID}-2` } } };
    expect(only(registry({}), [child]).privateEndpointIds).toEqual([`${PE_ID}-2`]);
  });

  it('reads an exported diagnostic-settings-less registry with children as known-empty, without children as unknown', () => {
    expect(only({ ...registry({}), resources: [] }).diagnosticSettings).toEqual([]);
    expect(only(registry({})).diagnosticSettings).toBeNull();
  });

});

describe('Container registry adapter: inputs written for this repository', () => {
  const POWERSHELL_EXPORT = 'fixtures/inputs/platform-powershell-export.json';

  it('reads a Get body as-is', () => {
    expect(only(exampleBody('containerregistry/2025-11-01/RegistryGet.json'))).toMatchObject({
      name: 'acrshop',
      type: 'microsoft.containerregistry/registries',
      sku: 'Standard',
      adminUserEnabled: false,
      anonymousPullEnabled: false,
      publicNetworkAccess: 'Enabled',
      networkDefaultAction: 'Allow',
      ipRules: [],
      networkRuleBypassOptions: 'AzureServices',
      dataEndpointEnabled: false,
      policies: { quarantine: 'disabled', trust: 'disabled', retention: 'disabled', export: 'enabled' },
      privateEndpointIds: [],
      diagnosticSettings: null,
      provenance: expect.objectContaining({ defaulted: [] }),
    });
  });

  it('reads an Azure PowerShell export: Sku and Properties casing, nested diagnostic settings', () => {
    const registries = new Map(stateOf(POWERSHELL_EXPORT).containerRegistries.map((r) => [r.name, r]));
    expect([...registries.keys()]).toEqual(['acrordersprod', 'acrordersdev']);
    expect(registries.get('acrordersprod')).toMatchObject({
      sku: 'Premium', adminUserEnabled: false, anonymousPullEnabled: false, networkDefaultAction: 'Deny', ipRules: ['203.0.113.0/28'],
      policies: { quarantine: 'disabled', trust: 'enabled', retention: 'enabled', export: 'enabled' },
    });
    expect(registries.get('acrordersprod')!.diagnosticSettings?.map((s) => [s.name, s.categories, s.hasDestination])).toEqual([['acr-to-law', ['ContainerRegistryRepositoryEvents', 'ContainerRegistryLoginEvents'], true]]);
    expect(registries.get('acrordersdev')).toMatchObject({ sku: 'Standard', adminUserEnabled: true, anonymousPullEnabled: true, networkDefaultAction: 'Allow', diagnosticSettings: [] });
  });

  it('saves the registries in a snapshot that reads back equal, tag values left out, and the schema refuses a wrong type', () => {
    const state = stateOf(POWERSHELL_EXPORT);
    expect(snapshotRoundTrip(state).containerRegistries).toEqual(asSaved(state.containerRegistries));
    expect(() => snapshotRoundTrip(state, (text) => text.replace('"adminUserEnabled":true', '"adminUserEnabled":"yes"'))).toThrow(/adminUserEnabled: not an aks-audit snapshot/);
  });
});
