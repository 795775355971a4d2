import { afterEach, describe, expect, it } from 'vitest';
import { collectAzure } from '../../../src/collectors/azure/collect.ts';
import { subscriptionOf } from '../../../src/collectors/azure/connection.ts';
import { Limiter } from '../../../src/collectors/azure/limiter.ts';
import { fakeCredential, inventoryEnrichment, inventoryEstate, PROD, STAGING } from '../../helpers/fake-arm/inventory-estate.ts';
import { enrichmentRoutes } from '../../helpers/fake-arm/routes-enrichment.ts';
import { inventoryRoutes } from '../../helpers/fake-arm/routes-inventory.ts';
import { startFakeArm, type FakeArm } from '../../helpers/fake-arm/server.ts';

let fake: FakeArm | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('the concurrency bound of a live scan', () => {
  it('holds as the scan counts it and as ARM sees it, over a few shared keep-alive connections', async () => {
    // Latency keeps requests in flight long enough for the bound to be reached, not merely respected.
    fake = await startFakeArm([...inventoryRoutes(inventoryEstate()), ...enrichmentRoutes(inventoryEnrichment(inventoryEstate()))], { latencyMs: 20 });
    const collection = await collectAzure(
      { subscriptions: [PROD, STAGING], allSubscriptions: false, filters: { resourceGroups: [], tags: [] }, credential: 'default', concurrency: 3, armEndpoint: fake.url },
      { credential: fakeCredential(), tlsCa: fake.ca, timeoutMs: 5000, quota: { queries: 1000, windowMs: 1000 } },
    );
    const { stats, concurrency } = collection.connection;
    expect(collection.sources.every((s) => s.status === 'ok')).toBe(true);
    expect(stats.requests).toBeGreaterThan(10);
    // Every request went through the limiter: the scan counted each one ARM received.
    expect(stats.requests).toBe(fake.requests.length);
    expect(concurrency.peak).toBe(3);
    expect(fake.peakInFlight()).toBeGreaterThan(1);
    expect(fake.peakInFlight()).toBeLessThanOrEqual(3);
    // One agent for every SDK client of the connection: sockets are reused, not opened per request or per client.
    expect(fake.connections()).toBeLessThanOrEqual(3);
  });
});

describe('Limiter', () => {
  it('hands freed slots to the waiting subscriptions in turn, each in its own order', async () => {
    const limiter = new Limiter(1);
    const order: string[] = [];
    const task = (name: string) => limiter.run(async () => void order.push(name), name[0]);
    await Promise.all(['a1', 'a2', 'a3', 'b1', 'b2', 'b3'].map(task));
    expect(order).toEqual(['a1', 'a2', 'b1', 'a3', 'b2', 'b3']);
    expect(limiter.peak).toBe(1);
  });

  it('keys requests by the subscription they read; tenant-level calls share one key', () => {
    expect(subscriptionOf('https://h/subscriptions/AB12/resourceGroups/rg/providers/Microsoft.Sql/servers/s?api-version=1')).toBe('ab12');
    expect(subscriptionOf('https://h/subscriptions/ab12?api-version=1')).toBe('ab12');
    expect(subscriptionOf('https://h/providers/Microsoft.ResourceGraph/resources?api-version=2024-04-01')).toBe('');
  });
});
