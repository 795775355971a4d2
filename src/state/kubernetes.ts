import type {
  V1ClusterRole,
  V1ClusterRoleBinding,
  V1CronJob,
  V1DaemonSet,
  V1Deployment,
  V1HorizontalPodAutoscaler,
  V1Ingress,
  V1Job,
  V1Namespace,
  V1NetworkPolicy,
  V1ObjectMeta,
  V1Pod,
  V1ReplicaSet,
  V1Role,
  V1RoleBinding,
  V1Service,
  V1ServiceAccount,
  V1StatefulSet,
} from '@kubernetes/client-node';
import type { Maybe, Origin } from './resource.ts';

/**
 * Kubernetes objects keep their API shape (the client library's types, plain JSON): the API is
 * already typed and versioned, and rules read fields by their documented names. What the state
 * adds is where each object came from and, per kind, whether the kind could be read at all.
 */

/** The kinds aks-audit reads, by the plural the API lists them under. */
export interface KubernetesObjects {
  namespaces: V1Namespace;
  pods: V1Pod;
  deployments: V1Deployment;
  statefulsets: V1StatefulSet;
  daemonsets: V1DaemonSet;
  replicasets: V1ReplicaSet;
  jobs: V1Job;
  cronjobs: V1CronJob;
  services: V1Service;
  ingresses: V1Ingress;
  networkpolicies: V1NetworkPolicy;
  serviceaccounts: V1ServiceAccount;
  roles: V1Role;
  clusterroles: V1ClusterRole;
  rolebindings: V1RoleBinding;
  clusterrolebindings: V1ClusterRoleBinding;
  /** Metadata only: data is never read (live: PartialObjectMetadata lists; files: data dropped on read). */
  secrets: { apiVersion?: string; kind?: string; metadata?: V1ObjectMeta; type?: string };
  horizontalpodautoscalers: V1HorizontalPodAutoscaler;
}

export type KubernetesKind = keyof KubernetesObjects;

/** One object and where it was read: a file and line (manifests, kubectl output) or a live cluster. */
export interface KubernetesItem<T> {
  object: T;
  origin: Origin;
}

/** Why a kind is not known for a cluster: it was not in the input, or the API refused or failed. */
export interface Unread {
  reason: string;
  /** `forbidden` (403), `not-found` (404: the API does not serve it), `timeout`, `error`, `absent` (files did not include it). */
  code: string;
}

/** The in-cluster state of one cluster: one kubeconfig context, or one set of files. */
export interface KubernetesCluster {
  /** `context:<name>` for kubeconfig contexts, `aks:<resource id>` for AKS clusters read with ARM credentials (`--aks-in-cluster`), `files:<path>` for files. */
  id: string;
  name: string;
  /** API server host, to match the AKS cluster (`fqdn` / `privateFqdn`); null for files. */
  server: Maybe<string>;
  /** The AKS cluster this is matched to, by API server FQDN (or by the user for files). */
  aksClusterId: Maybe<string>;
  /** Objects per kind; a kind is null when it could not be read (see `unread`). */
  objects: { [K in KubernetesKind]: Maybe<KubernetesItem<KubernetesObjects[K]>[]> };
  unread: Partial<Record<KubernetesKind, Unread>>;
}

export const KUBERNETES_KINDS: readonly KubernetesKind[] = [
  'namespaces',
  'pods',
  'deployments',
  'statefulsets',
  'daemonsets',
  'replicasets',
  'jobs',
  'cronjobs',
  'services',
  'ingresses',
  'networkpolicies',
  'serviceaccounts',
  'roles',
  'clusterroles',
  'rolebindings',
  'clusterrolebindings',
  'secrets',
  'horizontalpodautoscalers',
];
