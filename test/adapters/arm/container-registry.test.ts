import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adaptArm } from '../../../src/adapters/arm/adapt.ts';
import { collectArmResources } from '../../../src/adapters/arm/collect-resources.ts';
import type { ContainerRegistry } from '../../../src/state/container-registry.ts';
import { readSnapshot } from '../../../src/state/snapshot-file.ts';
import { runMain, workDir } from '../../cli/run-main.ts';
import { CONFORMANCE, stateOf } from '../../helpers/scan.ts';

const SUB = '5f1c2a9e-3b7d-4c8e-a6f2-91d4e0b7c3a1';
const ACR_ID = `/subscriptions/${SUB}/resourceGroups/rg-shared/providers/Microsoft.ContainerRegistry/registries/acrapp`;
const PE_ID = `/subscriptions/${SUB}/resourceGroups/rg-net/providers/Microsoft.Network/privateEndpoints/pe-acrapp`;
const ACR_PSRULE = `${CONFORMANCE}/psrule/Resources.ACR.json`;

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
const restBody = JSON.parse(readFileSync(`${CONFORMANCE}/azure-rest/containerregistry/2025-11-01/RegistryGet.json`, 'utf8')).responses['200'].body;

describe('Container registry adapter', () => {
  it('reads the REST Get example as-is', () => {
    expect(only(restBody)).toMatchObject({
      name: 'myRegistry',
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
      defaulted: [],
    });
  });

  it('takes the documented defaults for what a complete body omits, and records them', () => {
    const acr = only(registry({ provisioningState: 'Succeeded' }));
    expect(acr).toMatchObject({ adminUserEnabled: false, anonymousPullEnabled: false, publicNetworkAccess: 'Enabled', networkDefaultAction: 'Allow', ipRules: [], privateEndpointIds: [] });
    expect(acr.defaulted).toEqual(expect.arrayContaining(['adminUserEnabled', 'anonymousPullEnabled', 'publicNetworkAccess', 'networkDefaultAction', 'ipRules', 'privateEndpointIds']));
    expect(acr.policies).toEqual({ quarantine: null, trust: null, retention: null, export: null });
  });

  it('leaves everything unknown for a fragment without properties', () => {
    const acr = only(registry(undefined));
    expect(acr).toMatchObject({ adminUserEnabled: null, anonymousPullEnabled: null, publicNetworkAccess: null, networkDefaultAction: null, ipRules: null, privateEndpointIds: null, diagnosticSettings: null });
    expect(acr.defaulted).toEqual([]);
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

  it('reads every registry of the PSRule conformance input (PowerShell shape, Sku/Properties casing)', () => {
    const registries = stateOf(ACR_PSRULE).containerRegistries;
    expect(registries.map((r) => r.name)).toEqual([...'ABCDEFGHIJKLMNOPQRS'].map((x) => `registry-${x}`));
    const byName = new Map(registries.map((r) => [r.name, r]));
    expect(byName.get('registry-A')).toMatchObject({ sku: 'Basic', adminUserEnabled: true });
    expect(byName.get('registry-B')).toMatchObject({ sku: 'Standard', anonymousPullEnabled: true, diagnosticSettings: [] });
    expect(byName.get('registry-J')).toMatchObject({ networkDefaultAction: 'Deny', ipRules: ['_IPv4Address_'] });
    expect(byName.get('registry-N')?.diagnosticSettings).toHaveLength(1);
  });

  it('saves registries in a snapshot that reads back, and the schema refuses a wrong type', async () => {
    const dir = workDir();
    const file = join(dir, 'snapshot.json');
    const run = await runMain('scan', '--input', ACR_PSRULE, '--format', 'json', '--out', join(dir, 'out'), '--save-snapshot', file, '--quiet');
    expect(run.stderr).toEqual([]);
    expect(readSnapshot(file).state.containerRegistries).toHaveLength(19);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"adminUserEnabled":true', '"adminUserEnabled":"yes"'));
    expect(() => readSnapshot(file)).toThrow(/adminUserEnabled: not an aks-audit snapshot/);
  });
});
