import type { TokenCredential } from '@azure/core-auth';
import { sourcesOf } from './enrich/enrichment-sources.ts';
import { enrichLive, type Enrichment } from './enrich/index.ts';
import { collectArmResources, type ArmResource } from '../../adapters/arm/collect-resources.ts';
import type { CoverageEntry } from '../../state/coverage.ts';
import type { Source, SourceUnread } from '../../state/snapshot.ts';
import { newRequestStats, type ArmConnection } from './connection.ts';
import { boundedCredential } from './bounded-credential.ts';
import { createCredential, resolveArmTarget } from './credential.ts';
import type { ArmFailure } from './failure.ts';
import { Limiter } from './limiter.ts';
import type { AzureScanOptions } from './scan-options.ts';
import { startProgress, type AzureProgressCounts } from './progress.ts';
import { inventoryCoverage } from './inventory-coverage.ts';
import { INVENTORY_FAMILIES, readInventory, readSubscriptionCoverage, ResourceGraphQuota, type FamilyInventory, type SubscriptionCoverage } from './resource-graph.ts';
import { listSubscriptions, readSubscriptions, type ScopedSubscription, type SubscriptionListing } from './subscriptions.ts';
import { pushTo } from '../../lib/maps.ts';
import type { ReadLimits } from '../read-limits.ts';

export const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * What a caller can supply instead of the defaults. The CLI passes `progress` when stderr is a TTY;
 * tests pass a credential that makes no network call and the CA of their local ARM, reaching this
 * through `main(argv, out, err, { azure })` so the whole command runs in-process.
 */
export interface AzureHooks {
  credential?: TokenCredential;
  tlsCa?: string;
  /** Per request attempt and per token request (default 60 s). */
  timeoutMs?: number;
  retry?: ArmConnection['retry'];
  /** Resource Graph quota: queries per window (default 15 per 5 s). */
  quota?: { queries: number; windowMs: number };
  progress?: (line: string, last: boolean) => void;
  /** Handed the connection before the first request: the benchmark reads its counters and limiter peak after the scan. */
  onConnection?: (connection: ArmConnection) => void;
}

export interface AzureCollection {
  resources: ArmResource[];
  sources: Source[];
  /** Which families were read for which subscription (or resource group). */
  coverage: CoverageEntry[];
  /** Subscriptions in scope, readable or not (keyed by id). */
  subscriptions: ScopedSubscription[];
  /** For the collectors that follow (per-service reads, clusters), and for the request counts. */
  connection: ArmConnection;
}

export function subscriptionSourceId(subscriptionId: string): string {
  return `azure:subscription:${subscriptionId.toLowerCase()}`;
}

/** The Resource Graph family whose enrichment also reads Defender plans and security contacts. */
const DEFENDER_FAMILY = 'defender';
/** The family whose enrichment also reads the role assignments each subscription inherits from management groups. */
const ROLE_ASSIGNMENT_FAMILY = 'role-assignments';

/** Subscriptions → Resource Graph inventory → ARM resources with one source per subscription. */
export async function collectAzure(options: AzureScanOptions, hooks: AzureHooks = {}, limits: ReadLimits = {}): Promise<AzureCollection> {
  const target = resolveArmTarget(options.cloud, options.armEndpoint);
  const timeoutMs = hooks.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const connection: ArmConnection = {
    endpoint: target.endpoint,
    credential: boundedCredential(hooks.credential ?? (await createCredential(options.credential, target, process.env, hooks.tlsCa)), timeoutMs, limits.deadline),
    scope: target.scope,
    concurrency: new Limiter(options.concurrency),
    timeoutMs,
    stats: newRequestStats(),
    ...(hooks.tlsCa ? { tlsCa: hooks.tlsCa } : {}),
    ...(hooks.retry ? { retry: hooks.retry } : {}),
    maxPages: limits.maxPages,
    deadline: limits.deadline,
  };
  hooks.onConnection?.(connection);
  const counts: AzureProgressCounts = { subscriptions: 0, subscriptionsInScope: options.subscriptions.length, resources: 0 };
  const stopProgress = hooks.progress ? startProgress(hooks.progress, connection.stats, counts) : () => {};
  try {
    const listing = options.allSubscriptions ? await listSubscriptions(connection) : await readSubscriptions(connection, options.subscriptions);
    const readable = listing.subscriptions.filter((s) => !s.failure).map((s) => s.id);
    counts.subscriptionsInScope = listing.subscriptions.length;
    counts.subscriptions = readable.length;
    const quota = new ResourceGraphQuota(hooks.quota?.queries, hooks.quota?.windowMs, { maxWaitMs: timeoutMs, deadline: limits.deadline });
    const inScope = new Map(listing.subscriptions.map((s) => [s.id.toLowerCase(), s]));
    const subscriptionResources = listing.subscriptions.flatMap((s) => subscriptionResource(s, inScope));
    // What Resource Graph does not hold (server parameters, diagnostic settings, regions' versions, Defender gaps),
    // read per service as each family's pages arrive: those reads overlap the Resource Graph quota's waits.
    const familyResources = new Map<FamilyInventory, ArmResource[]>();
    const enrichments: Promise<Enrichment>[] = [];
    const onFamily = (family: FamilyInventory): void => {
      const resources = familyArmResources(family, inScope);
      familyResources.set(family, resources);
      const defender = family.family.name === DEFENDER_FAMILY;
      const inheritedRoleAssignments = family.family.name === ROLE_ASSIGNMENT_FAMILY;
      enrichments.push(enrichLive(connection, defender ? [...subscriptionResources, ...resources] : resources, { subscriptions: readable, defender, inheritedRoleAssignments }));
    };
    const [inventory, answered] = readable.length
      ? await Promise.all([readInventory(connection, quota, readable, options.filters, (n) => (counts.resources += n), onFamily), readSubscriptionCoverage(connection, quota, readable)])
      : [[], { omitted: [], failures: [] }];
    const resources = [...subscriptionResources, ...inventory.flatMap((family) => familyResources.get(family) ?? [])];
    const sources = inventorySources(listing, inventory, answered, resources, options.allSubscriptions, connection.endpoint);
    const enriched = await Promise.all(enrichments);
    for (const e of enriched) resources.push(...e.resources);
    sources.push(...sourcesOf(enriched.flatMap((e) => e.tallies)));
    // A subscription that could not be read has no inventory: every family is unread for it.
    const families = inventory.length ? inventory : INVENTORY_FAMILIES.map((family) => ({ family, rows: [], failures: [] }));
    const coverage = inventoryCoverage(listing.subscriptions, families, options.filters, answered.omitted);
    return { resources, sources, coverage, subscriptions: listing.subscriptions, connection };
  } finally {
    stopProgress();
  }
}

/** The subscription itself as an ARM resource: one that could not be read still enters the state, with nothing known, so its rules answer unknown. */
function subscriptionResource(s: ScopedSubscription, inScope: Map<string, ScopedSubscription>): ArmResource[] {
  const body = s.body ?? { id: `/subscriptions/${s.id}`, subscriptionId: s.id };
  return attribute(collectArmResources(body, 'azure:subscriptions', subscriptionSourceId(s.id)).resources, inScope);
}

/** One family's rows as ARM resources, each attributed to its subscription's source. */
function familyArmResources(family: FamilyInventory, inScope: Map<string, ScopedSubscription>): ArmResource[] {
  const rows = family.rows.filter((row) => typeof row === 'object' && row !== null && !Array.isArray(row));
  return attribute(collectArmResources(rows, `azure:resource-graph/${family.family.name}`, '').resources, inScope);
}

/** One source per subscription (and the listing): what was read, and what is missing and why. */
function inventorySources(listing: SubscriptionListing, inventory: FamilyInventory[], answered: SubscriptionCoverage, resources: ArmResource[], listed: boolean, endpoint: string): Source[] {
  const counts = new Map<string, number>();
  for (const r of resources) counts.set(r.source, (counts.get(r.source) ?? 0) + 1);
  const unread = new Map<string, SourceUnread[]>();
  for (const family of inventory) {
    for (const { subscriptions, failure } of family.failures) {
      for (const id of subscriptions) pushTo(unread, id.toLowerCase(), { kind: family.family.name, code: failure.code, reason: failure.message });
    }
  }
  // Left out of Resource Graph's answers: every family that did not fail already is unread for it.
  for (const id of answered.omitted) {
    const failed = new Set((unread.get(id.toLowerCase()) ?? []).map((u) => u.kind));
    for (const { name } of INVENTORY_FAMILIES) {
      if (!failed.has(name)) pushTo(unread, id.toLowerCase(), { kind: name, code: 'omitted', reason: `Resource Graph left this subscription out of its answers without an error (it has no row for it in resourcecontainers): ${name} not read` });
    }
  }
  for (const { subscriptions, failure } of answered.failures) {
    for (const id of subscriptions) pushTo(unread, id.toLowerCase(), { kind: 'resource-graph-coverage', code: failure.code, reason: `could not confirm that Resource Graph answered for this subscription: ${failure.message}` });
  }
  const sources: Source[] = [];
  if (listed) sources.push(listingSource(listing, endpoint));
  for (const s of listing.subscriptions) sources.push(subscriptionSource(s, unread.get(s.id.toLowerCase()) ?? [], counts.get(subscriptionSourceId(s.id)) ?? 0));
  return sources;
}

/** Each resource to its subscription's source; rows outside the scope asked for are dropped. */
function attribute(resources: ArmResource[], inScope: Map<string, ScopedSubscription>): ArmResource[] {
  return resources.filter((r) => {
    if (r.subscriptionId === null || !inScope.has(r.subscriptionId.toLowerCase())) return false;
    r.source = subscriptionSourceId(r.subscriptionId);
    return true;
  });
}

function subscriptionSource(s: ScopedSubscription, unread: SourceUnread[], resources: number): Source {
  const source: Source = { id: subscriptionSourceId(s.id), kind: 'azure', target: s.id, status: 'ok', resources };
  if (s.failure) return { ...source, resources: 0, status: 'failed', code: s.failure.code, message: `subscription not readable: ${s.failure.message}` };
  if (!unread.length) return source;
  return {
    ...source,
    status: 'partial',
    code: unread[0]?.code ?? 'error',
    message: `not read: ${unread.map((u) => `${u.kind} (${u.code})`).join(', ')}`,
    unread,
  };
}

function listingSource(listing: SubscriptionListing, endpoint: string): Source {
  const notes = [`${listing.subscriptions.length} subscription(s) in scope`];
  if (listing.skipped.length) notes.push(`skipped (disabled or deleted): ${listing.skipped.join(', ')}`);
  const source: Source = { id: 'azure:subscriptions', kind: 'azure', target: `${endpoint}/subscriptions`, status: 'ok', resources: 0 };
  const failure: ArmFailure | undefined = listing.failure;
  if (!failure) return { ...source, message: notes.join('; ') };
  notes.unshift(`listing stopped: ${failure.message}`);
  return { ...source, status: listing.subscriptions.length ? 'partial' : 'failed', code: failure.code, message: notes.join('; ') };
}
