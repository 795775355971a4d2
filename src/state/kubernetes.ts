import type {
  V1ClusterRole,
  V1ClusterRoleBinding,
  V1CronJob,
  V1DaemonSet,
  V1Deployment,
  V1Ingress,
  V1Job,
  V1Namespace,
  V1NetworkPolicy,
  V1ObjectMeta,
  V1Pod,
  V1ReplicaSet,
  V1ReplicationController,
  V1Role,
  V1RoleBinding,
  V1Service,
  V1ServiceAccount,
  V1StatefulSet,
  V2HorizontalPodAutoscaler,
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
  replicationcontrollers: V1ReplicationController;
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
  /** Read as `autoscaling/v2`; files may hold `autoscaling/v1`, whose scale target and replica bounds are the same fields. */
  horizontalpodautoscalers: V2HorizontalPodAutoscaler;
  /** Calico's cluster-wide policies (`projectcalico.org/v3`, or the `crd.projectcalico.org/v1` CRD that stores them). */
  globalnetworkpolicies: CalicoGlobalNetworkPolicy;
  /** Cilium's policies (`cilium.io/v2`): namespaced, and cluster-wide. */
  ciliumnetworkpolicies: CiliumNetworkPolicy;
  ciliumclusterwidenetworkpolicies: CiliumNetworkPolicy;
  /** Flux sources (`source.toolkit.fluxcd.io`): a Git repository, an OCI artifact. */
  gitrepositories: FluxSource;
  ocirepositories: FluxSource;
  /** Flux Kustomizations (`kustomize.toolkit.fluxcd.io`): what Flux applies from a source. */
  kustomizations: FluxKustomization;
  /** Argo CD Applications (`argoproj.io`): what Argo CD syncs from a repository. */
  applications: ArgoApplication;
  /** KEDA ScaledObjects (`keda.sh`): event-driven scaling, through an HPA KEDA creates for each. */
  scaledobjects: KedaScaledObject;
}

/** A readiness condition, as Flux reports it: only its type, status and reason are kept. */
export interface ReadyCondition {
  type?: string;
  status?: string;
  reason?: string;
}

/** A Flux GitRepository or OCIRepository, as far as whether it feeds a Kustomization goes. */
export interface FluxSource {
  apiVersion?: string;
  kind?: string;
  metadata?: V1ObjectMeta;
  spec?: { url?: string; suspend?: boolean };
  status?: { conditions?: ReadyCondition[] };
}

export interface FluxKustomization {
  apiVersion?: string;
  kind?: string;
  metadata?: V1ObjectMeta;
  spec?: { sourceRef?: { kind?: string; name?: string; namespace?: string }; path?: string; suspend?: boolean };
  status?: { conditions?: ReadyCondition[] };
}

/** A KEDA ScaledObject, as far as what it scales and between which bounds (its triggers are not kept). */
export interface KedaScaledObject {
  apiVersion?: string;
  kind?: string;
  metadata?: V1ObjectMeta;
  spec?: { scaleTargetRef?: { name?: string; kind?: string; apiVersion?: string }; minReplicaCount?: number; maxReplicaCount?: number };
  status?: { conditions?: ReadyCondition[] };
}

/** Where an Argo CD Application syncs from; nothing else of a source is kept (Helm values can hold secrets). */
export interface ArgoSource {
  repoURL?: string;
  path?: string;
  targetRevision?: string;
  chart?: string;
}

export interface ArgoApplication {
  apiVersion?: string;
  kind?: string;
  metadata?: V1ObjectMeta;
  spec?: { source?: ArgoSource; sources?: ArgoSource[]; syncPolicy?: { automated?: object | null } };
  status?: { sync?: { status?: string }; health?: { status?: string } };
}

/** A Calico GlobalNetworkPolicy, as far as egress rules go: ordered allow/deny/pass/log rules. */
export interface CalicoGlobalNetworkPolicy {
  apiVersion?: string;
  kind?: string;
  metadata?: V1ObjectMeta;
  spec?: {
    order?: number;
    selector?: string;
    namespaceSelector?: string;
    serviceAccountSelector?: string;
    types?: string[];
    egress?: CalicoRule[];
    ingress?: CalicoRule[];
    doNotTrack?: boolean;
    applyOnForward?: boolean;
    preDNAT?: boolean;
  };
}

export interface CalicoRule {
  action?: string;
  protocol?: string | number;
  notProtocol?: string | number;
  destination?: CalicoEntity;
  source?: CalicoEntity;
  [field: string]: unknown;
}

export interface CalicoEntity {
  nets?: string[];
  notNets?: string[];
  selector?: string;
  notSelector?: string;
  namespaceSelector?: string;
  serviceAccounts?: unknown;
  services?: unknown;
  ports?: (number | string)[];
  notPorts?: (number | string)[];
  domains?: string[];
  [field: string]: unknown;
}

/** A CiliumNetworkPolicy or CiliumClusterwideNetworkPolicy: one rule in `spec`, or several in `specs`. */
export interface CiliumNetworkPolicy {
  apiVersion?: string;
  kind?: string;
  metadata?: V1ObjectMeta;
  spec?: CiliumRule;
  specs?: CiliumRule[];
}

export interface CiliumRule {
  endpointSelector?: unknown;
  nodeSelector?: unknown;
  egress?: CiliumEgressRule[];
  egressDeny?: CiliumEgressRule[];
  [field: string]: unknown;
}

export interface CiliumEgressRule {
  toCIDR?: string[];
  toCIDRSet?: { cidr?: string; except?: string[]; cidrGroupRef?: string; [field: string]: unknown }[];
  toEntities?: string[];
  toPorts?: { ports?: { port?: string; endPort?: number; protocol?: string }[]; [field: string]: unknown }[];
  [field: string]: unknown;
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
  /** The linked AKS cluster's subscription and resource group, as its state says (null when not linked): findings on the objects carry them. */
  subscriptionId: Maybe<string>;
  resourceGroup: Maybe<string>;
  /** Objects per kind; a kind is null when it could not be read (see `unread`). */
  objects: { [K in KubernetesKind]: Maybe<KubernetesItem<KubernetesObjects[K]>[]> };
  unread: Partial<Record<KubernetesKind, Unread>>;
}

/**
 * Which namespace an object is in, as a key for joins and identity: its `metadata.namespace`, else
 * the namespace kubectl applies its file to (the context's, or `-n`). That is not known, and may
 * differ between files: two files that each hold a namespace-less `Deployment web` hold two
 * objects, while the objects of one file share one namespace. Live objects always state theirs.
 */
export function namespaceKey(metadata: { namespace?: string } | undefined, origin: Origin): string {
  if (metadata?.namespace) return metadata.namespace;
  return origin.file === undefined ? 'default' : `default (namespace not set in ${origin.file})`;
}

export const KUBERNETES_KINDS: readonly KubernetesKind[] = [
  'namespaces',
  'pods',
  'deployments',
  'statefulsets',
  'daemonsets',
  'replicasets',
  'replicationcontrollers',
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
  'globalnetworkpolicies',
  'ciliumnetworkpolicies',
  'ciliumclusterwidenetworkpolicies',
  'gitrepositories',
  'ocirepositories',
  'kustomizations',
  'applications',
  'scaledobjects',
];
