import { KUBERNETES_KINDS, type KubernetesCluster, type KubernetesKind, type Unread } from '../../state/kubernetes.ts';
import type { Source } from '../../state/snapshot.ts';
import { API_RESOURCES } from './api-resources.ts';
import { liveTargets, type KubeconfigChoice, type LiveTarget } from './kubeconfig.ts';
import { listAll, ListFailure } from './list.ts';
import { keptObject } from './kept-object.ts';

export interface LiveOptions extends KubeconfigChoice {
  /** `limit` per list request (default 500, as kubectl's chunk size). */
  pageSize: number;
  /** Per request, in milliseconds (default 60 s). */
  requestTimeoutMs?: number;
}

export const DEFAULT_PAGE_SIZE = 500;
const DEFAULT_TIMEOUT_MS = 60_000;
/** Kinds listed at once per cluster: enough to hide latency, few enough to be gentle with the API server. */
const KINDS_AT_ONCE = 4;

export interface LiveResult {
  clusters: KubernetesCluster[];
  sources: Source[];
}

/**
 * Reads every kind aks-audit knows from each chosen context. A kind the API refuses, does not
 * serve, or does not answer in time is `null` with the reason, and the other kinds go on; a
 * cluster that cannot be reached at all is a failed source, and the other contexts go on.
 */
export async function collectLiveKubernetes(options: LiveOptions): Promise<LiveResult> {
  const targets = liveTargets(options);
  const read = await Promise.all(targets.map((target) => readCluster(target, options)));
  return { clusters: read.map((r) => r.cluster), sources: read.map((r) => r.source) };
}

async function readCluster(target: LiveTarget, options: LiveOptions): Promise<{ cluster: KubernetesCluster; source: Source }> {
  const id = `context:${target.context}`;
  const cluster: KubernetesCluster = {
    id,
    name: target.context,
    server: target.server ? hostOf(target.server) : null,
    aksClusterId: null,
    objects: Object.fromEntries(KUBERNETES_KINDS.map((k) => [k, null])) as KubernetesCluster['objects'],
    unread: {},
  };
  let reachable = false;
  if (target.server === null) {
    for (const kind of KUBERNETES_KINDS) cluster.unread[kind] = { code: 'error', reason: `context "${target.context}" names no cluster in the kubeconfig` };
  } else {
    const list = { pageSize: options.pageSize, timeoutMs: options.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS };
    await eachLimited(KUBERNETES_KINDS, KINDS_AT_ONCE, async (kind) => {
      try {
        const items = await listAll(target, API_RESOURCES[kind], { ...list, metadataOnly: kind === 'secrets' });
        setObjects(cluster, kind, items);
        reachable = true;
      } catch (error) {
        if (!(error instanceof ListFailure)) throw error;
        cluster.unread[kind] = error.unread;
        reachable ||= error.reachable;
      }
    });
  }
  // Kinds finish in any order: keep the unread reasons in kind order, so reports and snapshots are stable.
  cluster.unread = Object.fromEntries(KUBERNETES_KINDS.flatMap((k) => (cluster.unread[k] ? [[k, cluster.unread[k]]] : [])));
  return { cluster, source: sourceOf(cluster, target, reachable) };
}

function setObjects<K extends KubernetesKind>(cluster: KubernetesCluster, kind: K, items: unknown[]): void {
  const origin = { source: cluster.id };
  cluster.objects[kind] = items.map((item) => ({ object: keptObject(kind, item), origin })) as KubernetesCluster['objects'][K];
}

function sourceOf(cluster: KubernetesCluster, target: LiveTarget, reachable: boolean): Source {
  const unread = Object.entries(cluster.unread) as [KubernetesKind, Unread][];
  const resources = KUBERNETES_KINDS.reduce((n, k) => n + (cluster.objects[k]?.length ?? 0), 0);
  const source: Source = { id: cluster.id, kind: 'kubernetes', target: target.server ? `${target.context} (${target.server})` : target.context, status: 'ok', resources };
  if (unread.length === 0) return source;
  const allUnread = unread.length === KUBERNETES_KINDS.length;
  source.status = allUnread ? 'failed' : 'partial';
  source.unread = unread.map(([kind, u]) => ({ kind, code: u.code, reason: u.reason }));
  if (!reachable) {
    source.code = 'unreachable';
    source.message = unread[0]?.[1].reason ?? 'the API server could not be reached';
  } else {
    source.code = unread[0]?.[1].code ?? 'error';
    source.message = unread.map(([kind, u]) => `${kind}: ${u.reason}`).join('; ');
  }
  return source;
}

function hostOf(server: string): string | null {
  try {
    return new URL(server).hostname.toLowerCase();
  } catch {
    return null;
  }
}

async function eachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await fn(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
