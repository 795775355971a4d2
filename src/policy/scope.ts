import { globPattern } from '../lib/glob.ts';
import { clusterRoot } from '../rules/lib/kubernetes-resource.ts';
import type { ResourceBase } from '../state/resource.ts';
import type { State } from '../state/state.ts';
import type { Scope } from './config-file.ts';

const CLUSTER_TYPE = 'microsoft.containerservice/managedclusters';

/** What a scope can ask of a resource, worked out once per resource. */
interface Facts {
  subscription: string | null;
  resourceGroup: string | null;
  /** Azure tags: the resource's own, over its AKS cluster's (a pool, a Kubernetes object). */
  tags: Record<string, string>;
  /** Names and ids of the AKS cluster (or Kubernetes context) it belongs to or was judged for. */
  clusters: string[];
  /** Kubernetes objects only. */
  namespace: string | undefined;
  labels: Record<string, string> | undefined;
  file: string | undefined;
  /** `module.a.module.b.azurerm_x.y` → [a, b]; null when not declared in Terraform. */
  modules: string[] | null;
}

/** A compiled `match`: true when every condition it gives holds for the resource. */
export type Matcher = (facts: Facts) => boolean;

export function compileScope(scope: Scope): Matcher {
  const tests: Matcher[] = [];
  const any = (globs: string[], ignoreCase: boolean) => {
    const patterns = globs.map((g) => globPattern(g, ignoreCase));
    return (value: string | null | undefined) => value != null && patterns.some((p) => p.test(value));
  };
  const all = (wanted: Record<string, string>, ignoreCase: boolean) => {
    const pairs = Object.entries(wanted).map(([key, value]) => [key, globPattern(value, ignoreCase)] as const);
    return (have: Record<string, string> | undefined) => have !== undefined && pairs.every(([key, pattern]) => have[key] !== undefined && pattern.test(have[key]));
  };
  if (scope.subscriptions) {
    const test = any(scope.subscriptions, true);
    tests.push((f) => test(f.subscription));
  }
  if (scope.resourceGroups) {
    const test = any(scope.resourceGroups, true);
    tests.push((f) => test(f.resourceGroup));
  }
  if (scope.tags) {
    const test = all(scope.tags, false);
    tests.push((f) => test(f.tags));
  }
  if (scope.clusters) {
    const test = any(scope.clusters, true);
    tests.push((f) => f.clusters.some(test));
  }
  if (scope.namespaces) {
    const test = any(scope.namespaces, false);
    tests.push((f) => test(f.namespace));
  }
  if (scope.labels) {
    const test = all(scope.labels, false);
    tests.push((f) => test(f.labels));
  }
  if (scope.terraform?.paths) {
    const test = any(scope.terraform.paths.map((p) => p.replace(/^\.\//, '')), false);
    tests.push((f) => test(f.file));
  }
  if (scope.terraform?.modules) {
    const paths = scope.terraform.modules.map((m) => moduleNames(m).map((name) => globPattern(name)));
    // `aks` names every instance of a module called with count or for_each (`aks["prod"]`).
    const holds = (pattern: RegExp, module: string) => pattern.test(module) || pattern.test(module.replace(/\[.*\]$/, ''));
    tests.push((f) => f.modules !== null && paths.some((path) => path.length <= f.modules!.length && path.every((p, i) => holds(p, f.modules![i]!))));
  }
  return (facts) => tests.every((test) => test(facts));
}

/** `module.aks.module.pools` or `aks.pools` → [aks, pools]. */
function moduleNames(path: string): string[] {
  const segments = path.split('.');
  return path.startsWith('module.') ? segments.filter((_, i) => i % 2 === 1) : segments;
}

/** The Terraform modules a resource was declared in, outermost first, from its address (`module.aks["prod"].azurerm_...`). */
function modulesOf(address: string | undefined): string[] | null {
  if (address === undefined) return null;
  return [...address.matchAll(/(?:^|\.)module\.([^.[]+(?:\[[^\]]*\])?)/g)].map((m) => m[1]!);
}

/**
 * The facts of each resource over one state. A pool or a Kubernetes object takes its AKS
 * cluster's tags and names; a finding a rule grouped under a cluster (`ctx.under`) belongs to
 * that cluster too. Kubernetes objects are found under their cluster by id, as
 * `kubernetesResource` builds it.
 */
export function scopeFacts(state: State): (resource: ResourceBase, group: ResourceBase | undefined) => Facts {
  const clusters = new Map(state.clusters.map((c) => [c.id.toLowerCase(), c]));
  const kubernetes = state.kubernetes.map((k) => {
    const aks = k.aksClusterId ? clusters.get(k.aksClusterId.toLowerCase()) : undefined;
    return { root: `${clusterRoot(k).toLowerCase()}/`, names: [k.name, ...(aks ? [aks.name, aks.id] : [])], tags: aks?.tags ?? {} };
  });
  const cache = new Map<string, Facts>();
  return (resource, group) => {
    const key = group ? `${resource.id}\u0000${group.id}` : resource.id;
    let facts = cache.get(key);
    if (facts) return facts;
    const id = resource.id.toLowerCase();
    const isKubernetes = resource.type.startsWith('kubernetes/');
    const cluster = resource.type === CLUSTER_TYPE ? resource : resource.parent?.type === CLUSTER_TYPE ? clusters.get(resource.parent.id.toLowerCase()) : undefined;
    const inCluster = isKubernetes ? kubernetes.find((k) => id.startsWith(k.root)) : undefined;
    const names = [...(cluster ? [cluster.name, cluster.id] : []), ...(inCluster?.names ?? [])];
    if (resource.parent?.type === CLUSTER_TYPE && !cluster) names.push(resource.parent.name, resource.parent.id);
    if (group?.type === CLUSTER_TYPE) names.push(group.name, group.id);
    facts = {
      subscription: resource.subscriptionId,
      resourceGroup: resource.resourceGroup,
      tags: isKubernetes ? (inCluster?.tags ?? {}) : { ...(cluster && cluster !== resource ? cluster.tags : {}), ...resource.tags },
      clusters: names,
      namespace: isKubernetes ? namespaceOf(resource, inCluster?.root) : undefined,
      labels: isKubernetes ? resource.tags : undefined,
      file: resource.origin.file,
      modules: modulesOf(resource.origin.address),
    };
    cache.set(key, facts);
    return facts;
  };
}

/** A Kubernetes object's namespace from its id (`<cluster>/namespaces/<ns>/...`); a Namespace is in itself. */
function namespaceOf(resource: ResourceBase, root: string | undefined): string | undefined {
  if (resource.type === 'kubernetes/namespace') return resource.name.split('/').pop();
  const rest = root ? resource.id.slice(root.length) : resource.id;
  return /(?:^|\/)namespaces\/([^/]+)\//.exec(rest)?.[1];
}
