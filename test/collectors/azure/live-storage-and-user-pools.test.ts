import { describe, expect, it } from 'vitest';
import userPoolAutoscaling from '../../../src/rules/aks/aks-user-pool-autoscaling.ts';
import blobAnonymousAccess from '../../../src/rules/storage/storage-blob-anonymous-access-disabled.ts';
import geoReplicated from '../../../src/rules/storage/storage-geo-replicated.ts';
import sharedKeyAccess from '../../../src/rules/storage/storage-shared-key-access-disabled.ts';
import { enrichAgainstFake } from '../../helpers/fake-arm/enrich-scan.ts';
import { diagnosticSetting, kubernetesVersionsExample } from '../../helpers/fake-arm/routes-enrichment.ts';
import { exampleBody } from '../../helpers/fake-arm/routes-inventory.ts';
import { run } from '../../helpers/state.ts';

// StorageAccounts_GetProperties (2025-01-01): RA-GZRS, anonymous access and Shared Key off.
const ACCOUNT = exampleBody('storage/2025-01-01/StorageAccountGetProperties.json');
// ManagedClusters_Get (2026-08-01) with a System pool, an autoscaled User pool and a fixed one.
const CLUSTER = exampleBody('containerservice/2026-08-01/ManagedClustersGet_UserPools.json');
const CLUSTER_ID = String(CLUSTER.id);
const SUB = CLUSTER_ID.split('/')[2]!;

const verdicts = (findings: Array<{ status: string; resource: { name: string } }>) => findings.map((f) => [f.resource.name, f.status]);

describe('storage accounts and User pools, read live from Resource Graph rows', () => {
  it('reads the account\'s anonymous access, Shared Key and SKU, and each pool\'s autoscaler range; the rules judge them', async () => {
    const { state, arm } = await enrichAgainstFake([ACCOUNT, CLUSTER], {
      answers: {
        [`${CLUSTER_ID}/providers/Microsoft.Insights/diagnosticSettings`]: { items: [diagnosticSetting(CLUSTER_ID)] },
        [`/subscriptions/${SUB}/providers/Microsoft.ContainerService/locations/westeurope/kubernetesVersions`]: { body: kubernetesVersionsExample() },
      },
    });
    expect(state.storageAccounts[0]).toMatchObject({ name: 'stshopmedia', sku: 'Standard_RAGZRS', allowBlobPublicAccess: false, allowSharedKeyAccess: false });
    expect(state.clusters[0]!.agentPools!.map((p) => [p.name, p.mode, p.enableAutoScaling, p.minCount, p.maxCount])).toEqual([
      ['system', 'System', false, null, null],
      ['apps', 'User', true, 2, 10],
      ['batch', 'User', false, null, null],
    ]);
    expect(verdicts(run(blobAnonymousAccess, state))).toEqual([['stshopmedia', 'pass']]);
    expect(verdicts(run(sharedKeyAccess, state))).toEqual([['stshopmedia', 'pass']]);
    expect(verdicts(run(geoReplicated, state))).toEqual([['stshopmedia', 'pass']]);
    expect(verdicts(run(userPoolAutoscaling, state))).toEqual([['apps', 'pass'], ['batch', 'fail']]);
    expect(arm.unmatched).toEqual([]);
  });

  it('fails Shared Key and anonymous access on a row that omits them: the service permits both while they are null', async () => {
    const { allowSharedKeyAccess: _key, allowBlobPublicAccess: _blob, ...properties } = ACCOUNT.properties as Record<string, unknown>;
    const { state } = await enrichAgainstFake([{ ...ACCOUNT, properties }], { answers: {} });
    expect(run(sharedKeyAccess, state)[0]).toMatchObject({ status: 'fail', evidence: [{ path: 'properties.allowSharedKeyAccess', value: true, note: expect.stringMatching(/API default/) }] });
    expect(run(blobAnonymousAccess, state)[0]).toMatchObject({ status: 'fail', evidence: [{ path: 'properties.allowBlobPublicAccess', value: true, note: expect.stringMatching(/API default/) }] });
  });
});
