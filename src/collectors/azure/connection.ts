import { Agent } from 'node:https';
import type { TokenCredential } from '@azure/core-auth';
import type { PipelinePolicy, PipelineRequest, PipelineResponse } from '@azure/core-rest-pipeline';
import { TOOL } from '../../lib/version.ts';
import type { Deadline } from '../read-limits.ts';
import { ArmFailureError, deadlinePassed } from './failure.ts';
import type { Limiter } from './limiter.ts';

/**
 * One Azure Resource Manager endpoint as every collector reaches it: the credential and token
 * scope, the CA to trust (tests only), the concurrency bound shared by all clients, the
 * per-request timeout and the counters the progress line and the benchmark read.
 */
export interface ArmConnection {
  /** ARM base URL without a trailing slash, e.g. `https://management.azure.com`. */
  endpoint: string;
  credential: TokenCredential;
  /** Token scope for ARM, e.g. `https://management.azure.com/.default`. */
  scope: string;
  /** Extra CA (PEM) to trust: the self-signed certificate of a local fake. */
  tlsCa?: string;
  concurrency: Limiter;
  /**
   * Per attempt, and never retried; also the longest `Retry-After` the scan waits (on a 429 or
   * 503) before calling the source throttled or unavailable.
   */
  timeoutMs: number;
  stats: RequestStats;
  /** SDK retry settings; defaults to 3 retries from 1 s doubling to 30 s. */
  retry?: { maxRetries: number; retryDelayInMs: number; maxRetryDelayInMs: number };
  /** Pages one list may take (`--max-pages`; default DEFAULT_MAX_PAGES). */
  maxPages?: number;
  /** `--deadline`: past it, every request of the scan fails at once as `timeout`. */
  deadline?: Deadline;
}

export interface RequestStats {
  /** HTTP attempts sent, retries included. */
  requests: number;
  /** Attempts by operation, e.g. `GET Microsoft.ContainerService/managedClusters`. */
  byOperation: Record<string, number>;
  /** 429 answers (each one, retried or not). */
  throttled: number;
  /** Attempts that repeated an earlier one (after a 429, 503 or other 5xx). */
  retries: number;
  /** Attempts that got no answer within `timeoutMs`. */
  timeouts: number;
}

export function newRequestStats(): RequestStats {
  return { requests: 0, byOperation: {}, throttled: 0, retries: 0, timeouts: 0 };
}

const DEFAULT_RETRY = { maxRetries: 3, retryDelayInMs: 1000, maxRetryDelayInMs: 30_000 };

/**
 * Options for every Azure SDK client, both generations: modular clients read `credentials.scopes`,
 * the older ServiceClient ones `credentialScopes`. `endpoint` is always set, so no request can go
 * to the public cloud's host while the scan targets another.
 */
export function clientOptions(conn: ArmConnection) {
  return {
    endpoint: conn.endpoint,
    credentials: { scopes: [conn.scope] },
    credentialScopes: [conn.scope],
    agent: agentOf(conn),
    retryOptions: conn.retry ?? DEFAULT_RETRY,
    userAgentOptions: { userAgentPrefix: `${TOOL.name}/${TOOL.version}` },
    additionalPolicies: [
      ...(conn.deadline ? [{ policy: deadlinePolicy(conn.deadline), position: 'perCall' as const }] : []),
      { policy: accountingPolicy(conn), position: 'perRetry' as const },
    ],
  };
}

const agents = new WeakMap<ArmConnection, Agent>();

/**
 * One keep-alive agent for every client of a connection. Left to the SDK, each client (one per
 * subscription for some services) gets its own agent, hence its own sockets: thousands of TLS
 * handshakes in a large scan instead of about one per concurrency slot. The limiter bounds the
 * sockets in use; the CA of a local fake, when given, goes here (`tlsOptions` would be ignored
 * once an agent is set).
 */
function agentOf(conn: ArmConnection): Agent {
  let agent = agents.get(conn);
  if (!agent) agents.set(conn, (agent = new Agent({ keepAlive: true, ...(conn.tlsCa ? { ca: conn.tlsCa } : {}) })));
  return agent;
}

/**
 * Runs once per attempt (inside the SDK's retry loop): takes a concurrency slot, enforces the
 * timeout, and counts. Two things the SDK would do are refused here, by throwing what its retry
 * policy does not retry: a timeout (a request that hung once costs one timeout, not four), and a
 * 429 or 503 whose `Retry-After` exceeds the timeout (the SDK would wait any amount, a day included).
 */
function accountingPolicy(conn: ArmConnection): PipelinePolicy {
  const seen = new WeakSet<PipelineRequest>();
  return {
    name: 'aksAuditAccounting',
    async sendRequest(request, next): Promise<PipelineResponse> {
      const { stats } = conn;
      if (seen.has(request)) stats.retries += 1;
      seen.add(request);
      stats.requests += 1;
      const operation = operationName(request.method, request.url);
      stats.byOperation[operation] = (stats.byOperation[operation] ?? 0) + 1;
      request.timeout = conn.timeoutMs;
      let response: PipelineResponse;
      try {
        response = await conn.concurrency.run(() => next(request), subscriptionOf(request.url));
      } catch (error) {
        if (error instanceof Error && error.name === 'AbortError' && !request.abortSignal?.aborted) {
          stats.timeouts += 1;
          throw new ArmFailureError({ code: 'timeout', message: `${operation}: no answer within ${conn.timeoutMs / 1000} s` });
        }
        throw error;
      }
      if (response.status === 429) stats.throttled += 1;
      if (response.status === 429 || response.status === 503) {
        const wait = retryAfterMs(response);
        if (wait !== undefined && wait > conn.timeoutMs) {
          const code = response.status === 429 ? 'throttled' : 'unavailable';
          throw new ArmFailureError({ code, message: `${code}: ${operation} (HTTP ${response.status}) asked to retry after ${Math.round(wait / 1000)} s, longer than the scan waits (${conn.timeoutMs / 1000} s)` });
        }
      }
      return response;
    },
  };
}

/**
 * Once per call, around the SDK's retries: the scan's deadline aborts the call wherever it is
 * (waiting for a slot, on the wire, between retries), and whatever that throws becomes one failure.
 */
function deadlinePolicy(deadline: Deadline): PipelinePolicy {
  return {
    name: 'aksAuditDeadline',
    async sendRequest(request, next): Promise<PipelineResponse> {
      if (deadline.signal.aborted) throw deadlinePassed(deadline);
      request.abortSignal = request.abortSignal ? AbortSignal.any([request.abortSignal as AbortSignal, deadline.signal]) : deadline.signal;
      try {
        return await next(request);
      } catch (error) {
        throw deadline.signal.aborted ? deadlinePassed(deadline) : error;
      }
    },
  };
}

/** The wait a 429/503 asks for, from the headers the SDK's throttling strategy reads. */
export function retryAfterMs(response: PipelineResponse): number | undefined {
  const ms = response.headers.get('retry-after-ms') ?? response.headers.get('x-ms-retry-after-ms');
  if (ms !== undefined && Number.isFinite(Number(ms))) return Number(ms);
  const after = response.headers.get('retry-after');
  if (after === undefined) return undefined;
  if (Number.isFinite(Number(after))) return Number(after) * 1000;
  const date = Date.parse(after);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** The subscription an ARM URL reads (lower case), or '' for tenant-level calls such as Resource Graph. */
export function subscriptionOf(url: string): string {
  return /\/subscriptions\/([^/?#]+)/i.exec(new URL(url).pathname)?.[1]?.toLowerCase() ?? '';
}

/**
 * `GET Microsoft.ContainerService/managedClusters` from any ARM URL: subscription, resource group
 * and resource names dropped, so the count groups requests by what they ask for.
 */
export function operationName(method: string, url: string): string {
  const segments = new URL(url).pathname.split('/').filter(Boolean);
  const providers = segments.lastIndexOf('providers');
  if (providers === -1) {
    // `/subscriptions`, `/subscriptions/{id}`, `/subscriptions/{id}/resourceGroups`
    const shape = segments.map((s, i) => (i % 2 === 1 ? '{}' : s)).join('/');
    return `${method} /${shape}`;
  }
  const [namespace, ...rest] = segments.slice(providers + 1);
  // rest alternates type, name, child type, child name, …; an odd tail is an action or a collection.
  const types = rest.filter((_, i) => i % 2 === 0);
  return `${method} ${[namespace, ...types].join('/')}`;
}
