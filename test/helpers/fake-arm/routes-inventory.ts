import { readFileSync } from 'node:fs';
import { armError, type FakeArmReply, type FakeArmRequest, type FakeArmRoute } from './server.ts';

/**
 * The inventory side of a fake ARM: the Subscriptions API (Get, List with `nextLink` paging) and
 * Resource Graph (`POST /providers/Microsoft.ResourceGraph/resources`, `$skipToken` paging, quota
 * headers), over an estate of ARM bodies in the REST examples' shape (test/fixtures/azure-rest).
 */

const EXAMPLES = new URL('../../fixtures/azure-rest/', import.meta.url);

/** `responses.200.body` of an example: `exampleBody('containerservice/2026-08-01/ManagedClustersGet.json')`. */
export function exampleBody(path: string): Record<string, unknown> {
  return restExampleBody(new URL(path, EXAMPLES));
}

/** `responses.200.body` of a file in the REST examples' shape, wherever it is (ours, or the peer-conformance suite's). */
export function restExampleBody(file: string | URL): Record<string, unknown> {
  const example = JSON.parse(readFileSync(file, 'utf8')) as { responses: Record<string, { body?: unknown }> };
  return example.responses['200']?.body as Record<string, unknown>;
}

/** The example's body moved to another subscription (and optionally named anew): every id in it follows. */
export function rehome<T>(body: T, subscriptionId: string, name?: { from: string; to: string }): T {
  let text = JSON.stringify(body).replace(/\/subscriptions\/[^/"]+/g, `/subscriptions/${subscriptionId}`);
  if (name) text = text.replaceAll(name.from, name.to);
  return JSON.parse(text) as T;
}

/** A resource as Resource Graph returns it: the ARM body plus its own columns, type in lower case. */
export function resourceGraphRow(body: Record<string, unknown>, tenantId = TENANT_ID): Record<string, unknown> {
  const id = String(body.id);
  return {
    ...body,
    type: String(body.type).toLowerCase(),
    tenantId,
    subscriptionId: /\/subscriptions\/([^/]+)/i.exec(id)?.[1] ?? '',
    resourceGroup: (/\/resourceGroups\/([^/]+)/i.exec(id)?.[1] ?? '').toLowerCase(),
    tags: body.tags ?? {},
  };
}

export const TENANT_ID = '31c75423-32d6-4322-88b7-c478bdde4858';

export interface FakeSubscription {
  subscriptionId: string;
  displayName: string;
  state?: 'Enabled' | 'Warned' | 'PastDue' | 'Disabled' | 'Deleted';
}

export interface FakeEstate {
  subscriptions: FakeSubscription[];
  /** Resource Graph rows (see `resourceGraphRow`): `microsoft.security/*` go to `securityresources`, `microsoft.kubernetesconfiguration/*` to `kubernetesconfigurationresources`, `microsoft.authorization/*` to `authorizationresources`, the rest to `resources`. */
  rows: Array<Record<string, unknown>>;
}

export interface InventoryRouteOptions {
  /** Subscriptions per `Subscriptions_List` page (default 100). */
  subscriptionsPerPage?: number;
  /** Rows per Resource Graph page when smaller than `$top` (default: `$top`). */
  rowsPerPage?: number;
  /** Subscriptions the identity has no role on: 403 on Get, absent from List, 403 on a query naming them. */
  forbidden?: string[];
  /** Refuse queries beyond this many per window with 429, as the real per-user quota does. */
  quota?: { limit: number; windowMs: number };
  /**
   * Subscriptions Resource Graph leaves out of its answers without an error, as it does for one it
   * cannot see: readable through ARM, but no rows in any table (`resourcecontainers` included).
   */
  omitted?: string[];
}

/** A body as Subscriptions_Get / Subscriptions_List return one (2022-12-01). */
function subscriptionBody(s: FakeSubscription): Record<string, unknown> {
  return {
    id: `/subscriptions/${s.subscriptionId}`,
    authorizationSource: 'RoleBased',
    managedByTenants: [],
    subscriptionId: s.subscriptionId,
    tenantId: TENANT_ID,
    displayName: s.displayName,
    state: s.state ?? 'Enabled',
    subscriptionPolicies: { locationPlacementId: 'Public_2014-09-01', quotaId: 'EnterpriseAgreement_2014-09-01', spendingLimit: 'Off' },
    tags: {},
  };
}

export function inventoryRoutes(estate: FakeEstate, options: InventoryRouteOptions = {}): FakeArmRoute[] {
  const forbidden = new Set((options.forbidden ?? []).map((s) => s.toLowerCase()));
  const perPage = options.subscriptionsPerPage ?? 100;
  const sent: number[] = [];
  const sorted = [...estate.rows].sort((a, b) => String(a.id).toLowerCase().localeCompare(String(b.id).toLowerCase()));
  return [
    {
      method: 'GET',
      path: /^\/subscriptions\/?$/,
      reply(req) {
        const visible = estate.subscriptions.filter((s) => !forbidden.has(s.subscriptionId.toLowerCase()));
        const offset = Number(req.query.get('$skiptoken') ?? 0);
        const page = visible.slice(offset, offset + perPage);
        const body: Record<string, unknown> = { value: page.map(subscriptionBody) };
        if (offset + perPage < visible.length) body.nextLink = `https://${req.headers.host}/subscriptions?api-version=${req.query.get('api-version')}&$skiptoken=${offset + perPage}`;
        return { status: 200, body };
      },
    },
    {
      method: 'GET',
      path: /^\/subscriptions\/([^/]+)$/,
      reply(_req, match) {
        const id = decodeURIComponent(match[1] ?? '');
        if (forbidden.has(id.toLowerCase())) {
          return { status: 403, body: armError('AuthorizationFailed', `The client 'aks-audit-reader' with object id '5b4e7a1c-0b0e-4a6f-9d1e-3f2a7c9b8e10' does not have authorization to perform action 'Microsoft.Resources/subscriptions/read' over scope '/subscriptions/${id}' or the scope is invalid.`) };
        }
        const found = estate.subscriptions.find((s) => s.subscriptionId.toLowerCase() === id.toLowerCase());
        return found ? { status: 200, body: subscriptionBody(found) } : { status: 404, body: armError('SubscriptionNotFound', `The subscription '${id}' could not be found.`) };
      },
    },
    {
      method: 'POST',
      path: /^\/providers\/Microsoft\.ResourceGraph\/resources$/,
      reply(req) {
        if (options.quota) {
          const now = Date.now();
          while (sent.length && (sent[0] as number) <= now - options.quota.windowMs) sent.shift();
          if (sent.length >= options.quota.limit) return { status: 429, headers: { 'retry-after': '1', 'x-ms-user-quota-remaining': '0', 'x-ms-user-quota-resets-after': '00:00:01' }, body: armError('RateLimiting', 'Please provide below info when asking for support: timestamp = ..., correlationId = ....') };
          sent.push(now);
        }
        return resourceGraphAnswer(req, estate.subscriptions, sorted, forbidden, new Set((options.omitted ?? []).map((s) => s.toLowerCase())), options.rowsPerPage, options.quota ? options.quota.limit - sent.length : 14);
      },
    },
  ];
}

interface ParsedQuery {
  table: string;
  types: string[];
  resourceGroups: string[] | null;
  tags: Array<[string, string]>;
}

/** The query that lists the subscriptions themselves, one row each (`resourcecontainers`), as aks-audit sends it. */
const SUBSCRIPTION_ROWS_QUERY = "resourcecontainers\n| where type =~ 'microsoft.resources/subscriptions'\n| project subscriptionId\n| order by subscriptionId asc";

function resourceGraphAnswer(req: FakeArmRequest, estateSubscriptions: FakeSubscription[], rows: Array<Record<string, unknown>>, forbidden: Set<string>, omitted: Set<string>, rowsPerPage: number | undefined, quotaRemaining: number): FakeArmReply {
  const body = req.body as { subscriptions?: string[]; query?: string; options?: { resultFormat?: string; $top?: number; $skipToken?: string } };
  const subscriptions = new Set((body.subscriptions ?? []).map((s) => s.toLowerCase()).filter((s) => !omitted.has(s)));
  const denied = [...subscriptions].filter((s) => forbidden.has(s));
  if (denied.length) return { status: 403, body: armError('AuthorizationFailed', `The client does not have authorization to read subscriptions ${denied.join(', ')}`) };
  if (body.query === SUBSCRIPTION_ROWS_QUERY && body.options?.resultFormat === 'objectArray') {
    const data = estateSubscriptions.filter((s) => subscriptions.has(s.subscriptionId.toLowerCase())).map((s) => ({ subscriptionId: s.subscriptionId }));
    return { status: 200, body: { totalRecords: data.length, count: data.length, resultTruncated: 'false', facets: [], data } };
  }
  const query = parseQuery(body.query ?? '');
  if (!query || body.options?.resultFormat !== 'objectArray') return { status: 400, body: armError('BadRequest', `Query is invalid or not understood by the fake: ${body.query}`) };
  const matching = rows.filter((row) => {
    const type = String(row.type);
    if (tableOf(type) !== query.table || !query.types.includes(type)) return false;
    if (!subscriptions.has(String(row.subscriptionId).toLowerCase())) return false;
    if (query.resourceGroups && !query.resourceGroups.includes(String(row.resourceGroup).toLowerCase())) return false;
    // Child types (three or more type segments) are exempt from tag filters, as the query says.
    if (type.split('/').length > 2) return true;
    const tags = (row.tags ?? {}) as Record<string, string>;
    return query.tags.every(([k, v]) => tags[k]?.toLowerCase() === v.toLowerCase());
  });
  const top = Math.min(body.options.$top ?? 1000, rowsPerPage ?? Infinity, 1000);
  const offset = body.options.$skipToken ? Number(Buffer.from(body.options.$skipToken, 'base64').toString().split(':')[1]) : 0;
  const data = matching.slice(offset, offset + top);
  const answer: Record<string, unknown> = { totalRecords: matching.length, count: data.length, resultTruncated: 'false', facets: [], data };
  if (offset + top < matching.length) answer.$skipToken = Buffer.from(`offset:${offset + top}`).toString('base64');
  return { status: 200, body: answer, headers: { 'x-ms-user-quota-remaining': String(Math.max(0, quotaRemaining)), 'x-ms-user-quota-resets-after': '00:00:05' } };
}

/** The table Resource Graph keeps a type in: Defender's settings and Flux configurations have their own. */
function tableOf(type: string): string {
  if (type.startsWith('microsoft.security/')) return 'securityresources';
  if (type.startsWith('microsoft.authorization/')) return 'authorizationresources';
  return type.startsWith('microsoft.kubernetesconfiguration/') ? 'kubernetesconfigurationresources' : 'resources';
}

const STRING = /'((?:[^'\\]|\\.)*)'/g;

function strings(text: string): string[] {
  return [...text.matchAll(STRING)].map((m) => (m[1] ?? '').replace(/\\(.)/g, '$1'));
}

/** Understands exactly the query shapes a family query has; anything else is a 400, as a typo would be. */
function parseQuery(text: string): ParsedQuery | undefined {
  const [table, ...clauses] = text.split('\n').map((l) => l.trim());
  if (table !== 'resources' && table !== 'securityresources' && table !== 'kubernetesconfigurationresources' && table !== 'authorizationresources') return undefined;
  const query: ParsedQuery = { table, types: [], resourceGroups: null, tags: [] };
  for (const clause of clauses) {
    if (clause.startsWith('| where type in~ (')) query.types = strings(clause).map((t) => t.toLowerCase());
    else if (clause.startsWith('| where resourceGroup in~ (')) query.resourceGroups = strings(clause).map((t) => t.toLowerCase());
    else if (clause.startsWith("| where array_length(split(type, '/')) > 2 or tags[")) query.tags.push(strings(clause).slice(1) as [string, string]);
    else if (clause !== '| order by id asc') return undefined;
  }
  return query;
}
