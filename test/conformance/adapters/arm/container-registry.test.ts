import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adaptArm } from '../../../../src/adapters/arm/adapt.ts';
import { collectArmResources } from '../../../../src/adapters/arm/collect-resources.ts';
import type { ContainerRegistry } from '../../../../src/state/container-registry.ts';
import { readSnapshot } from '../../../../src/collectors/files/snapshot-file.ts';
import { runMain, workDir } from '../../../cli/run-main.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { CONFORMANCE, peerRestBody } from '../../inputs.ts';

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
const restBody = peerRestBody('containerregistry/2025-11-01/RegistryGet.json');

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
      provenance: expect.objectContaining({ defaulted: [] }),
    });
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
