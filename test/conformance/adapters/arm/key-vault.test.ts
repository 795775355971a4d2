import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidence } from '../../../../src/engine/evidence.ts';
import { adaptArm } from '../../../../src/adapters/arm/adapt.ts';
import { collectArmResources } from '../../../../src/adapters/arm/collect-resources.ts';
import { readSnapshot } from '../../../../src/collectors/files/snapshot-file.ts';
import type { KeyVault } from '../../../../src/state/key-vault.ts';
import { runMain, workDir } from '../../../cli/run-main.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { CONFORMANCE, peerRestBody } from '../../inputs.ts';


const vaultsOf = (...docs: unknown[]): KeyVault[] => {
  const resources = docs.flatMap((doc, i) => collectArmResources(doc, `in-${i}.json`, `file:in-${i}.json`).resources);
  return adaptArm(resources).state.keyVaults;
};
const only = (...docs: unknown[]): KeyVault => {
  const vaults = vaultsOf(...docs);
  expect(vaults).toHaveLength(1);
  return vaults[0]!;
};

describe('Key Vault adapter', () => {
  it('reads the REST Get example as-is, taking the documented defaults for what it omits', () => {
    const kv = only(peerRestBody('keyvault/2026-02-01/getVault.json'));
    expect(kv).toMatchObject({
      name: 'sample-vault',
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
    expect(kv.accessPolicies).toHaveLength(1);
    expect(kv.accessPolicies![0]).toMatchObject({ objectId: '00000000-0000-0000-0000-000000000000' });
    expect(evidence(kv, 'accessPolicies.0.permissions').path).toBe('properties.accessPolicies[0].permissions');
    expect(kv.accessPolicies![0]!.permissions.secrets).toContain('purge');
    expect(kv.provenance.defaulted).toEqual(expect.arrayContaining(['enableSoftDelete', 'softDeleteRetentionInDays', 'enablePurgeProtection', 'networkAcls.defaultAction', 'privateEndpointConnections']));
    // A GET body does not say which api-version created the vault, and the RBAC default depends on it.
    expect(kv.enableRbacAuthorization).toBeNull();
  });

  it('reads the firewall of the network-ACL example, keeping rule values as written', () => {
    const kv = only(peerRestBody('keyvault/2026-02-01/createVaultWithNetworkAcls.json'));
    expect(kv.networkAcls).toEqual({
      defaultAction: 'Deny',
      bypass: 'AzureServices',
      ipRules: ['124.56.78.91/32', "'10.91.4.0/24'"],
      virtualNetworkRules: ['/subscriptions/subid/resourcegroups/rg1/providers/microsoft.network/virtualnetworks/test-vnet/subnets/subnet1'],
    });
    expect(kv.provenance.defaulted).not.toContain('networkAcls.defaultAction');
  });

  it('reads the vaults of the REST list example', () => {
    const [kv] = vaultsOf(peerRestBody('keyvault/2025-05-01/listVaultBySubscription.json'));
    expect(kv).toMatchObject({ name: 'sample-vault', skuName: 'premium', enableSoftDelete: true });
  });

  it('reads every vault of the PSRule conformance input', () => {
    const vaults = stateOf(`${CONFORMANCE}/psrule/Resources.KeyVault.json`).keyVaults;
    expect(vaults.map((v) => v.name)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((x) => `keyvault-${x}`));
    const byName = new Map(vaults.map((v) => [v.name, v]));
    expect(byName.get('keyvault-B')).toMatchObject({ enableSoftDelete: false, enablePurgeProtection: false, enableRbacAuthorization: false, diagnosticSettings: null });
    expect(byName.get('keyvault-A')?.networkAcls.defaultAction).toBe('Deny');
    // keyvault-C nests a setting whose id names keyvault-B: it belongs to the vault it is nested in.
    expect(byName.get('keyvault-C')?.diagnosticSettings?.map((s) => s.categories)).toEqual([[]]);
    expect(byName.get('keyvault-B')?.accessPolicies?.[0]?.permissions).toMatchObject({ keys: ['All'], certificates: ['All'] });
  });

  it('saves vaults in a snapshot that reads back', async () => {
    const dir = workDir();
    const file = join(dir, 'snapshot.json');
    const run = await runMain('scan', '--input', `${CONFORMANCE}/psrule/Resources.KeyVault.json`, '--format', 'json', '--out', join(dir, 'out'), '--save-snapshot', file, '--quiet');
    expect(run.stderr).toEqual([]);
    expect(readSnapshot(file).state.keyVaults).toHaveLength(8);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"enablePurgeProtection":true', '"enablePurgeProtection":"yes"'));
    expect(() => readSnapshot(file)).toThrow(/enablePurgeProtection: not an aks-audit snapshot/);
  });
});
