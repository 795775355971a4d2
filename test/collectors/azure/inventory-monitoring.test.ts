import { afterEach, describe, expect, it } from 'vitest';
import { adaptArm } from '../../../src/adapters/arm/adapt.ts';
import { collectAzure } from '../../../src/collectors/azure/collect.ts';
import type { AzureScanOptions } from '../../../src/collectors/azure/scan-options.ts';
import rule from '../../../src/rules/aks/aks-alerts-configured.ts';
import { fakeCredential, inventoryEnrichment, inventoryEstate, PROD, STAGING } from '../../helpers/fake-arm/inventory-estate.ts';
import { enrichmentRoutes } from '../../helpers/fake-arm/routes-enrichment.ts';
import { exampleBody, inventoryRoutes, rehome, resourceGraphRow, type FakeEstate } from '../../helpers/fake-arm/routes-inventory.ts';
import { startFakeArm, type FakeArm } from '../../helpers/fake-arm/server.ts';
import { run } from '../../helpers/state.ts';

let fake: FakeArm | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** The inventory estate, with the example metric alert on the production cluster (aks-shop) and its action group. */
function estateWithAlerts(): FakeEstate {
  const estate = inventoryEstate();
  const alerting = ['monitor/2018-03-01/getMetricAlertSingleResource.json', 'monitor/2023-01-01/getActionGroup.json'].map((path) => resourceGraphRow(rehome(exampleBody(path), PROD)));
  return { ...estate, rows: [...estate.rows, ...alerting] };
}

async function scan(options: Partial<AzureScanOptions>) {
  const estate = estateWithAlerts();
  fake = await startFakeArm([...inventoryRoutes(estate), ...enrichmentRoutes(inventoryEnrichment(estate))]);
  const collection = await collectAzure(
    { subscriptions: [PROD, STAGING], allSubscriptions: false, filters: { resourceGroups: [], tags: [] }, credential: 'default', concurrency: 4, armEndpoint: fake.url, ...options },
    { credential: fakeCredential(), tlsCa: fake.ca, timeoutMs: 2000, retry: { maxRetries: 0, retryDelayInMs: 5, maxRetryDelayInMs: 5 }, quota: { queries: 1000, windowMs: 1000 } },
  );
  expect(fake.unmatched).toEqual([]);
  const { state } = adaptArm(collection.resources, collection.coverage);
  return new Map(run(rule, state).map((f) => [f.resource.name, f]));
}

describe('aks-alerts-configured, read live (Resource Graph through a local ARM)', () => {
  it('passes the cluster the metric alert watches, and fails the one in a subscription read whole with no alert rule', async () => {
    const findings = await scan({});
    expect(findings.get('aks-shop')).toMatchObject({ status: 'pass', message: expect.stringContaining('action group ag-contoso-oncall') });
    expect(findings.get('aks-stg')).toMatchObject({ status: 'fail', message: expect.stringMatching(/^No metric alert, Prometheus rule group or log search alert watches cluster aks-stg/) });
  });

  it('is unknown for a cluster without a notifying rule when the scan was limited to resource groups: a rule elsewhere may watch it', async () => {
    const findings = await scan({ filters: { resourceGroups: ['rg-contoso-shop', 'rg-contoso-ops'], tags: [] } });
    expect(findings.get('aks-shop')?.status).toBe('pass');
    expect(findings.get('aks-stg')?.status).toBe('unknown');
  });
});
