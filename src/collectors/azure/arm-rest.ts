import { getClient, type Client } from '@azure-rest/core-client';
import { PageChain } from '../read-limits.ts';
import { clientOptions, type ArmConnection } from './connection.ts';
import { armFailure, statusFailure, type ArmFailure } from './failure.ts';

/**
 * Raw ARM REST calls through the Azure SDK pipeline (auth, retries, TLS, accounting), returning
 * the wire JSON untouched: the ARM adapter reads the REST shape, and generated models would
 * drop properties they do not know.
 */

export type ArmAnswer = { ok: true; body: unknown; headers: Record<string, string> } | { ok: false; failure: ArmFailure };

const clients = new WeakMap<ArmConnection, Client>();

function clientOf(conn: ArmConnection): Client {
  let client = clients.get(conn);
  if (!client) clients.set(conn, (client = getClient(conn.endpoint, conn.credential, clientOptions(conn))));
  return client;
}

/** One request; `path` is relative to the endpoint, or a `nextLink` on the same origin; `query` adds parameters such as `$filter`. */
export async function armRequest(conn: ArmConnection, method: 'GET' | 'POST', path: string, apiVersion: string | undefined, body?: unknown, query: Record<string, string> = {}): Promise<ArmAnswer> {
  if (/^https?:/i.test(path) && new URL(path).origin !== conn.endpoint) {
    // A nextLink elsewhere would carry the bearer token off the endpoint the scan was given.
    return { ok: false, failure: { code: 'error', message: `refused to follow a link off ${conn.endpoint}: ${new URL(path).origin}` } };
  }
  try {
    const resource = clientOf(conn).pathUnchecked(path);
    const queryParameters = { ...query, ...(apiVersion ? { 'api-version': apiVersion } : {}) };
    const options = { ...(Object.keys(queryParameters).length ? { queryParameters } : {}), ...(body === undefined ? {} : { body }) };
    const response = method === 'GET' ? await resource.get(options) : await resource.post(options);
    const status = Number(response.status);
    if (status >= 200 && status < 300) return { ok: true, body: response.body, headers: response.headers as Record<string, string> };
    return { ok: false, failure: statusFailure(status, response.body) };
  } catch (error) {
    return { ok: false, failure: armFailure(error) };
  }
}

/**
 * Every item of a list operation, following `nextLink` (which already carries the api-version and `query`),
 * until a link repeats or the page cap: then the items so far, and why the rest was not read.
 */
export async function armList(conn: ArmConnection, path: string, apiVersion: string, query: Record<string, string> = {}): Promise<{ items: unknown[]; failure?: ArmFailure }> {
  const items: unknown[] = [];
  const chain = new PageChain(conn.maxPages);
  let next: string | undefined = path;
  let version: string | undefined = apiVersion;
  let parameters = query;
  while (next) {
    const answer = await armRequest(conn, 'GET', next, version, undefined, parameters);
    if (!answer.ok) return { items, failure: answer.failure };
    const page = answer.body as { value?: unknown; nextLink?: unknown } | null;
    if (!Array.isArray(page?.value)) return { items, failure: { code: 'error', message: `${path}: expected a list response ({ "value": [...] })` } };
    items.push(...(page.value as unknown[]));
    next = typeof page.nextLink === 'string' && page.nextLink ? page.nextLink : undefined;
    const stop = next && chain.stop(next);
    if (stop) return { items, failure: { code: stop.code, message: `${path}: ${stop.message}` } };
    version = undefined;
    parameters = {};
  }
  return { items };
}
