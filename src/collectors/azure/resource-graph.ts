import { setTimeout as sleep } from 'node:timers/promises';
import { AGENT_POOL, MANAGED_CLUSTER } from '../../adapters/arm/aks.ts';
import { CONTAINER_REGISTRY_TYPES } from '../../adapters/arm/container-registry.ts';
import { FLUX_CONFIGURATION } from '../../adapters/arm/gitops.ts';
import { KEY_VAULT_TYPES } from '../../adapters/arm/key-vault.ts';
import { MANAGED_IDENTITY_TYPES } from '../../adapters/arm/managed-identities.ts';
import { MONITORING_TYPES } from '../../adapters/arm/monitoring.ts';
import { MYSQL_TYPES } from '../../adapters/arm/mysql.ts';
import { NETWORK_TYPES } from '../../adapters/arm/network.ts';
import { POSTGRESQL_TYPES } from '../../adapters/arm/postgresql.ts';
import { REDIS_TYPES } from '../../adapters/arm/redis.ts';
import { ROLE_ASSIGNMENT } from '../../adapters/arm/role-assignments.ts';
import { SECURITY_CONTACT } from '../../adapters/arm/security-contacts.ts';
import { SQL_TYPES } from '../../adapters/arm/sql.ts';
import { SQL_MANAGED_INSTANCE_TYPES } from '../../adapters/arm/sql-managed-instance.ts';
import { STORAGE_ACCOUNT_TYPES } from '../../adapters/arm/storage-account.ts';
import { PRICING } from '../../adapters/arm/subscriptions.ts';
import { VIRTUAL_MACHINE } from '../../adapters/arm/virtual-machines.ts';
import { PageChain, type Deadline } from '../read-limits.ts';
import { armRequest } from './arm-rest.ts';
import type { ArmConnection } from './connection.ts';
import { deadlinePassed, type ArmFailure } from './failure.ts';

/**
 * Inventory through Azure Resource Graph: one query per resource family over all subscriptions in
 * scope (batched), `$skipToken` paging ordered by id, paced to the per-user quota. Rows are ARM
 * bodies (`properties` is the provider's own), so the ARM adapter reads them as it reads files.
 */

export const RESOURCE_GRAPH_PATH = '/providers/Microsoft.ResourceGraph/resources';
export const RESOURCE_GRAPH_API_VERSION = '2024-04-01';
/** Largest page Resource Graph returns. */
export const PAGE_SIZE = 1000;
/** "The group size is recommended to be less than 300" (guidance for throttled requests). */
export const SUBSCRIPTIONS_PER_QUERY = 300;

export interface InventoryFamily {
  /** Stable name, shown in coverage (`unread[].kind`). */
  name: string;
  /** Extension resources of `Microsoft.KubernetesConfiguration` (Flux configurations) and role assignments are in their own tables. */
  table: 'resources' | 'securityresources' | 'kubernetesconfigurationresources' | 'authorizationresources';
  /** The adapter's types: child types Resource Graph does not hold simply match nothing. */
  types: readonly string[];
  /** Subscription-level settings: resource group and tag filters do not apply. */
  subscriptionLevel?: boolean;
}

/**
 * One query per family and group of subscriptions, plus the subscription check: one group's
 * inventory fits Resource Graph's 15 queries per 5 s, so small families share a query.
 */
export const INVENTORY_FAMILIES: readonly InventoryFamily[] = [
  { name: 'clusters', table: 'resources', types: [MANAGED_CLUSTER, AGENT_POOL] },
  { name: 'networking', table: 'resources', types: NETWORK_TYPES },
  { name: 'key-vaults', table: 'resources', types: KEY_VAULT_TYPES },
  { name: 'postgresql', table: 'resources', types: POSTGRESQL_TYPES },
  { name: 'mysql', table: 'resources', types: MYSQL_TYPES },
  { name: 'sql', table: 'resources', types: [...SQL_TYPES, ...SQL_MANAGED_INSTANCE_TYPES] },
  { name: 'redis', table: 'resources', types: REDIS_TYPES },
  { name: 'container-registries', table: 'resources', types: CONTAINER_REGISTRY_TYPES },
  { name: 'storage', table: 'resources', types: STORAGE_ACCOUNT_TYPES },
  { name: 'monitoring', table: 'resources', types: MONITORING_TYPES },
  { name: 'gitops', table: 'kubernetesconfigurationresources', types: [FLUX_CONFIGURATION] },
  { name: 'defender', table: 'securityresources', types: [PRICING, SECURITY_CONTACT], subscriptionLevel: true },
  { name: 'machines-and-identities', table: 'resources', types: [VIRTUAL_MACHINE, ...MANAGED_IDENTITY_TYPES] },
  // Every assignment of the subscriptions: one at subscription scope covers the resource groups a filter names too.
  { name: 'role-assignments', table: 'authorizationresources', types: [ROLE_ASSIGNMENT], subscriptionLevel: true },
];

export interface InventoryFilters {
  resourceGroups: string[];
  /** Every pair must match (`tags[key] =~ value`). */
  tags: Array<{ key: string; value: string }>;
}

/** The KQL for one family: its types, the filters, ordered by the unique id so pages neither skip nor repeat. */
export function familyQuery(family: InventoryFamily, filters: InventoryFilters): string {
  const lines = [family.table, `| where type in~ (${family.types.map(kql).join(', ')})`];
  if (!family.subscriptionLevel) {
    if (filters.resourceGroups.length) lines.push(`| where resourceGroup in~ (${filters.resourceGroups.map(kql).join(', ')})`);
    // Tags filter top-level resources only: a child (a SQL database, a subnet) carries its own tags or
    // none, and dropping it would make its tagged parent look as if it had no children.
    for (const { key, value } of filters.tags) lines.push(`| where array_length(split(type, '/')) > 2 or tags[${kql(key)}] =~ ${kql(value)}`);
  }
  lines.push('| order by id asc');
  return lines.join('\n');
}

/** A KQL string literal: the user's resource group and tag text cannot close it. */
function kql(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * The per-user quota: `limit` queries in any `windowMs` (15 per 5 s), tightened by what the
 * service reports (`x-ms-user-quota-remaining`, `x-ms-user-quota-resets-after`). Every page counts.
 * A reset later than `maxWaitMs` is not waited for (the query is `throttled`), nor is the deadline.
 */
export class ResourceGraphQuota {
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly maxWaitMs: number;
  private readonly deadline: Deadline | undefined;
  private readonly sent: number[] = [];
  private blockedUntil = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(limit = 15, windowMs = 5000, bounds: { maxWaitMs?: number; deadline?: Deadline } = {}) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.maxWaitMs = bounds.maxWaitMs ?? Infinity;
    this.deadline = bounds.deadline;
  }

  /** Resolves when one more query may go out (callers are served in order), or with why it may not. */
  take(): Promise<ArmFailure | undefined> {
    const turn = this.queue.then(() => this.acquire());
    this.queue = turn;
    return turn;
  }

  /** Reads the quota headers of an answer: none left means wait until the window resets. */
  observe(headers: Record<string, string>): void {
    const remaining = Number(headers['x-ms-user-quota-remaining']);
    const resets = /^(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(headers['x-ms-user-quota-resets-after'] ?? '');
    if (remaining === 0 && resets) {
      const ms = (Number(resets[1]) * 3600 + Number(resets[2]) * 60 + Number(resets[3])) * 1000;
      this.blockedUntil = Math.max(this.blockedUntil, Date.now() + ms);
    }
  }

  private async acquire(): Promise<ArmFailure | undefined> {
    for (;;) {
      if (this.deadline?.signal.aborted) return deadlinePassed(this.deadline).failure;
      const now = Date.now();
      while (this.sent.length && (this.sent[0] as number) <= now - this.windowMs) this.sent.shift();
      const freeAt = Math.max(this.blockedUntil, this.sent.length >= this.limit ? (this.sent[0] as number) + this.windowMs : 0);
      if (freeAt <= now) {
        this.sent.push(now);
        return undefined;
      }
      if (freeAt - now > this.maxWaitMs) {
        return { code: 'throttled', message: `Resource Graph's query quota resets in ${Math.round((freeAt - now) / 1000)} s, longer than the scan waits (${Math.round(this.maxWaitMs / 1000)} s)` };
      }
      await sleep(freeAt - now, { signal: this.deadline?.signal }).catch(() => {});
    }
  }
}

export interface QueryResult {
  rows: unknown[];
  failure?: ArmFailure;
}

/** All pages of one query over one batch of subscriptions. */
export async function queryAllPages(conn: ArmConnection, quota: ResourceGraphQuota, subscriptions: string[], query: string): Promise<QueryResult> {
  const rows: unknown[] = [];
  const chain = new PageChain(conn.maxPages);
  let skipToken: string | undefined;
  do {
    const refused = await quota.take();
    if (refused) return { rows, failure: refused };
    const options = { resultFormat: 'objectArray', $top: PAGE_SIZE, ...(skipToken ? { $skipToken: skipToken } : {}) };
    const answer = await armRequest(conn, 'POST', RESOURCE_GRAPH_PATH, RESOURCE_GRAPH_API_VERSION, { subscriptions, query, options });
    if (!answer.ok) return { rows, failure: answer.failure };
    quota.observe(answer.headers);
    const page = answer.body as { data?: unknown; $skipToken?: unknown; resultTruncated?: unknown; totalRecords?: unknown } | null;
    if (!Array.isArray(page?.data)) return { rows, failure: { code: 'error', message: 'Resource Graph answered without a data array (resultFormat objectArray was asked)' } };
    for (const row of page.data as unknown[]) rows.push(row);
    skipToken = typeof page.$skipToken === 'string' && page.$skipToken ? page.$skipToken : undefined;
    // Truncated without a token: the rest cannot be paged to (the query's fault, not a quota).
    if (!skipToken && String(page.resultTruncated) === 'true') return { rows, failure: { code: 'truncated', message: 'Resource Graph truncated the result and gave no $skipToken' } };
    const stop = skipToken && chain.stop(skipToken);
    if (stop) return { rows, failure: { code: stop.code, message: `Resource Graph $skipToken paging: ${stop.message}` } };
    // Its own count of the rows the query matched: fewer at the end means some were left out.
    if (!skipToken && typeof page.totalRecords === 'number' && rows.length < page.totalRecords) {
      return { rows, failure: { code: 'truncated', message: `Resource Graph counted ${page.totalRecords} rows but returned ${rows.length}` } };
    }
  } while (skipToken);
  return { rows };
}

/**
 * Resource Graph answers for the subscriptions it can see and leaves out, with no error, any other
 * it was asked about (no access through it, not indexed yet, another tenant). Every subscription
 * has its own row in `resourcecontainers`, an empty one included: one asked about whose row is
 * missing is one the family queries did not read either.
 */
export const SUBSCRIPTIONS_QUERY = ["resourcecontainers", "| where type =~ 'microsoft.resources/subscriptions'", '| project subscriptionId', '| order by subscriptionId asc'].join('\n');

/** Subscriptions Resource Graph left out of its answers, and those it could not be asked about. */
export interface SubscriptionCoverage {
  omitted: string[];
  failures: Array<{ subscriptions: string[]; failure: ArmFailure }>;
}

export async function readSubscriptionCoverage(conn: ArmConnection, quota: ResourceGraphQuota, subscriptions: string[]): Promise<SubscriptionCoverage> {
  const coverage: SubscriptionCoverage = { omitted: [], failures: [] };
  await Promise.all(
    batches(subscriptions, SUBSCRIPTIONS_PER_QUERY).map(async (group) => {
      const { rows, failure } = await queryAllPages(conn, quota, group, SUBSCRIPTIONS_QUERY);
      if (failure) {
        coverage.failures.push({ subscriptions: group, failure });
        return;
      }
      const seen = new Set(rows.map((row) => String((row as { subscriptionId?: unknown } | null)?.subscriptionId).toLowerCase()));
      for (const id of group) if (!seen.has(id.toLowerCase())) coverage.omitted.push(id);
    }),
  );
  return coverage;
}

/** What one family gave, and the subscriptions it could not be read for. */
export interface FamilyInventory {
  family: InventoryFamily;
  rows: unknown[];
  failures: Array<{ subscriptions: string[]; failure: ArmFailure }>;
}

export function batches<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Every family over every batch, concurrently (bounded by the connection and the quota). */
export async function readInventory(
  conn: ArmConnection,
  quota: ResourceGraphQuota,
  subscriptions: string[],
  filters: InventoryFilters,
  onRows: (count: number) => void = () => {},
  /** Called as each family's pages are all in, so the reads that depend on it can start while others page. */
  onFamily: (inventory: FamilyInventory) => void = () => {},
): Promise<FamilyInventory[]> {
  const groups = batches(subscriptions, SUBSCRIPTIONS_PER_QUERY);
  return Promise.all(
    INVENTORY_FAMILIES.map(async (family): Promise<FamilyInventory> => {
      const query = familyQuery(family, filters);
      const results = await Promise.all(groups.map((group) => queryAllPages(conn, quota, group, query)));
      const inventory: FamilyInventory = { family, rows: [], failures: [] };
      results.forEach((result, i) => {
        for (const row of result.rows) inventory.rows.push(row);
        onRows(result.rows.length);
        if (result.failure) inventory.failures.push({ subscriptions: groups[i] as string[], failure: result.failure });
      });
      onFamily(inventory);
      return inventory;
    }),
  );
}
