import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_SETTINGS_API_VERSION } from '../../../src/collectors/azure/enrich/diagnostic-settings.ts';
import aksAuditLogs from '../../../src/rules/aks/aks-audit-logs-enabled.ts';
import keyVaultAuditLogs from '../../../src/rules/keyvault/keyvault-audit-logs-enabled.ts';
import { enrichAgainstFake } from '../../helpers/fake-arm/enrich-scan.ts';
import { diagnosticSetting, forbidden, kubernetesVersionsExample } from '../../helpers/fake-arm/routes-enrichment.ts';
import { exampleBody } from '../../helpers/fake-arm/routes-inventory.ts';
import { only, run } from '../../helpers/state.ts';

// ManagedClustersGet (aks-shop) and getVault (kv-shop-secrets): subscription 6b1f0c3e-..., no settings in either body.
const CLUSTER = exampleBody('containerservice/2026-08-01/ManagedClustersGet.json');
const VAULT = exampleBody('keyvault/2026-02-01/getVault.json');
const settingsOf = (id: unknown) => `${String(id)}/providers/Microsoft.Insights/diagnosticSettings`;
/** The cluster's region is read for its Kubernetes versions too. */
const VERSIONS = { '/subscriptions/6b1f0c3e-2d7a-4c59-8e14-93a0d5b7c2f1/providers/Microsoft.ContainerService/locations/westeurope/kubernetesVersions': { body: kubernetesVersionsExample() } };

describe('diagnostic settings, read live', () => {
  it('reads each resource\'s settings (two pages for the cluster); an empty list is "none", not unknown', async () => {
    const answers = {
      ...VERSIONS,
      [settingsOf(CLUSTER.id)]: { items: [diagnosticSetting(String(CLUSTER.id), 'to-storage'), diagnosticSetting(String(CLUSTER.id), 'to-event-hub')] },
      [settingsOf(VAULT.id)]: { items: [] },
    };
    const { state, sources, arm } = await enrichAgainstFake([CLUSTER, VAULT], { answers, pageSize: 1 });
    // The example's setting sends the allLogs category group to a storage account and an event hub.
    expect(state.clusters[0]!.diagnosticSettings?.map((s) => [s.name, s.categoryGroups, s.hasDestination])).toEqual([
      ['to-storage', ['allLogs'], true],
      ['to-event-hub', ['allLogs'], true],
    ]);
    expect(state.keyVaults[0]!.diagnosticSettings).toEqual([]);
    expect(only(run(aksAuditLogs, state)).status).toBe('pass');
    expect(only(run(keyVaultAuditLogs, state))).toMatchObject({ status: 'fail' });
    const reads = arm.requests.filter((r) => r.path.endsWith('/diagnosticSettings'));
    expect(reads.map((r) => r.query.get('api-version'))).toEqual(Array(reads.length).fill(DIAGNOSTIC_SETTINGS_API_VERSION));
    expect(reads.filter((r) => r.path === settingsOf(CLUSTER.id)).map((r) => r.query.get('$skiptoken'))).toEqual([null, '1']);
    expect(arm.unmatched).toEqual([]);
    expect(sources.find((s) => s.id.endsWith(':diagnostic-settings'))).toMatchObject({ status: 'ok', resources: 2 });
  });

  it('a 403 on the cluster\'s settings leaves aks-audit-logs-enabled unknown and marks the source partial with its code', async () => {
    const answers = {
      ...VERSIONS,
      [settingsOf(CLUSTER.id)]: forbidden('Microsoft.Insights/diagnosticSettings/read', String(CLUSTER.id)),
      [settingsOf(VAULT.id)]: { items: [diagnosticSetting(String(VAULT.id))] },
    };
    const { state, sources } = await enrichAgainstFake([CLUSTER, VAULT], { answers });
    expect(state.clusters[0]!.diagnosticSettings).toBeNull();
    expect(only(run(aksAuditLogs, state)).status).toBe('unknown');
    expect(only(run(keyVaultAuditLogs, state)).status).toBe('pass');
    expect(sources.find((s) => s.id.endsWith(':diagnostic-settings'))).toMatchObject({
      status: 'partial',
      code: 'forbidden',
      message: expect.stringMatching(/^1 of 2 reads failed; first: AuthorizationFailed: .*\(HTTP 403\)$/),
    });
  });
});
