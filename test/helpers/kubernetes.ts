import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { RbacV1Subject, V1ClusterRole, V1ClusterRoleBinding, V1Container, V1DaemonSet, V1Deployment, V1Ingress, V1IngressSpec, V1Namespace, V1NetworkPolicy, V1NetworkPolicySpec, V1ObjectMeta, V1Pod, V1PodSpec, V1PolicyRule, V1Role, V1RoleBinding, V1Service, V1ServiceAccount, V1ServiceSpec } from '@kubernetes/client-node';
import { KUBERNETES_KINDS, type KubernetesCluster, type KubernetesItem, type KubernetesKind } from '../../src/state/kubernetes.ts';
import type { Rule } from '../../src/engine/rule.ts';
import { run, state, SUB } from './state.ts';

/** The AKS cluster `cluster()` in test/helpers/state.ts builds, so in-cluster findings hang under it. */
export const AKS_ID = `/subscriptions/${SUB}/resourceGroups/rg-prod/providers/Microsoft.ContainerService/managedClusters/aks-prod`;

type Objects = Partial<{ [K in KubernetesKind]: object[] | null }>;

/**
 * In-cluster state read from one test file. A kind not given was read and is empty (`[]`); a
 * kind given as `null` could not be read (403). Each object gets its own line in `test.yaml`.
 */
export function kubeCluster(objects: Objects, overrides: Partial<KubernetesCluster> = {}): KubernetesCluster {
  let line = 1;
  const read = {} as Record<KubernetesKind, KubernetesItem<object>[] | null>;
  const unread: KubernetesCluster['unread'] = {};
  for (const kind of KUBERNETES_KINDS) {
    const given = objects[kind];
    if (given === null) {
      read[kind] = null;
      unread[kind] = { reason: `listing ${kind} was forbidden (403)`, code: 'forbidden' };
      continue;
    }
    read[kind] = (given ?? []).map((object) => ({ object, origin: { source: 'files:test', file: 'test.yaml', line: line++ } }));
  }
  // Linked to aks-prod unless a test unlinks it, as --manifests <path>=aks-prod would.
  const linked = overrides.aksClusterId !== null;
  return {
    id: 'files:test',
    name: 'test',
    server: null,
    aksClusterId: AKS_ID,
    subscriptionId: linked ? SUB : null,
    resourceGroup: linked ? 'rg-prod' : null,
    objects: read as KubernetesCluster['objects'],
    unread,
    ...overrides,
  };
}

/** A container with a pinned image from the estate's registry; `overrides` adds what a test is about. */
export function container(name: string, overrides: Partial<V1Container> = {}): V1Container {
  return { name, image: `acrsaasprod.azurecr.io/${name}:1.4.2`, ...overrides };
}

/** A pod spec of the given containers. */
export function podSpec(containers: V1Container[], overrides: Partial<V1PodSpec> = {}): V1PodSpec {
  return { containers, ...overrides };
}

export function deployment(name: string, namespace: string, spec: V1PodSpec, labels: Record<string, string> = { app: name }): V1Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace, labels },
    spec: { selector: { matchLabels: labels }, template: { metadata: { labels }, spec } },
  };
}

export function daemonSet(name: string, namespace: string, spec: V1PodSpec, labels: Record<string, string> = { app: name }): V1DaemonSet {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name, namespace, labels },
    spec: { selector: { matchLabels: labels }, template: { metadata: { labels }, spec } },
  };
}

/** A bare pod (no owner), as `kubectl run` creates it. */
export function pod(name: string, namespace: string, spec: V1PodSpec, labels: Record<string, string> = { app: name }): V1Pod {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace, labels }, spec };
}

/** Parsed manifests (e.g. a conformance input) sorted into kinds by their `kind` field. */
export function byKind(manifests: { kind?: string }[]): Objects {
  const out: Partial<Record<KubernetesKind, object[]>> = {};
  for (const manifest of manifests) {
    const kind = KUBERNETES_KINDS.find((k) => k === plural(manifest.kind ?? ''));
    if (kind) (out[kind] ??= []).push(manifest);
  }
  return out;
}

function plural(kind: string): string {
  const lower = kind.toLowerCase();
  if (lower.endsWith('y')) return `${lower.slice(0, -1)}ies`;
  return lower.endsWith('s') ? `${lower}es` : `${lower}s`;
}

/**
 * Every manifest in a YAML or JSON file, or in the files under a folder, recursively: each
 * document of each file. `_config` folders (peer rule settings) are skipped, and so are
 * `_not-loaded` ones (files the peer's runner never read) unless `notLoaded` is set.
 */
export function manifestsIn(path: string, options: { notLoaded?: boolean } = {}): { kind?: string }[] {
  if (!statSync(path).isDirectory()) {
    return parseAllDocuments(readFileSync(path, 'utf8'))
      .map((doc) => doc.toJS() as { kind?: string } | null)
      .filter((m): m is { kind?: string } => m !== null && typeof m === 'object');
  }
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return entry.name === '_config' || (entry.name === '_not-loaded' && !options.notLoaded) ? [] : manifestsIn(join(path, entry.name), options);
    return /\.(ya?ml|json)$/.test(entry.name) ? manifestsIn(join(path, entry.name)) : [];
  });
}

/** A rule's verdict per object name (`namespace/name`, or `name` without a namespace) on the manifests at `path`, read as one cluster. */
export function statusesOn(rule: Rule<never>, path: string, params: Record<string, unknown> = {}, options: { notLoaded?: boolean } = {}): Record<string, string> {
  const findings = run(rule, state({ kubernetes: [kubeCluster(byKind(manifestsIn(path, options)))] }), params);
  return Object.fromEntries(findings.map((f) => [f.resource.name, f.status]));
}

/** The containers a per-container finding names, as its message labels them: `web`, `setup (init)`, `#1`. */
export function offendingContainers(finding: { message: string }): string[] {
  return [...finding.message.matchAll(/container (\S+?(?: \((?:init|ephemeral)\))?)(?=[ ;]|$)/g)].map((m) => m[1]!);
}

/** Per object on the manifests at `path`: `pass`, or `fail: <offending containers>` for per-container rules. */
export function containerVerdictsOn(rule: Rule<never>, path: string, params: Record<string, unknown> = {}): Record<string, string> {
  const findings = run(rule, state({ kubernetes: [kubeCluster(byKind(manifestsIn(path)))] }), params);
  return Object.fromEntries(findings.map((f) => [f.resource.name, f.status === 'fail' ? `fail: ${offendingContainers(f).join(', ')}` : f.status]));
}

/** A Namespace object. */
export function namespace(name: string, labels: Record<string, string> = { 'kubernetes.io/metadata.name': name }): V1Namespace {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } };
}

/** A NetworkPolicy in `namespace`; `spec` as written in a manifest (podSelector defaults to all pods). */
export function networkPolicy(name: string, namespace: string, spec: Partial<V1NetworkPolicySpec> = {}): V1NetworkPolicy {
  return { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name, namespace }, spec: { podSelector: {}, ...spec } };
}

/** A ServiceAccount; `fields` adds `automountServiceAccountToken`, `metadata.annotations` and the like. */
export function serviceAccount(name: string, namespace: string, fields: { automountServiceAccountToken?: boolean; annotations?: Record<string, string> } = {}): V1ServiceAccount {
  const { annotations, automountServiceAccountToken } = fields;
  return { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace, ...(annotations ? { annotations } : {}) }, ...(automountServiceAccountToken === undefined ? {} : { automountServiceAccountToken }) };
}

/** A ClusterRole; `labels` marks a platform role (`{ 'kubernetes.io/bootstrapping': 'rbac-defaults' }`). */
export function clusterRole(name: string, rules: V1PolicyRule[], labels?: Record<string, string>): V1ClusterRole {
  return { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name, ...(labels ? { labels } : {}) }, rules };
}

export function role(name: string, namespace: string, rules: V1PolicyRule[]): V1Role {
  return { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name, namespace }, rules };
}

/** A subject as written in a binding: `subject('Group', 'devs')`, `subject('ServiceAccount', 'deployer', 'ci')`. */
export function subject(kind: 'User' | 'Group' | 'ServiceAccount', name: string, namespace?: string): RbacV1Subject {
  return kind === 'ServiceAccount' ? { kind, name, ...(namespace ? { namespace } : {}) } : { apiGroup: 'rbac.authorization.k8s.io', kind, name };
}

/** A ClusterRoleBinding of the ClusterRole `roleName`; `metadata` adds labels and the like. */
export function clusterRoleBinding(name: string, roleName: string, subjects: RbacV1Subject[], metadata: Partial<V1ObjectMeta> = {}): V1ClusterRoleBinding {
  return { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', metadata: { name, ...metadata }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: roleName }, subjects };
}

/** A RoleBinding in `namespace` of a Role (`roleKind` 'Role') or a ClusterRole. */
export function roleBinding(name: string, namespace: string, roleKind: 'Role' | 'ClusterRole', roleName: string, subjects: RbacV1Subject[]): V1RoleBinding {
  return { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name, namespace }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: roleKind, name: roleName }, subjects };
}

/** A Service; `spec` defaults to a ClusterIP service on port 80. */
export function service(name: string, namespace: string, spec: Partial<V1ServiceSpec> = {}, annotations?: Record<string, string>): V1Service {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace, ...(annotations ? { annotations } : {}) }, spec: { selector: { app: name }, ports: [{ port: 80, protocol: 'TCP' }], ...spec } };
}

/** An Ingress; `spec` as written in a manifest. */
export function ingress(name: string, namespace: string, spec: V1IngressSpec): V1Ingress {
  return { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name, namespace }, spec };
}
