import { UsageError } from '../../engine/errors.ts';
import type { AksCluster } from '../../state/aks.ts';
import type { KubernetesCluster } from '../../state/kubernetes.ts';
import type { Source, UnrecognizedType } from '../../state/snapshot.ts';
import { readManifests, type ManifestLimits, type ManifestsRead } from './files.ts';
import { aksLink } from './match-aks.ts';

/** One `--manifests <file-or-folder>[=<aks-cluster>]` (or `--helm <chart-dir>[=<aks-cluster>]`). */
export interface ManifestsOption {
  path: string;
  /** The AKS cluster of the same scan these objects run in: its name or full resource id. */
  aksCluster?: string;
  /** The flag it was given with, for messages: `--manifests` unless said. */
  flag?: string;
}

export interface ManifestSources {
  clusters: KubernetesCluster[];
  sources: Source[];
  unrecognized: UnrecognizedType[];
}

/** Each `--manifests` is one cluster, linked to the AKS cluster the user named. */
export function readManifestSources(options: ManifestsOption[], aksClusters: AksCluster[], limits: ManifestLimits = {}): ManifestSources {
  return manifestSources(options.map((option) => ({ option, read: readManifests(option.path, limits) })), aksClusters);
}

/** Each set of objects read (files, a rendered chart) is one cluster, linked to the AKS cluster the user named. */
export function manifestSources(reads: { option: ManifestsOption; read: ManifestsRead }[], aksClusters: AksCluster[]): ManifestSources {
  const out: ManifestSources = { clusters: [], sources: [], unrecognized: [] };
  const counts = new Map<string, number>();
  for (const { option, read } of reads) {
    if (option.aksCluster !== undefined) Object.assign(read.cluster, aksLink(aksClusterOf(option, aksClusters)));
    out.clusters.push(read.cluster);
    out.sources.push(read.source, ...read.skipped);
    for (const u of read.unrecognized) counts.set(u.type, (counts.get(u.type) ?? 0) + u.count);
  }
  out.unrecognized = [...counts].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
  return out;
}

/** By full resource id or by name, both case-insensitive as ARM is; a name two subscriptions share needs the id. */
function aksClusterOf(option: ManifestsOption, clusters: AksCluster[]): AksCluster {
  const wanted = option.aksCluster!.toLowerCase();
  const matches = clusters.filter((c) => c.id.toLowerCase() === wanted || c.name.toLowerCase() === wanted);
  const flag = `${option.flag ?? '--manifests'} ${option.path}=${option.aksCluster!}`;
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) throw new UsageError(`${flag}: no AKS cluster "${option.aksCluster!}" in this scan (give its name or resource id, and the --input that holds it)`);
  throw new UsageError(`${flag}: ${matches.length} AKS clusters are named "${option.aksCluster!}"; give the full resource id`);
}

/**
 * `path=cluster` → its parts. The cluster part is a name (no `/`) or a resource id (`/subscriptions/...`);
 * anything else after the last `=` belongs to the path (folders may contain `=`).
 */
export function parseManifestsOption(value: string, flag = '--manifests'): ManifestsOption {
  const named = flag === '--manifests' ? {} : { flag };
  if (value === '') throw new UsageError(`${flag}: give a ${flag === '--manifests' ? 'file or folder' : 'chart folder'}`);
  const eq = value.lastIndexOf('=');
  if (eq === -1) return { path: value, ...named };
  const path = value.slice(0, eq);
  const cluster = value.slice(eq + 1);
  if (cluster.includes('/') && !/^\/subscriptions\//i.test(cluster)) return { path: value, ...named };
  if (path === '' || cluster === '') throw new UsageError(`${flag} ${value}: expected <${flag === '--manifests' ? 'file-or-folder' : 'chart-dir'}>=<aks-cluster>`);
  return { path, aksCluster: cluster, ...named };
}
