import type { KubernetesKind } from '../../state/kubernetes.ts';

/** Where the API serves one kind, listed across all namespaces, and the kind its items are. */
export interface ApiResource {
  /** `v1`, `apps/v1`, ...: what each listed item's `apiVersion` is. */
  apiVersion: string;
  /** What each listed item's `kind` is (list items omit it; kubectl adds it back, so do we). */
  kind: string;
  /** The list path for all namespaces (`/api/v1/pods`, `/apis/apps/v1/deployments`). */
  path: string;
}

function resource(apiVersion: string, kind: string, plural: KubernetesKind): ApiResource {
  const prefix = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
  return { apiVersion, kind, path: `${prefix}/${plural}` };
}

/** The stable API versions AKS serves for each kind aks-audit reads (the policy CRDs only where Calico or Cilium is installed: elsewhere a 404). */
export const API_RESOURCES: Record<KubernetesKind, ApiResource> = {
  namespaces: resource('v1', 'Namespace', 'namespaces'),
  pods: resource('v1', 'Pod', 'pods'),
  deployments: resource('apps/v1', 'Deployment', 'deployments'),
  statefulsets: resource('apps/v1', 'StatefulSet', 'statefulsets'),
  daemonsets: resource('apps/v1', 'DaemonSet', 'daemonsets'),
  replicasets: resource('apps/v1', 'ReplicaSet', 'replicasets'),
  replicationcontrollers: resource('v1', 'ReplicationController', 'replicationcontrollers'),
  jobs: resource('batch/v1', 'Job', 'jobs'),
  cronjobs: resource('batch/v1', 'CronJob', 'cronjobs'),
  services: resource('v1', 'Service', 'services'),
  ingresses: resource('networking.k8s.io/v1', 'Ingress', 'ingresses'),
  networkpolicies: resource('networking.k8s.io/v1', 'NetworkPolicy', 'networkpolicies'),
  serviceaccounts: resource('v1', 'ServiceAccount', 'serviceaccounts'),
  roles: resource('rbac.authorization.k8s.io/v1', 'Role', 'roles'),
  clusterroles: resource('rbac.authorization.k8s.io/v1', 'ClusterRole', 'clusterroles'),
  rolebindings: resource('rbac.authorization.k8s.io/v1', 'RoleBinding', 'rolebindings'),
  clusterrolebindings: resource('rbac.authorization.k8s.io/v1', 'ClusterRoleBinding', 'clusterrolebindings'),
  secrets: resource('v1', 'Secret', 'secrets'),
  horizontalpodautoscalers: resource('autoscaling/v2', 'HorizontalPodAutoscaler', 'horizontalpodautoscalers'),
  // Calico keeps its policies in this CRD group; `projectcalico.org/v3` is served only where its API server is installed.
  globalnetworkpolicies: resource('crd.projectcalico.org/v1', 'GlobalNetworkPolicy', 'globalnetworkpolicies'),
  ciliumnetworkpolicies: resource('cilium.io/v2', 'CiliumNetworkPolicy', 'ciliumnetworkpolicies'),
  ciliumclusterwidenetworkpolicies: resource('cilium.io/v2', 'CiliumClusterwideNetworkPolicy', 'ciliumclusterwidenetworkpolicies'),
  // GitOps controllers, served only where Flux (AKS's microsoft.flux extension included) or Argo CD is installed.
  gitrepositories: resource('source.toolkit.fluxcd.io/v1', 'GitRepository', 'gitrepositories'),
  // v1beta2: served by every Flux 2 release; v1 only from Flux 2.6.
  ocirepositories: resource('source.toolkit.fluxcd.io/v1beta2', 'OCIRepository', 'ocirepositories'),
  kustomizations: resource('kustomize.toolkit.fluxcd.io/v1', 'Kustomization', 'kustomizations'),
  applications: resource('argoproj.io/v1alpha1', 'Application', 'applications'),
  // KEDA (the AKS add-on or its own install); 404 elsewhere.
  scaledobjects: resource('keda.sh/v1alpha1', 'ScaledObject', 'scaledobjects'),
};
