import type { V1ObjectMeta } from '@kubernetes/client-node';

/**
 * Workloads AKS deploys into `kube-system` and keeps reconciled, by the name of their DaemonSet
 * or Deployment (as `kubectl get ds,deploy -n kube-system` shows them on AKS, add-ons included).
 * Some carry neither label below on every version, and their pods never do. A user cannot
 * change them: AKS puts them back.
 */
const AKS_SYSTEM_COMPONENTS: ReadonlySet<string> = new Set([
  // Node agents (DaemonSets)
  'kube-proxy',
  'azure-ip-masq-agent',
  'cloud-node-manager',
  'cloud-node-manager-windows',
  'csi-azuredisk-node',
  'csi-azuredisk-node-win',
  'csi-azurefile-node',
  'csi-azurefile-node-win',
  'csi-blob-node',
  'azure-cns',
  'azure-cns-win',
  'azure-npm',
  'azure-npm-win',
  'cilium',
  'retina-agent',
  'ama-logs',
  'ama-logs-windows',
  'ama-metrics-node',
  'ama-metrics-win-node',
  'microsoft-defender-collector-ds',
  'microsoft-defender-publisher-ds',
  'aks-secrets-store-csi-driver',
  'aks-secrets-store-csi-driver-windows',
  'aks-secrets-store-provider-azure',
  'aks-secrets-store-provider-azure-windows',
  // Cluster services (Deployments)
  'coredns',
  'coredns-autoscaler',
  'konnectivity-agent',
  'konnectivity-agent-autoscaler',
  'metrics-server',
  'ama-logs-rs',
  'ama-metrics',
  'ama-metrics-ksm',
  'ama-metrics-operator-targets',
  'azure-policy',
  'azure-policy-webhook',
  'azure-wi-webhook-controller-manager',
  'cilium-operator',
  'microsoft-defender-collector-misc',
  'eraser-controller-manager',
  'keda-operator',
  'keda-operator-metrics-apiserver',
  'keda-admission-webhooks',
  'vpa-admission-controller',
  'vpa-recommender',
  'vpa-updater',
]);

/** The labels AKS marks its own objects with: its own, and its add-on manager's (which reverts any change). */
export const AKS_LABEL = 'kubernetes.azure.com/managedby';
export const ADDON_MANAGER_LABEL = 'addonmanager.kubernetes.io/mode';

/** A pod's generated suffix: `-<pod-template-hash>` of its ReplicaSet, for a Deployment's pods. */
const REPLICA_SET_HASH = /-[a-z0-9]{6,10}$/;

/**
 * Why AKS, not the user, owns a Kubernetes object, or undefined when nothing says so: the label
 * AKS puts on what it deploys, the add-on manager's label (it reverts any change), or a
 * `kube-system` system component by its controller's name. Only these markers count: a user's
 * own workload in `kube-system` is the user's.
 */
export function aksManagedReason(kind: string, metadata: V1ObjectMeta | undefined): string | undefined {
  const labels = metadata?.labels ?? {};
  if (labels[AKS_LABEL] === 'aks') return `managed by AKS: label ${AKS_LABEL}=aks`;
  const mode = labels[ADDON_MANAGER_LABEL];
  if (mode !== undefined) return `managed by the AKS add-on manager: label ${ADDON_MANAGER_LABEL}=${mode}`;
  if (metadata?.namespace !== 'kube-system') return undefined;
  const component = systemComponent(kind, metadata);
  return component ? `an AKS system component: kube-system ${component}` : undefined;
}

/** `DaemonSet csi-azuredisk-node`: the controller that makes this object an AKS component, if any. */
function systemComponent(kind: string, metadata: V1ObjectMeta): string | undefined {
  if (kind === 'DaemonSet' || kind === 'Deployment') return AKS_SYSTEM_COMPONENTS.has(metadata.name ?? '') ? `${kind} ${metadata.name}` : undefined;
  // A ReplicaSet, or a pod listed without its controller: judged by the controller that owns it.
  const owner = metadata.ownerReferences?.find((o) => o.controller !== false);
  if (!owner || !['Pod', 'ReplicaSet'].includes(kind)) return undefined;
  const controller = owner.kind === 'ReplicaSet' ? { kind: 'Deployment', name: owner.name.replace(REPLICA_SET_HASH, '') } : owner;
  if (!['DaemonSet', 'Deployment'].includes(controller.kind) || !AKS_SYSTEM_COMPONENTS.has(controller.name)) return undefined;
  return `${controller.kind} ${controller.name}`;
}
