import { afterEach, describe, expect, it } from 'vitest';
import { adaptArm } from '../../../src/adapters/arm/adapt.ts';
import { collectAzure } from '../../../src/collectors/azure/collect.ts';
import rule from '../../../src/rules/gitops/aks-gitops-reconciled.ts';
import { fakeCredential, inventoryEnrichment } from '../../helpers/fake-arm/inventory-estate.ts';
import { enrichmentRoutes } from '../../helpers/fake-arm/routes-enrichment.ts';
import { exampleBody, inventoryRoutes, rehome, resourceGraphRow, type FakeEstate } from '../../helpers/fake-arm/routes-inventory.ts';
import { startFakeArm, type FakeArm, type FakeArmRoute } from '../../helpers/fake-arm/server.ts';
import { armError } from '../../helpers/fake-arm/server.ts';
import { only, run } from '../../helpers/state.ts';

const SUB = 'b3f8c1de-5a41-4d3e-9c2f-1e6a7d0b4c21';
let fake: FakeArm | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const clusterRow = resourceGraphRow(rehome(exampleBody('containerservice/2026-08-01/ManagedClustersGet.json'), SUB));
/** The REST example's Flux configuration, on the example cluster, as Resource Graph's kubernetesconfigurationresources holds it. */
function fluxRow(complianceState: string): Record<string, unknown> {
  const example = (exampleBody('kubernetesconfiguration/2024-11-01/ListFluxConfigurations.json') as { value: Record<string, unknown>[] }).value[0]!;
  const text = JSON.stringify(example).replace(/\/subscriptions\/subId1\/resourceGroups\/rg1\/providers\/Microsoft\.Kubernetes\/connectedClusters\/clusterName1/g, String(clusterRow.id)).replace('"complianceState":"Compliant","provisioningState"', `"complianceState":"${complianceState}","provisioningState"`);
  return resourceGraphRow(JSON.parse(text) as Record<string, unknown>);
}

async function verdict(rows: Record<string, unknown>[], faults: FakeArmRoute[] = []) {
  const estate: FakeEstate = { subscriptions: [{ subscriptionId: SUB, displayName: 'contoso-saas-prod' }], rows: [clusterRow, ...rows] };
  fake = await startFakeArm([...faults, ...inventoryRoutes(estate), ...enrichmentRoutes(inventoryEnrichment(estate))]);
  const collection = await collectAzure(
    { subscriptions: [SUB], allSubscriptions: false, filters: { resourceGroups: [], tags: [] }, credential: 'default', concurrency: 4, armEndpoint: fake.url },
    { credential: fakeCredential(), tlsCa: fake.ca, timeoutMs: 2000, retry: { maxRetries: 0, retryDelayInMs: 5, maxRetryDelayInMs: 20 }, quota: { queries: 1000, windowMs: 1000 } },
  );
  const queries = fake.requests.map((r) => (r.body as { query?: string } | undefined)?.query ?? '');
  const { state } = adaptArm(collection.resources, collection.coverage);
  return { finding: only(run(rule, state)), state, queries };
}

describe('live: Flux configurations from Resource Graph (kubernetesconfigurationresources)', () => {
  it('queries the table and judges the cluster by the configuration on it', async () => {
    const { finding, state, queries } = await verdict([fluxRow('Compliant')]);
    expect(queries).toContain("kubernetesconfigurationresources\n| where type in~ ('microsoft.kubernetesconfiguration/fluxconfigurations')\n| order by id asc");
    expect(state.fluxConfigurations).toHaveLength(1);
    expect(finding.status).toBe('pass');
    expect((await verdict([fluxRow('Non-Compliant')])).finding.status).toBe('fail');
  });

  it('a subscription whose table was read and holds none fails; a refused query leaves it unknown', async () => {
    expect((await verdict([])).finding).toMatchObject({ status: 'fail', message: expect.stringMatching(/it has no Flux configuration/) });
    const refused: FakeArmRoute = {
      method: 'POST',
      path: /^\/providers\/Microsoft\.ResourceGraph\/resources$/,
      reply: (req) => ((req.body as { query?: string }).query?.startsWith('kubernetesconfigurationresources') ? { status: 403, body: armError('AuthorizationFailed', 'no access to kubernetesconfigurationresources') } : undefined),
    };
    expect((await verdict([], [refused])).finding).toMatchObject({ status: 'unknown', message: expect.stringMatching(/could not be read \(forbidden/) });
  });
});
