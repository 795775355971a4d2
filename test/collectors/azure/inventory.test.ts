import { afterEach, describe, expect, it } from 'vitest';
import { adaptArm } from '../../../src/adapters/arm/adapt.ts';
import { collectAzure, subscriptionSourceId, type AzureHooks } from '../../../src/collectors/azure/collect.ts';
import type { AzureScanOptions } from '../../../src/collectors/azure/scan-options.ts';
import { INVENTORY_FAMILIES, SUBSCRIPTIONS_QUERY } from '../../../src/collectors/azure/resource-graph.ts';
import { fakeCredential, inventoryEnrichment, inventoryEstate, PROD, RETIRED, STAGING } from '../../helpers/fake-arm/inventory-estate.ts';
import { enrichmentRoutes, forbidden } from '../../helpers/fake-arm/routes-enrichment.ts';
import { inventoryRoutes, type InventoryRouteOptions } from '../../helpers/fake-arm/routes-inventory.ts';
import { armError, startFakeArm, type FakeArm, type FakeArmRoute } from '../../helpers/fake-arm/server.ts';
import { RULES } from '../../../src/rules/index.ts';
import { run } from '../../helpers/state.ts';

let fake: FakeArm | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const FAST_RETRY = { maxRetries: 3, retryDelayInMs: 5, maxRetryDelayInMs: 20 };
const RG_PATH = /^\/providers\/Microsoft\.ResourceGraph\/resources$/;

async function scan(options: Partial<AzureScanOptions>, routes: InventoryRouteOptions = {}, faults: FakeArmRoute[] = [], hooks: AzureHooks = {}) {
  fake = await startFakeArm([...faults, ...inventoryRoutes(inventoryEstate(), routes), ...enrichmentRoutes(inventoryEnrichment(inventoryEstate()))]);
  const credential = fakeCredential();
  const collection = await collectAzure(
    { subscriptions: [], allSubscriptions: false, filters: { resourceGroups: [], tags: [] }, credential: 'default', concurrency: 4, armEndpoint: fake.url, ...options },
    { credential, tlsCa: fake.ca, timeoutMs: 2000, retry: FAST_RETRY, quota: { queries: 1000, windowMs: 1000 }, ...hooks },
  );
  return { collection, credential, fake };
}

const PRICINGS = inventoryEstate().rows.filter((r) => r.type === 'microsoft.security/pricings' && r.subscriptionId === PROD).length;
const graphQueries = (f: FakeArm) => f.requests.filter((r) => RG_PATH.test(r.path));
/** The family queries, without the one that checks which subscriptions Resource Graph answered for. */
const familyQueries = (f: FakeArm) => graphQueries(f).filter((r) => (r.body as { query: string }).query !== SUBSCRIPTIONS_QUERY);

describe('live Azure inventory against a local ARM (real SDK pipeline over HTTPS)', () => {
  it('reads the named subscriptions and one Resource Graph query per family, and the ARM adapter maps the rows', async () => {
    const { collection, credential, fake } = await scan({ subscriptions: [PROD, STAGING] });
    expect(fake.unmatched).toEqual([]);
    expect(credential.scopes).toContain(`${fake.url}/.default`);
    expect(fake.requests.every((r) => r.headers.authorization === 'Bearer fake-arm-token')).toBe(true);
    expect(familyQueries(fake)).toHaveLength(INVENTORY_FAMILIES.length);
    expect(graphQueries(fake)).toHaveLength(INVENTORY_FAMILIES.length + 1);
    const bodies = familyQueries(fake).map((r) => r.body as { subscriptions: string[]; query: string; options: Record<string, unknown> });
    expect(bodies.every((b) => b.subscriptions.length === 2 && b.options.resultFormat === 'objectArray' && b.options.$top === 1000 && b.query.endsWith('| order by id asc'))).toBe(true);

    // The subscription, its resources, and the example's pricings.
    const inventory = collection.sources.filter((s) => s.target === PROD || s.target === STAGING);
    expect(inventory.map((s) => [s.target, s.status, s.resources])).toEqual([
      [PROD, 'ok', 1 + 11 + PRICINGS],
      [STAGING, 'ok', 1 + 1 + PRICINGS],
    ]);
    // Then what the per-service reads added, one source per subscription and topic, all read.
    const enrichment = collection.sources.filter((s) => !inventory.includes(s));
    expect(enrichment.every((s) => s.status === 'ok')).toBe(true);
    expect(enrichment.map((s) => s.target)).toEqual(
      expect.arrayContaining([`${PROD}: diagnostic settings`, `${PROD}: database server parameters, firewall rules and administrators`, `${PROD}: security contacts (Microsoft.Security/securityContacts)`, `${STAGING}: security contacts (Microsoft.Security/securityContacts)`]),
    );
    const { state } = adaptArm(collection.resources);
    expect(state.clusters.map((c) => c.name).sort()).toEqual(['aks-shop', 'aks-stg']);
    const sub = state.subscriptions.find((s) => s.subscriptionId === PROD);
    expect(sub?.displayName).toBe('contoso-saas-prod');
    expect(sub?.defenderPlans?.find((p) => p.name === 'VirtualMachines')?.tier).toBe('Standard');
    expect(state.keyVaults).toHaveLength(1);
    expect(state.redisCaches).toHaveLength(1);
    expect(state.network.networkSecurityGroups).toHaveLength(1);
    // The role assignment from authorizationresources, those both subscriptions inherit from their management group
    // (listed for each with $filter=atScope(), kept once), and the identity's federated credential read per identity.
    const inheritedLists = fake.requests.filter((r) => /\/providers\/Microsoft\.Authorization\/roleAssignments$/i.test(r.path));
    expect(inheritedLists.map((r) => [r.path.split('/')[2], r.query.get('$filter'), r.query.get('api-version')])).toEqual(
      expect.arrayContaining([PROD, STAGING].map((sub) => [sub, 'atScope()', '2022-04-01'])),
    );
    expect(inheritedLists).toHaveLength(2);
    expect(collection.sources.filter((s) => s.id.endsWith(':inherited-role-assignments')).map((s) => [s.target, s.status, s.resources])).toEqual([
      [`${STAGING}: role assignments inherited from management groups`, 'ok', 2],
      [`${PROD}: role assignments inherited from management groups`, 'ok', 2],
    ]);
    const MG = '/providers/Microsoft.Management/managementGroups/platform';
    expect(state.roleAssignments).toEqual([
      expect.objectContaining({ scopeLevel: 'subscription', roleName: 'Contributor', principalType: 'ServicePrincipal' }),
      expect.objectContaining({ scope: MG, scopeLevel: 'managementGroup', subscriptionId: null, roleName: 'Contributor', principalId: '3d1c7f20-5b6a-4c2e-9f0d-8a7b6c5d4e3f' }),
      expect.objectContaining({ scope: MG, scopeLevel: 'managementGroup', subscriptionId: null, roleName: 'Contributor', principalId: '25cc773c-7f05-40fc-a104-32d2300754ad' }),
    ]);
    expect(state.managedIdentities.find((i) => i.kind === 'userAssigned')?.federatedCredentials).toEqual([expect.objectContaining({ subject: 'system:serviceaccount:ns:svcaccount' })]);
    // The subscription's and the management group's service principals are no managed identity of the estate; the
    // identity the management group also gives Contributor is the estate's user-assigned identity.
    const privileged = run(RULES.find((r) => r.id === 'identity-service-principal-privileged-role')!, state);
    expect(privileged.map((f) => [f.resource.id.split('/')[1], f.status])).toEqual([
      ['subscriptions', 'fail'],
      ['providers', 'fail'],
      ['providers', 'pass'],
    ]);
    expect(privileged[1]?.message).toMatch(/holds Contributor at management group platform/);
  });

  it('lists every visible subscription through nextLink pages, skipping a disabled one', async () => {
    const { collection, fake } = await scan({ allSubscriptions: true }, { subscriptionsPerPage: 1 });
    const lists = fake.requests.filter((r) => r.path === '/subscriptions');
    expect(lists.map((r) => r.query.get('$skiptoken'))).toEqual([null, '1', '2']);
    expect(collection.subscriptions.map((s) => s.id)).toEqual([PROD, STAGING]);
    expect(collection.sources[0]).toMatchObject({ id: 'azure:subscriptions', status: 'ok' });
    expect(collection.sources[0]?.message).toContain(RETIRED);
    expect(graphQueries(fake).every((r) => !(r.body as { subscriptions: string[] }).subscriptions.includes(RETIRED))).toBe(true);
    expect(fake.unmatched).toEqual([]);
  });

  it('follows $skipToken until the last page, each page one query, rows neither lost nor repeated', async () => {
    const { collection, fake } = await scan({ subscriptions: [PROD, STAGING] }, { rowsPerPage: 2 });
    const defender = graphQueries(fake).filter((r) => (r.body as { query: string }).query.startsWith('securityresources'));
    // Both subscriptions' pricings at 2 per page; every page after the first carries the token the previous one gave.
    const pages = Math.ceil((2 * PRICINGS) / 2);
    expect(defender.map((r) => (r.body as { options: { $skipToken?: string } }).options.$skipToken !== undefined)).toEqual([false, ...Array<boolean>(pages - 1).fill(true)]);
    const ids = collection.resources.map((r) => r.id.toLowerCase());
    expect(new Set(ids).size).toBe(ids.length);
    expect(collection.sources.every((s) => s.status === 'ok')).toBe(true);
    expect(collection.sources.find((s) => s.target === PROD)?.resources).toBe(1 + 11 + PRICINGS);
  });

  it('a subscription Resource Graph leaves out of its answers without an error is not ok: every family is unread for it (omitted)', async () => {
    const { collection } = await scan({ subscriptions: [PROD, STAGING] }, { omitted: [STAGING] });
    const staging = collection.sources.find((s) => s.target === STAGING);
    expect(staging).toMatchObject({ status: 'partial', code: 'omitted', resources: 1 });
    expect(staging?.unread?.map((u) => [u.kind, u.code])).toEqual(INVENTORY_FAMILIES.map((f) => [f.name, 'omitted']));
    expect(staging?.unread?.[0]?.reason).toMatch(/^Resource Graph left this subscription out of its answers without an error/);
    expect(collection.sources.find((s) => s.target === PROD)).toMatchObject({ status: 'ok' });
    // Coverage claims nothing for it, so rules that count resources answer unknown there.
    const claimed = (id: string): boolean[] => [...new Set(collection.coverage.filter((e) => e.subscriptionId === id.toLowerCase()).map((e) => e.read))];
    expect(claimed(STAGING)).toEqual([false]);
    expect(claimed(PROD)).toEqual([true]);
    // Its cluster was not read: no rule can judge it as absent.
    expect(adaptArm(collection.resources).state.clusters.map((c) => c.name)).toEqual(['aks-shop']);
  });

  it('a subscription with no resources at all is answered for, and stays ok', async () => {
    const estate = inventoryEstate();
    estate.rows = estate.rows.filter((r) => r.subscriptionId !== STAGING);
    fake = await startFakeArm([...inventoryRoutes(estate), ...enrichmentRoutes(inventoryEnrichment(estate))]);
    const collection = await collectAzure(
      { subscriptions: [STAGING], allSubscriptions: false, filters: { resourceGroups: [], tags: [] }, credential: 'default', concurrency: 4, armEndpoint: fake.url },
      { credential: fakeCredential(), tlsCa: fake.ca, timeoutMs: 2000, retry: FAST_RETRY, quota: { queries: 1000, windowMs: 1000 } },
    );
    expect(collection.sources.find((s) => s.target === STAGING)).toEqual({ id: subscriptionSourceId(STAGING), kind: 'azure', target: STAGING, status: 'ok', resources: 1 });
  });

  it('a family whose last page leaves the total Resource Graph counted unmet is truncated', async () => {
    const short: FakeArmRoute = {
      method: 'POST',
      path: RG_PATH,
      reply: (req) => ((req.body as { query: string }).query.includes("'microsoft.storage/storageaccounts'") ? { status: 200, body: { totalRecords: 3, count: 0, resultTruncated: 'false', data: [] } } : undefined),
    };
    const { collection } = await scan({ subscriptions: [PROD] }, {}, [short]);
    expect(collection.sources.find((s) => s.target === PROD)?.unread).toEqual([{ kind: 'storage', code: 'truncated', reason: 'Resource Graph counted 3 rows but returned 0' }]);
  });

  it('a subscription the identity cannot read is failed (forbidden), stays in the state with nothing known, and the scan goes on', async () => {
    const { collection, fake } = await scan({ subscriptions: [PROD, STAGING] }, { forbidden: [STAGING] });
    const staging = collection.sources.find((s) => s.target === STAGING);
    expect(staging).toMatchObject({ status: 'failed', code: 'forbidden', resources: 0 });
    expect(staging?.message).toContain('AuthorizationFailed');
    expect(collection.sources.find((s) => s.target === PROD)?.status).toBe('ok');
    // Only readable subscriptions go to Resource Graph.
    expect(graphQueries(fake).every((r) => (r.body as { subscriptions: string[] }).subscriptions.join() === PROD)).toBe(true);
    const sub = adaptArm(collection.resources).state.subscriptions.find((s) => s.subscriptionId === STAGING);
    expect(sub).toMatchObject({ defenderPlans: null, securityContacts: null });
  });

  it("a subscription whose inherited role assignments are refused says so in its own source; the other's are still read", async () => {
    const path = `/subscriptions/${STAGING}/providers/Microsoft.Authorization/roleAssignments`;
    const refusal = forbidden('Microsoft.Authorization/roleAssignments/read', `/subscriptions/${STAGING}`);
    const refuse: FakeArmRoute = { method: 'GET', path: new RegExp(`^${path}$`, 'i'), reply: () => ({ status: refusal.status, body: armError(refusal.code, refusal.message) }) };
    const { collection } = await scan({ subscriptions: [PROD, STAGING] }, {}, [refuse]);
    const inherited = collection.sources.filter((s) => s.id.endsWith(':inherited-role-assignments'));
    expect(inherited.map((s) => [s.target.split(':')[0], s.status, s.code])).toEqual([
      [STAGING, 'failed', 'forbidden'],
      [PROD, 'ok', undefined],
    ]);
    // PROD's list alone brings both assignments on the management group.
    const { state } = adaptArm(collection.resources);
    expect(state.roleAssignments.filter((a) => a.scopeLevel === 'managementGroup')).toHaveLength(2);
  });

  it('waits as long as a 429 Retry-After asks, then reads the page', async () => {
    let refused = 0;
    const throttleOnce: FakeArmRoute = {
      method: 'POST',
      path: RG_PATH,
      reply: () => (refused++ === 0 ? { status: 429, headers: { 'retry-after': '1' }, body: { error: { code: 'RateLimiting', message: 'Too many requests' } } } : undefined),
    };
    const { collection } = await scan({ subscriptions: [PROD] }, {}, [throttleOnce]);
    expect(collection.connection.stats).toMatchObject({ throttled: 1, retries: 1 });
    expect(collection.sources.every((s) => s.status === 'ok')).toBe(true);
  });

  it('a Retry-After beyond the timeout is not waited for: that family is throttled, the rest is read', async () => {
    const throttleClusters: FakeArmRoute = {
      method: 'POST',
      path: RG_PATH,
      reply: (req) => ((req.body as { query: string }).query.includes("'microsoft.containerservice/managedclusters'") ? { status: 429, headers: { 'retry-after': '3600' }, body: { error: { code: 'RateLimiting', message: 'Too many requests' } } } : undefined),
    };
    const { collection } = await scan({ subscriptions: [PROD] }, {}, [throttleClusters]);
    const prod = collection.sources.find((s) => s.target === PROD);
    expect(prod).toMatchObject({ status: 'partial', code: 'throttled' });
    expect(prod?.unread).toEqual([expect.objectContaining({ kind: 'clusters', code: 'throttled' })]);
    expect(collection.connection.stats.throttled).toBe(1);
    expect(adaptArm(collection.resources).state.clusters).toEqual([]);
  });

  it('backs off after a 500 and succeeds', async () => {
    let failed = 0;
    const failOnce: FakeArmRoute = { method: 'POST', path: RG_PATH, reply: () => (failed++ === 0 ? { status: 500, body: { error: { code: 'InternalServerError', message: 'boom' } } } : undefined) };
    const { collection } = await scan({ subscriptions: [PROD] }, {}, [failOnce]);
    expect(collection.connection.stats.retries).toBe(1);
    expect(collection.sources.every((s) => s.status === 'ok')).toBe(true);
  });

  it('a hung request costs one timeout, not one per retry: its family is unread (timeout), the rest is read', async () => {
    const hangKeyVaults: FakeArmRoute = { method: 'POST', path: RG_PATH, reply: (req) => ((req.body as { query: string }).query.includes("'microsoft.keyvault/vaults'") ? 'hang' : undefined) };
    const { collection } = await scan({ subscriptions: [PROD] }, {}, [hangKeyVaults], { timeoutMs: 300 });
    expect(collection.connection.stats).toMatchObject({ timeouts: 1, retries: 0 });
    expect(collection.sources[0]?.unread).toEqual([expect.objectContaining({ kind: 'key-vaults', code: 'timeout' })]);
    expect(collection.sources[0]?.unread?.[0]?.reason).toMatch(/no answer within 0\.3 s/);
  });

  it('applies resource group and tag filters in the queries, not to subscription-level settings', async () => {
    const { fake } = await scan({ subscriptions: [PROD], filters: { resourceGroups: ['rg1'], tags: [{ key: 'env', value: "prod's" }] } });
    const queries = graphQueries(fake).map((r) => (r.body as { query: string }).query);
    const clusters = queries.find((q) => q.includes("'microsoft.containerservice/managedclusters'"));
    expect(clusters).toContain("| where resourceGroup in~ ('rg1')");
    expect(clusters).toContain("| where array_length(split(type, '/')) > 2 or tags['env'] =~ 'prod\\'s'");
    expect(queries.find((q) => q.startsWith('securityresources'))).not.toContain('resourceGroup');
  });

  it('keeps the untagged children of a tagged resource: a tag filter on SQL servers still brings their databases', async () => {
    const estate = inventoryEstate();
    const server = estate.rows.find((r) => r.type === 'microsoft.sql/servers') as Record<string, unknown> & { id: string };
    server.tags = { env: 'prod' };
    estate.rows.push({ id: `${server.id}/databases/orders`, name: 'orders', type: 'microsoft.sql/servers/databases', subscriptionId: PROD, resourceGroup: server.resourceGroup, location: server.location, tags: {}, properties: { status: 'Online' } });
    fake = await startFakeArm([...inventoryRoutes(estate), ...enrichmentRoutes(inventoryEnrichment(estate))]);
    const collection = await collectAzure(
      { subscriptions: [PROD], allSubscriptions: false, filters: { resourceGroups: [], tags: [{ key: 'env', value: 'prod' }] }, credential: 'default', concurrency: 4, armEndpoint: fake.url },
      { credential: fakeCredential(), tlsCa: fake.ca, timeoutMs: 2000, retry: FAST_RETRY, quota: { queries: 1000, windowMs: 1000 } },
    );
    const ids = collection.resources.map((r) => r.id.toLowerCase());
    expect(ids).toContain(server.id.toLowerCase());
    expect(ids).toContain(`${server.id}/databases/orders`.toLowerCase());
    // An untagged top-level resource stays out.
    expect(ids.some((id) => id.includes('/microsoft.keyvault/vaults/'))).toBe(false);
  });

  it('never has more requests in flight than the concurrency allows', async () => {
    const { collection, fake } = await scan({ subscriptions: [PROD, STAGING], concurrency: 2 });
    expect(collection.connection.concurrency.peak).toBeLessThanOrEqual(2);
    expect(fake.peakInFlight()).toBeLessThanOrEqual(2);
  });
});

it('source ids are keyed by subscription id', () => {
  expect(subscriptionSourceId(PROD.toUpperCase())).toBe(`azure:subscription:${PROD}`);
});
