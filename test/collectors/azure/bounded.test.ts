import type { TokenCredential } from '@azure/core-auth';
import { afterEach, describe, expect, it } from 'vitest';
import { collectAzure, type AzureHooks } from '../../../src/collectors/azure/collect.ts';
import { INVENTORY_FAMILIES } from '../../../src/collectors/azure/resource-graph.ts';
import type { AzureScanOptions } from '../../../src/collectors/azure/scan-options.ts';
import type { Source } from '../../../src/state/snapshot.ts';
import { deadlineAfter, type ReadLimits } from '../../../src/collectors/read-limits.ts';
import { fakeCredential, inventoryEnrichment, inventoryEstate, PROD, STAGING } from '../../helpers/fake-arm/inventory-estate.ts';
import { enrichmentRoutes } from '../../helpers/fake-arm/routes-enrichment.ts';
import { inventoryRoutes, type InventoryRouteOptions } from '../../helpers/fake-arm/routes-inventory.ts';
import { armError, startFakeArm, type FakeArm, type FakeArmRequest, type FakeArmRoute } from '../../helpers/fake-arm/server.ts';

// Every loop of a live Azure read ends: paging, retries, Retry-After, token requests, the deadline.
// The fake ARM misbehaves in front of its normal routes; each case ends in a coverage entry, fast.

let fake: FakeArm | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const FAST_RETRY = { maxRetries: 3, retryDelayInMs: 5, maxRetryDelayInMs: 20 };
const RG_PATH = /^\/providers\/Microsoft\.ResourceGraph\/resources$/;

async function scan(options: Partial<AzureScanOptions>, faults: FakeArmRoute[], hooks: AzureHooks = {}, limits: ReadLimits = {}, routes: InventoryRouteOptions = {}) {
  fake = await startFakeArm([...faults, ...inventoryRoutes(inventoryEstate(), routes), ...enrichmentRoutes(inventoryEnrichment(inventoryEstate()))]);
  const started = Date.now();
  const collection = await collectAzure(
    { subscriptions: [], allSubscriptions: false, filters: { resourceGroups: [], tags: [] }, credential: 'default', concurrency: 4, armEndpoint: fake.url, ...options },
    { credential: fakeCredential(), tlsCa: fake.ca, timeoutMs: 2000, retry: FAST_RETRY, quota: { queries: 1000, windowMs: 1000 }, ...hooks },
    limits,
  );
  return { collection, fake, ms: Date.now() - started };
}

const isQueryOf = (req: FakeArmRequest, type: string) => (req.body as { query?: string } | undefined)?.query?.includes(`'${type}'`) ?? false;
const prodSource = (sources: Source[]) => sources.find((s) => s.target === PROD);

/** The subscription listing answers its first page, then a nextLink forever: the same one (`same`) or a new one each time. */
function endlessListing(kind: 'same' | 'fresh'): FakeArmRoute {
  let page = 0;
  return {
    method: 'GET',
    path: /^\/subscriptions\/?$/,
    reply: (req) => {
      page += 1;
      const token = kind === 'same' ? 'again' : String(page);
      const value = page === 1 ? [{ id: `/subscriptions/${PROD}`, subscriptionId: PROD, displayName: 'contoso-saas-prod', state: 'Enabled' }] : [];
      return { status: 200, body: { value, nextLink: `https://${req.headers.host}/subscriptions?api-version=2022-12-01&$skiptoken=${token}` } };
    },
  };
}

describe('paging ends', () => {
  it('a nextLink that comes back is not followed again: the listing is partial (page-loop) and what was listed is scanned', async () => {
    const { collection, fake } = await scan({ allSubscriptions: true }, [endlessListing('same')]);
    expect(fake.requests.filter((r) => r.path === '/subscriptions')).toHaveLength(2);
    expect(collection.sources[0]).toMatchObject({ id: 'azure:subscriptions', status: 'partial', code: 'page-loop' });
    expect(collection.sources[0]?.message).toMatch(/continuation token came back after 2 page/);
    expect(collection.subscriptions.map((s) => s.id)).toEqual([PROD]);
  });

  it('a listing that pages forever with new links stops at --max-pages (page-limit)', async () => {
    const { collection, fake } = await scan({ allSubscriptions: true }, [endlessListing('fresh')], {}, { maxPages: 5 });
    expect(fake.requests.filter((r) => r.path === '/subscriptions')).toHaveLength(5);
    expect(collection.sources[0]).toMatchObject({ status: 'partial', code: 'page-limit' });
    expect(collection.sources[0]?.message).toContain('--max-pages 5');
  });

  it('a Resource Graph $skipToken that repeats ends that family (page-loop); the other families are read', async () => {
    const loop: FakeArmRoute = {
      method: 'POST',
      path: RG_PATH,
      reply: (req) => (isQueryOf(req, 'microsoft.keyvault/vaults') ? { status: 200, body: { totalRecords: 2, count: 1, resultTruncated: 'false', data: [], $skipToken: 'c2FtZQ==' } } : undefined),
    };
    const { collection, fake } = await scan({ subscriptions: [PROD] }, [loop]);
    expect(fake.requests.filter((r) => RG_PATH.test(r.path) && isQueryOf(r, 'microsoft.keyvault/vaults'))).toHaveLength(2);
    const prod = prodSource(collection.sources);
    expect(prod).toMatchObject({ status: 'partial', code: 'page-loop' });
    expect(prod?.unread).toEqual([expect.objectContaining({ kind: 'key-vaults', code: 'page-loop' })]);
  });

  it('an SDK pager (PostgreSQL firewall rules) whose nextLink repeats stops, and only that read fails', async () => {
    const loop: FakeArmRoute = {
      method: 'GET',
      path: /\/flexibleServers\/[^/]+\/firewallRules$/i,
      reply: (req) => ({ status: 200, body: { value: [], nextLink: `https://${req.headers.host}${req.path}?api-version=2025-08-01&$skiptoken=again` } }),
    };
    const { collection, fake } = await scan({ subscriptions: [PROD] }, [loop]);
    expect(fake.requests.filter((r) => /firewallRules$/.test(r.path) && r.path.includes('flexibleServers'))).toHaveLength(2);
    const children = collection.sources.find((s) => s.id === `azure:subscription:${PROD}:database-server-children`);
    expect(children).toMatchObject({ status: 'partial', code: 'page-loop' });
  });
});

describe('retries end', () => {
  it('a 503 whose Retry-After is within the timeout is waited for and retried', async () => {
    let refused = 0;
    const once: FakeArmRoute = { method: 'POST', path: RG_PATH, reply: () => (refused++ === 0 ? { status: 503, headers: { 'retry-after': '1' }, body: armError('ServiceUnavailable', 'busy') } : undefined) };
    const { collection, ms } = await scan({ subscriptions: [PROD] }, [once]);
    expect(ms).toBeGreaterThanOrEqual(1000);
    expect(collection.connection.stats.retries).toBe(1);
    expect(prodSource(collection.sources)).toMatchObject({ status: 'ok' });
  });

  it('a 503 whose Retry-After is a day is not waited for: that family is unavailable, at once', async () => {
    const down: FakeArmRoute = { method: 'POST', path: RG_PATH, reply: (req) => (isQueryOf(req, 'microsoft.cache/redis') ? { status: 503, headers: { 'retry-after': '86400' }, body: armError('ServiceUnavailable', 'try tomorrow') } : undefined) };
    const { collection, ms } = await scan({ subscriptions: [PROD] }, [down]);
    expect(ms).toBeLessThan(10_000);
    const prod = prodSource(collection.sources);
    expect(prod).toMatchObject({ status: 'partial', code: 'unavailable' });
    expect(prod?.message).toContain('redis (unavailable)');
    expect(collection.connection.stats.retries).toBe(0);
  });

  it('a 429 whose Retry-After is a date tomorrow is not waited for: throttled', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toUTCString();
    const slow: FakeArmRoute = { method: 'POST', path: RG_PATH, reply: (req) => (isQueryOf(req, 'microsoft.containerregistry/registries') ? { status: 429, headers: { 'retry-after': tomorrow }, body: armError('RateLimiting', 'later') } : undefined) };
    const { collection, ms } = await scan({ subscriptions: [PROD] }, [slow]);
    expect(ms).toBeLessThan(10_000);
    expect(prodSource(collection.sources)).toMatchObject({ status: 'partial', code: 'throttled' });
  });

  it('a Resource Graph quota that resets in a day is not waited for: the page left to read is throttled', async () => {
    // Every answer says the quota is used up until tomorrow; the key vault query has a second page to read.
    const exhausted: FakeArmRoute = {
      method: 'POST',
      path: RG_PATH,
      reply: (req) => {
        if (isQueryOf(req, 'microsoft.resources/subscriptions')) return undefined;
        const more = isQueryOf(req, 'microsoft.keyvault/vaults') && !(req.body as { options: { $skipToken?: string } }).options.$skipToken;
        return { status: 200, body: { totalRecords: 0, count: 0, resultTruncated: 'false', data: [], ...(more ? { $skipToken: 'cGFnZTI=' } : {}) }, headers: { 'x-ms-user-quota-remaining': '0', 'x-ms-user-quota-resets-after': '23:59:59' } };
      },
    };
    // The real window, 15 per 5 s, holds every family's first page and the subscription check: only the vault's second page waits.
    expect(INVENTORY_FAMILIES.length + 1).toBeLessThanOrEqual(15);
    const { collection, ms } = await scan({ subscriptions: [PROD] }, [exhausted], { quota: { queries: 15, windowMs: 5000 } });
    expect(ms).toBeLessThan(10_000);
    const prod = prodSource(collection.sources);
    expect(prod).toMatchObject({ status: 'partial', code: 'throttled' });
    expect(prod?.unread).toEqual([expect.objectContaining({ kind: 'key-vaults', code: 'throttled', reason: expect.stringMatching(/quota resets in 86399 s, longer than the scan waits/) })]);
  });
});

describe('waits end', () => {
  it('a credential whose getToken never answers fails the subscriptions (timeout) after one timeout, not the run', async () => {
    let asked = 0;
    const hanging: TokenCredential = { getToken: () => (asked++, new Promise(() => {})) };
    const { collection, ms } = await scan({ subscriptions: [PROD, STAGING] }, [], { credential: hanging, timeoutMs: 300 });
    expect(ms).toBeLessThan(5000);
    expect(asked).toBe(1);
    expect(collection.sources.map((s) => [s.target, s.status, s.code])).toEqual([
      [PROD, 'failed', 'timeout'],
      [STAGING, 'failed', 'timeout'],
    ]);
    expect(collection.sources[0]?.message).toContain('the Azure credential gave no token for');
  });

  it('past the deadline, what hangs is abandoned: the scan returns with those families unread (timeout, deadline)', async () => {
    const hang: FakeArmRoute = { method: 'POST', path: RG_PATH, reply: (req) => (isQueryOf(req, 'microsoft.network/virtualnetworks') ? 'hang' : undefined) };
    const { collection, ms } = await scan({ subscriptions: [PROD] }, [hang], { timeoutMs: 60_000 }, { deadline: deadlineAfter(3) });
    expect(ms).toBeLessThan(8000);
    const prod = prodSource(collection.sources);
    expect(prod).toMatchObject({ status: 'partial', code: 'timeout' });
    expect(prod?.unread).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'networking', code: 'timeout', reason: expect.stringContaining('--deadline 3') })]));
    // The clusters were read before the deadline.
    expect(collection.resources.some((r) => r.type === 'microsoft.containerservice/managedclusters')).toBe(true);
  });
});
