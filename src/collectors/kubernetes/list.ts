import { HttpMethod, IsomorphicFetchHttpLibrary, ServerConfiguration, type RequestContext, type ResponseContext } from '@kubernetes/client-node';
import { redactSecrets } from '../../lib/redact.ts';
import type { Unread } from '../../state/kubernetes.ts';
import { deadlineMessage, PageChain, type Deadline } from '../read-limits.ts';
import type { ApiResource } from './api-resources.ts';
import type { LiveTarget } from './kubeconfig.ts';

export interface ListOptions {
  /** Items per page (`limit`); the API server hands back a `continue` token for the rest. */
  pageSize: number;
  /** Per request: a page that takes longer is abandoned and the kind is unread (`timeout`). */
  timeoutMs: number;
  /** Ask for PartialObjectMetadataList: object metadata only (Secrets: data never crosses the wire). */
  metadataOnly?: boolean;
  /** Pages one kind may take (`--max-pages`). */
  maxPages?: number;
  deadline?: Deadline;
}

/** Why a list did not complete; `reachable` is false when no HTTP answer came at all. */
export class ListFailure extends Error {
  readonly unread: Unread;
  readonly reachable: boolean;

  constructor(unread: Unread, reachable: boolean) {
    super(unread.reason);
    this.unread = unread;
    this.reachable = reachable;
  }
}

const METADATA_ONLY = 'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1';
const HTTP = new IsomorphicFetchHttpLibrary();

/**
 * Every object of one kind across all namespaces, page by page, as the API's JSON. The client
 * library authenticates (token, client certificate, exec plugins such as kubelogin) and
 * carries the TLS settings; the body is parsed here rather than by its typed models, which
 * turn timestamps into Date objects: the state keeps objects in their API shape. A `continue`
 * token that comes back, or a page past the cap, ends the list: the kind is unread, as a list
 * cut short is not the whole kind.
 */
export async function listAll(target: LiveTarget, resource: ApiResource, options: ListOptions): Promise<unknown[]> {
  const items: unknown[] = [];
  let chain = new PageChain(options.maxPages);
  let token: string | undefined;
  let restarted = false;
  let page = 0;
  do {
    page++;
    const response = await requestPage(target, resource, options, token, page);
    if (response.status === 410 && token !== undefined && !restarted) {
      // The continue token expired (etcd compacted the snapshot it pointed into): start over, once.
      restarted = true;
      items.length = 0;
      chain = new PageChain(options.maxPages);
      token = undefined;
      continue;
    }
    if (response.status < 200 || response.status > 299) throw new ListFailure(unreadOf(response.status, response.body, target, resource), true);
    const list = response.body as { items?: unknown[]; metadata?: { continue?: string } } | null;
    for (const item of list?.items ?? []) items.push(item);
    token = list?.metadata?.continue || undefined;
    const stop = token !== undefined && chain.stop(token);
    if (stop) throw new ListFailure({ code: stop.code, reason: `list ${resourceName(resource)}: ${stop.message}` }, true);
  } while (token !== undefined);
  return items;
}

interface PageResponse {
  status: number;
  body: unknown;
}

async function requestPage(target: LiveTarget, resource: ApiResource, options: ListOptions, token: string | undefined, page: number): Promise<PageResponse> {
  const server = new ServerConfiguration<Record<string, string>>(target.server ?? '', {});
  const context = server.makeRequestContext(resource.path, HttpMethod.GET);
  context.setQueryParam('limit', String(options.pageSize));
  if (token !== undefined) context.setQueryParam('continue', token);
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.deadline ? AbortSignal.any([timeout, options.deadline.signal]) : timeout;
  try {
    await authenticate(target, context, signal, timeout, options.timeoutMs);
    context.setHeaderParam('Accept', options.metadataOnly ? METADATA_ONLY : 'application/json');
    context.setSignal(signal);
    const response: ResponseContext = await HTTP.send(context).toPromise();
    const text = await response.body.text();
    return { status: response.httpStatusCode, body: parseBody(text) };
  } catch (error) {
    if (error instanceof ListFailure) throw error;
    if (options.deadline?.signal.aborted) throw new ListFailure({ code: 'timeout', reason: `list ${resourceName(resource)}: ${deadlineMessage(options.deadline)}` }, true);
    if (signal.aborted) {
      throw new ListFailure({ code: 'timeout', reason: `list ${resourceName(resource)} timed out after ${options.timeoutMs} ms (page ${page})` }, true);
    }
    throw new ListFailure({ code: 'error', reason: `cannot reach ${target.server}: ${transportProblem(error)}` }, false);
  }
}

/** Targets whose credentials did not come in time: not asked again, as every kind would wait as long. */
const stalled = new WeakMap<LiveTarget, Unread>();

/**
 * The kubeconfig user's credentials on the request, within the request's time: an exec plugin
 * (kubelogin waiting for a device login, say) could otherwise hold every list of the cluster forever.
 */
async function authenticate(target: LiveTarget, context: RequestContext, signal: AbortSignal, timeout: AbortSignal, timeoutMs: number): Promise<void> {
  const known = stalled.get(target);
  // Reachable or not is unknown: the code stays `timeout`, not `unreachable`.
  if (known) throw new ListFailure(known, true);
  let onAbort = (): void => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    await Promise.race([target.config.applySecurityAuthentication(context), aborted]);
  } catch (error) {
    // The deadline, or a plugin's own failure: reported as such by the caller.
    if (!timeout.aborted) throw error;
    const unread: Unread = { code: 'timeout', reason: `the credentials of ${target.user} (kubeconfig user: token, certificate or exec plugin) were not ready within ${timeoutMs} ms` };
    stalled.set(target, unread);
    throw new ListFailure(unread, true);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { message: text.slice(0, 200) };
  }
}

/** The API's Status object says who was refused and why; the reason keeps it to one line. */
function unreadOf(status: number, body: unknown, target: LiveTarget, resource: ApiResource): Unread {
  // Servers and proxies echo request headers in their messages: only a redacted first line is kept.
  const message = typeof (body as { message?: unknown } | null)?.message === 'string' ? redactSecrets((body as { message: string }).message.split('\n')[0] ?? '') : '';
  const name = resourceName(resource);
  if (status === 403) {
    const user = /User "([^"]+)"/.exec(message)?.[1] ?? target.user;
    return { code: 'forbidden', reason: `list ${name} forbidden for ${user}` };
  }
  if (status === 404) return { code: 'not-found', reason: `the API server does not serve ${resource.apiVersion} ${name}` };
  if (status === 401) return { code: 'unauthorized', reason: `the API server did not accept the credentials of ${target.user} (401)` };
  return { code: 'error', reason: `list ${name}: HTTP ${status}${message ? `: ${message}` : ''}` };
}

function resourceName(resource: ApiResource): string {
  return resource.path.slice(resource.path.lastIndexOf('/') + 1);
}

function transportProblem(error: unknown): string {
  const e = error as { code?: string; message?: string } | null;
  const text = redactSecrets((e?.message ?? String(error)).split('\n')[0] ?? '');
  return e?.code && !text.includes(e.code) ? `${e.code}: ${text}` : text;
}
