import { KUBERNETES_KINDS, type KubernetesCluster, type KubernetesKind, type Unread } from '../../state/kubernetes.ts';
import type { Source } from '../../state/snapshot.ts';
import { API_RESOURCES } from './api-resources.ts';
import { liveTargets, type LiveTarget } from './kubeconfig.ts';
import type { ReadLimits } from '../read-limits.ts';
import type { ListSettings, LiveOptions } from './live-options.ts';
import { listAll, ListFailure } from './list.ts';
import { keptObject } from './kept-object.ts';
import { aksLink } from './match-aks.ts';

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
export async function collectLiveKubernetes(options: LiveOptions, limits: ReadLimits = {}): Promise<LiveResult> {
  const targets = liveTargets(options);
  const read = await Promise.all(targets.map((target) => readCluster(target, { ...options, ...limits })));
  return { clusters: read.map((r) => r.cluster), sources: read.map((r) => r.source) };
}

/** How a live read is named: `context:<name>` for kubeconfig contexts; AKS clusters found in Azure bring their own id and link. */
export type LiveIdentity = Pick<KubernetesCluster, 'id' | 'name' | 'aksClusterId' | 'subscriptionId' | 'resourceGroup'>;


/** Reads one cluster through its API server: the same read for a kubeconfig context and for an AKS cluster found in Azure. */
export async function readCluster(target: LiveTarget, options: ListSettings, identity: LiveIdentity = contextIdentity(target)): Promise<{ cluster: KubernetesCluster; source: Source }> {
  const cluster = emptyCluster(identity, target.server);
  let reachable = false;
  if (target.server === null) {
    for (const kind of KUBERNETES_KINDS) cluster.unread[kind] = { code: 'error', reason: `context "${target.context}" names no cluster in the kubeconfig` };
  } else {
    const list = { pageSize: options.pageSize, timeoutMs: options.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS, maxPages: options.maxPages, deadline: options.deadline };
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

/**
 * A cluster that could not be read at all (no credentials for it, say): every kind unread for the
 * same reason, and its source failed, so in-cluster rules answer unknown for it.
 */
export function unreadCluster(identity: LiveIdentity, server: string | null, target: string, unread: Unread): { cluster: KubernetesCluster; source: Source } {
  const cluster = emptyCluster(identity, server);
  for (const kind of KUBERNETES_KINDS) cluster.unread[kind] = unread;
  const source: Source = { id: cluster.id, kind: 'kubernetes', target, status: 'failed', code: unread.code, message: unread.reason, resources: 0 };
  source.unread = KUBERNETES_KINDS.map((kind) => ({ kind, code: unread.code, reason: unread.reason }));
  return { cluster, source };
}

function contextIdentity(target: LiveTarget): LiveIdentity {
  return { id: `context:${target.context}`, name: target.context, ...aksLink(undefined) };
}

function emptyCluster(identity: LiveIdentity, server: string | null): KubernetesCluster {
  return {
    id: identity.id,
    name: identity.name,
    server: server ? hostOf(server) : null,
    aksClusterId: identity.aksClusterId,
    subscriptionId: identity.subscriptionId,
    resourceGroup: identity.resourceGroup,
    objects: Object.fromEntries(KUBERNETES_KINDS.map((k) => [k, null])) as KubernetesCluster['objects'],
    unread: {},
  };
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
