import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adaptArm } from '../../../src/adapters/arm/adapt.ts';
import { collectArmResources } from '../../../src/adapters/arm/collect-resources.ts';
import type { StorageAccount } from '../../../src/state/storage-account.ts';
import { readSnapshot } from '../../../src/collectors/files/snapshot-file.ts';
import { runMain, workDir } from '../../cli/run-main.ts';

const SUB = '5f1c2a9e-3b7d-4c8e-a6f2-91d4e0b7c3a1';
const ST_ID = `/subscriptions/${SUB}/resourceGroups/rg-data/providers/Microsoft.Storage/storageAccounts/stapp`;
const PE_ID = `/subscriptions/${SUB}/resourceGroups/rg-net/providers/Microsoft.Network/privateEndpoints/pe-stapp`;
const SUBNET = `/subscriptions/${SUB}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/snet-aks`;

const only = (...docs: unknown[]): StorageAccount => {
  const resources = docs.flatMap((doc, i) => collectArmResources(doc, `in-${i}.json`, `file:in-${i}.json`).resources);
  const accounts = adaptArm(resources).state.storageAccounts;
  expect(accounts).toHaveLength(1);
  return accounts[0]!;
};
const account = (properties: Record<string, unknown> | undefined, extra: Record<string, unknown> = {}) => ({
  id: ST_ID, name: 'stapp', type: 'Microsoft.Storage/storageAccounts', kind: 'StorageV2', location: 'westeurope', sku: { name: 'Standard_ZRS', tier: 'Standard' }, ...(properties && { properties }), ...extra,
});

describe('Storage account adapter', () => {
  it('reads a REST body with network ACLs, private endpoints and transport settings', () => {
    const st = only(account({
      publicNetworkAccess: 'Enabled',
      networkAcls: { bypass: 'AzureServices', defaultAction: 'Deny', ipRules: [{ value: '203.0.113.0/28', action: 'Allow' }], virtualNetworkRules: [{ id: SUBNET, action: 'Allow' }] },
      privateEndpointConnections: [{ id: `${ST_ID}/privateEndpointConnections/c1`, properties: { privateEndpoint: { id: PE_ID } } }],
      allowBlobPublicAccess: false,
      minimumTlsVersion: 'TLS1_2',
      supportsHttpsTrafficOnly: true,
      allowSharedKeyAccess: false,
    }));
    expect(st).toMatchObject({
      kind: 'StorageV2', sku: 'Standard_ZRS', publicNetworkAccess: 'Enabled', networkDefaultAction: 'Deny', ipRules: ['203.0.113.0/28'],
      virtualNetworkSubnetIds: [SUBNET], networkBypass: 'AzureServices', allowBlobPublicAccess: false, minimumTlsVersion: 'TLS1_2',
      supportsHttpsTrafficOnly: true, allowSharedKeyAccess: false, privateEndpointIds: [PE_ID], provenance: expect.objectContaining({ defaulted: [] }),
    });
  });

  it('takes documented defaults for a complete body, and leaves version-dependent settings unknown', () => {
    const st = only(account({ provisioningState: 'Succeeded' }));
    expect(st).toMatchObject({ networkDefaultAction: 'Allow', minimumTlsVersion: 'TLS1_0', allowSharedKeyAccess: true, allowBlobPublicAccess: true, privateEndpointIds: [] });
    expect(st.provenance.defaulted).toEqual(expect.arrayContaining(['networkDefaultAction', 'minimumTlsVersion', 'allowSharedKeyAccess', 'allowBlobPublicAccess']));
    // No documented default (publicNetworkAccess), or one that changed over API versions.
    expect(st).toMatchObject({ publicNetworkAccess: null, supportsHttpsTrafficOnly: null });
  });

  it('leaves a fragment without properties unknown', () => {
    expect(only(account(undefined))).toMatchObject({ networkDefaultAction: null, minimumTlsVersion: null, allowSharedKeyAccess: null, privateEndpointIds: null, diagnosticSettings: null });
  });

  it('reads the PowerShell export shape of the demo estate', () => {
    const resources = collectArmResources(JSON.parse(readFileSync('fixtures/demo/prod/rg-saas-prod-weu-shared.json', 'utf8')), 'demo.json', 'file:demo.json').resources;
    const st = adaptArm(resources).state.storageAccounts[0]!;
    expect(st).toMatchObject({ name: 'stsaasprodweuaudit', publicNetworkAccess: 'Disabled', minimumTlsVersion: 'TLS1_2', supportsHttpsTrafficOnly: true, sku: 'Standard_GZRS', allowSharedKeyAccess: false, diagnosticSettings: [] });
  });

  it('saves accounts in a snapshot that reads back, and the schema refuses a wrong type', async () => {
    const dir = workDir();
    const input = join(dir, 'in.json');
    writeFileSync(input, JSON.stringify([account({ minimumTlsVersion: 'TLS1_2', supportsHttpsTrafficOnly: true })]));
    const file = join(dir, 'snapshot.json');
    const run = await runMain('scan', '--input', input, '--format', 'json', '--out', join(dir, 'out'), '--save-snapshot', file, '--quiet');
    expect(run.stderr).toEqual([]);
    expect(readSnapshot(file).state.storageAccounts[0]).toMatchObject({ name: 'stapp', minimumTlsVersion: 'TLS1_2' });
    writeFileSync(file, readFileSync(file, 'utf8').replace('"supportsHttpsTrafficOnly":true', '"supportsHttpsTrafficOnly":"yes"'));
    expect(() => readSnapshot(file)).toThrow(/supportsHttpsTrafficOnly: not an aks-audit snapshot/);
  });
});
