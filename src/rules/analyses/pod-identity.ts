import type { V1ServiceAccount } from '@kubernetes/client-node';
import { namespaceKey, type KubernetesCluster, type KubernetesItem } from '../../state/kubernetes.ts';
import { perCluster } from './per-cluster.ts';
import type { Workload } from './workloads.ts';

/** The pod label that asks the Microsoft Entra Workload ID webhook to inject a federated token. */
export const WORKLOAD_IDENTITY_LABEL = 'azure.workload.identity/use';
/** The service account annotation naming the Entra application or managed identity to sign in as. */
export const WORKLOAD_IDENTITY_CLIENT_ID = 'azure.workload.identity/client-id';

/** The service account a workload's pods run as, and where the pod spec says so. */
export interface PodServiceAccount {
  name: string;
  /** JSON path of the field that named it; the path `serviceAccountName` would have when nothing did. */
  path: string;
  /** False when the pod spec names none, so Kubernetes uses the namespace's `default`. */
  stated: boolean;
}

/** `serviceAccountName`, else the deprecated `serviceAccount` alias, else `default` (Kubernetes' own fallback). */
export function podServiceAccount(workload: Workload): PodServiceAccount {
  const { serviceAccountName, serviceAccount } = workload.spec;
  if (serviceAccountName) return { name: serviceAccountName, path: `${workload.specPath}.serviceAccountName`, stated: true };
  if (serviceAccount) return { name: serviceAccount, path: `${workload.specPath}.serviceAccount`, stated: true };
  return { name: 'default', path: `${workload.specPath}.serviceAccountName`, stated: false };
}

type AccountIndex = Map<string, KubernetesItem<V1ServiceAccount>>;

/** Each cluster's service accounts by namespace and name; null when they could not be read. */
export const SERVICE_ACCOUNTS = perCluster('service accounts', (cluster: KubernetesCluster): AccountIndex | null =>
  cluster.objects.serviceaccounts === null ? null : new Map(cluster.objects.serviceaccounts.map((item) => [key(namespaceKey(item.object.metadata, item.origin), item.object.metadata?.name ?? ''), item])),
);

/**
 * The service account object a workload runs as, from its cluster's {@link SERVICE_ACCOUNTS}:
 * `undefined` when they were read and it is not among them, `null` when they could not be read at all.
 */
export function serviceAccountOf(accounts: AccountIndex | null, workload: Workload): V1ServiceAccount | undefined | null {
  if (accounts === null) return null;
  return accounts.get(key(workload.namespaceKey, podServiceAccount(workload).name))?.object;
}

/** Why a cluster's service accounts are unknown, for unknown verdicts. */
export function serviceAccountsUnread(cluster: KubernetesCluster): string {
  return `service accounts of ${cluster.name} could not be read (${cluster.unread.serviceaccounts?.reason ?? 'not read'})`;
}

/** Evidence path of a field of the workload's service account: `serviceaccounts/api.automountServiceAccountToken`. */
export function accountPath(workload: Workload, field: string): string {
  return `serviceaccounts/${podServiceAccount(workload).name}.${field}`;
}

/** JSON path of a pod label: `spec.template.metadata.labels["azure.workload.identity/use"]`, `metadata.labels[...]` on a bare pod. */
export function podLabelPath(workload: Workload, label: string): string {
  const metadata = workload.specPath === 'spec' ? 'metadata' : workload.specPath.replace(/\.spec$/, '.metadata');
  return `${metadata}.labels["${label}"]`;
}

function key(namespace: string, name: string): string {
  return `${namespace}/${name}`;
}
