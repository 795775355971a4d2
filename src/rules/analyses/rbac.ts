import type { RbacV1Subject, V1ClusterRole, V1ClusterRoleBinding, V1ObjectMeta, V1PolicyRule, V1Role, V1RoleBinding } from '@kubernetes/client-node';
import type { Evidence } from '../../engine/finding.ts';
import type { KubernetesCluster, KubernetesKind } from '../../state/kubernetes.ts';
import type { Origin, ResourceBase } from '../../state/resource.ts';
import { kubernetesResource } from '../lib/kubernetes-resource.ts';
import { perCluster } from './per-cluster.ts';

/**
 * Kubernetes RBAC as the API server evaluates it: bindings point at a role by `roleRef`, a
 * RoleBinding's Role lives in the binding's namespace, a rule grants a verb on a resource of an
 * API group when each list holds the value or `*`, and `resourceNames` narrows a rule to named
 * objects. Shared by the RBAC rules so they agree on what a binding grants.
 */

export interface Binding {
  kind: 'RoleBinding' | 'ClusterRoleBinding';
  object: V1RoleBinding | V1ClusterRoleBinding;
  /** Where a RoleBinding grants; undefined for a ClusterRoleBinding (everywhere). */
  namespace: string | undefined;
  origin: Origin;
}

export interface Role {
  kind: 'Role' | 'ClusterRole';
  object: V1Role | V1ClusterRole;
  origin: Origin;
}

/** What a binding's roleRef grants: the role's rules, or why they are not known. */
export type Grant =
  | { status: 'read'; rules: V1PolicyRule[]; /** null: the built-in definition, the role was not in the input. */ role: Role | null }
  | { status: 'unread'; kind: 'roles' | 'clusterroles'; reason: string }
  | { status: 'missing' };


/**
 * The API server's user-facing ClusterRoles, reduced to what these rules ask of them, for when a
 * binding names one the input did not include (manifests rarely carry them). `admin` and `edit`
 * read Secrets; `view` deliberately does not.
 */
const SECRET_ACCESS: V1PolicyRule = { apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection'] };
const BUILT_IN: ReadonlyMap<string, V1PolicyRule[]> = new Map([
  ['cluster-admin', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }, { nonResourceURLs: ['*'], verbs: ['*'] }]],
  ['admin', [SECRET_ACCESS]],
  ['edit', [SECRET_ACCESS]],
  ['view', []],
]);

/**
 * Labels only the platform sets: the API server on its bootstrap roles and bindings, AKS's addon
 * manager on what it reconciles. A `system:` name alone proves nothing: anyone may choose it.
 */
export function isPlatformManaged(metadata: V1ObjectMeta | undefined): boolean {
  const labels = metadata?.labels ?? {};
  return labels['kubernetes.io/bootstrapping'] === 'rbac-defaults' || labels['addonmanager.kubernetes.io/mode'] !== undefined || labels['kubernetes.azure.com/managedby'] === 'aks';
}

/** A cluster's bindings and roles, with each role findable by what a binding's roleRef names. */
export class RbacIndex {
  /** Every RoleBinding and ClusterRoleBinding that could be read. */
  readonly bindings: Binding[];
  /** Every Role and ClusterRole that could be read. */
  readonly roles: Role[] = [];
  private readonly clusterRoles = new Map<string, Role>();
  private readonly namespacedRoles = new Map<string, Role>();
  private readonly cluster: KubernetesCluster;

  constructor(cluster: KubernetesCluster) {
    this.cluster = cluster;
    const { objects } = cluster;
    this.bindings = [
      ...(objects.clusterrolebindings ?? []).map(({ object, origin }): Binding => ({ kind: 'ClusterRoleBinding', object, namespace: undefined, origin })),
      ...(objects.rolebindings ?? []).map(({ object, origin }): Binding => ({ kind: 'RoleBinding', object, namespace: object.metadata?.namespace ?? 'default', origin })),
    ];
    for (const { object, origin } of objects.clusterroles ?? []) {
      const role: Role = { kind: 'ClusterRole', object, origin };
      this.clusterRoles.set(object.metadata?.name ?? '', role);
      this.roles.push(role);
    }
    for (const { object, origin } of objects.roles ?? []) {
      const role: Role = { kind: 'Role', object, origin };
      this.namespacedRoles.set(`${object.metadata?.namespace ?? 'default'}/${object.metadata?.name ?? ''}`, role);
      this.roles.push(role);
    }
  }

  /** What the role a binding references grants. */
  grantOf(binding: Binding): Grant {
    const ref = binding.object.roleRef;
    if (ref.kind === 'ClusterRole') {
      const role = this.clusterRoles.get(ref.name);
      if (role) return { status: 'read', rules: role.object.rules ?? [], role };
      const builtIn = BUILT_IN.get(ref.name);
      if (builtIn) return { status: 'read', rules: builtIn, role: null };
      return this.cluster.objects.clusterroles === null ? unread(this.cluster, 'clusterroles') : { status: 'missing' };
    }
    const role = this.namespacedRoles.get(`${binding.namespace ?? 'default'}/${ref.name}`);
    if (role) return { status: 'read', rules: role.object.rules ?? [], role };
    return this.cluster.objects.roles === null ? unread(this.cluster, 'roles') : { status: 'missing' };
  }
}

/** Each cluster's RBAC, indexed once for the rules that judge bindings and roles. */
export const RBAC = perCluster('RBAC', (cluster) => new RbacIndex(cluster));

function unread(cluster: KubernetesCluster, kind: 'roles' | 'clusterroles'): Grant {
  return { status: 'unread', kind, reason: cluster.unread[kind]?.reason ?? 'not read' };
}

const holds = (list: string[] | undefined, value: string): boolean => !!list && (list.includes('*') || list.includes(value));

/** Whether a rule grants `verb` on every object of `resource` in `apiGroup` (`''` is the core group). */
export function allows(rule: V1PolicyRule, verb: string, apiGroup: string, resource: string): boolean {
  return !rule.resourceNames?.length && holds(rule.verbs, verb) && holds(rule.apiGroups, apiGroup) && holds(rule.resources, resource);
}

/** The verbs that together amount to full control of what a rule covers (Polaris counts these as `*`). */
const ALL_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'];

/** The index of a rule that gives full control of every resource in every API group: cluster-admin in all but name. */
export function fullControlRule(rules: V1PolicyRule[]): number {
  return rules.findIndex(
    (r) => !r.resourceNames?.length && r.apiGroups?.includes('*') && r.resources?.includes('*') && (r.verbs?.includes('*') || ALL_VERBS.every((v) => r.verbs?.includes(v))),
  );
}

/**
 * A subject as patterns name it: `Group:system:masters`, `User:clusterAdmin`,
 * `ServiceAccount:kube-system/coredns`. A ServiceAccount without a namespace is in the binding's.
 */
export function subjectKey(subject: RbacV1Subject, binding: Binding): string {
  if (subject.kind === 'ServiceAccount') return `ServiceAccount:${subject.namespace ?? binding.namespace ?? ''}/${subject.name}`;
  return `${subject.kind}:${subject.name}`;
}

/** `Group system:masters`, for messages. */
export function describeSubject(key: string): string {
  return key.replace(':', ' ');
}

/** A test for subject keys against patterns where `*` stands for any run of characters. */
export function subjectMatcher(patterns: readonly string[]): (key: string) => boolean {
  const expressions = patterns.map((p) => new RegExp(`^${p.split('*').map(escape).join('.*')}$`));
  return (key) => expressions.some((e) => e.test(key));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The subjects of a binding that no pattern allows, each with its evidence. */
export function disallowedSubjects(binding: Binding, allowed: (key: string) => boolean): { keys: string[]; evidence: Evidence[] } {
  const keys: string[] = [];
  const evidence: Evidence[] = [];
  (binding.object.subjects ?? []).forEach((subject, i) => {
    const key = subjectKey(subject, binding);
    if (allowed(key)) return;
    keys.push(key);
    evidence.push({ path: `subjects[${i}]`, value: subject });
  });
  return { keys, evidence };
}

/** The finding resource for a binding or role. */
export function rbacResource(cluster: KubernetesCluster, item: Binding | Role): ResourceBase {
  return kubernetesResource(cluster, item.kind, item.object.metadata, item.origin);
}

/** `ClusterRoleBinding ci-secrets`, `RoleBinding payments/devs`. */
export function describeRbac(item: Binding | Role): string {
  const { name, namespace } = item.object.metadata ?? {};
  return `${item.kind} ${namespace ? `${namespace}/` : ''}${name ?? '(unnamed)'}`;
}

/** The kinds among `kinds` that could not be read, with their reasons (`rolebindings: forbidden (403)`), or null. */
export function unreadKinds(cluster: KubernetesCluster, kinds: readonly KubernetesKind[]): string | null {
  const missing = kinds.filter((k) => cluster.objects[k] === null);
  return missing.length ? missing.map((k) => `${k}: ${cluster.unread[k]?.reason ?? 'not read'}`).join('; ') : null;
}

/** The first few items and how many more: a cluster can have hundreds of bindings. */
export function listed(items: readonly string[]): string {
  return items.length > 5 ? `${items.slice(0, 5).join(', ')} and ${items.length - 5} more` : items.join(', ');
}
