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
  const tests = [
    scope.subscriptions && oneOf(scope.subscriptions, true, (f) => [f.subscription]),
    scope.resourceGroups && oneOf(scope.resourceGroups, true, (f) => [f.resourceGroup]),
    scope.tags && allOf(scope.tags, (f) => f.tags),
    scope.clusters && oneOf(scope.clusters, true, (f) => f.clusters),
    scope.namespaces && oneOf(scope.namespaces, false, (f) => [f.namespace]),
    scope.labels && allOf(scope.labels, (f) => f.labels),
    scope.terraform?.paths && oneOf(scope.terraform.paths.map((p) => p.replace(/^\.\//, '')), false, (f) => [f.file]),
    scope.terraform?.modules && inModules(scope.terraform.modules),
  ].filter((test): test is Matcher => test !== undefined);
  return (facts) => tests.every((test) => test(facts));
}

/** Any of the globs matches any of the values picked. */
function oneOf(globs: string[], ignoreCase: boolean, pick: (facts: Facts) => (string | null | undefined)[]): Matcher {
  const patterns = globs.map((g) => globPattern(g, ignoreCase));
  return (facts) => pick(facts).some((value) => value != null && patterns.some((p) => p.test(value)));
}

/** Every key is present with a value its glob matches (tags, labels: case as written). */
function allOf(wanted: Record<string, string>, pick: (facts: Facts) => Record<string, string> | undefined): Matcher {
  const pairs = Object.entries(wanted).map(([key, value]) => [key, globPattern(value)] as const);
  return (facts) => {
    const have = pick(facts);
    return have !== undefined && pairs.every(([key, pattern]) => have[key] !== undefined && pattern.test(have[key]));
  };
}

/** Declared in one of these module paths or below; `aks` names every instance of a module called with count or for_each (`aks["prod"]`). */
function inModules(modules: string[]): Matcher {
  const paths = modules.map((m) => moduleNames(m).map((name) => globPattern(name)));
  const holds = (pattern: RegExp, module: string) => pattern.test(module) || pattern.test(module.replace(/\[.*\]$/, ''));
  return ({ modules: declared }) => declared !== null && paths.some((path) => path.length <= declared.length && path.every((p, i) => holds(p, declared[i]!)));
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
