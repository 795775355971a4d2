import type { KubernetesKind } from '../../state/kubernetes.ts';
import { API_RESOURCES } from './api-resources.ts';

/**
 * Which state kind a manifest object is, by its `kind` and API group. The group matters: Calico's
 * `projectcalico.org` NetworkPolicy is not a Kubernetes NetworkPolicy, and its semantics differ.
 * Retired (and alternative) groups are accepted too: old exports still carry them, and their fields are those of
 * the current API for everything the rules read.
 */
const RETIRED_GROUPS: Partial<Record<KubernetesKind, string[]>> = {
  deployments: ['extensions'],
  daemonsets: ['extensions'],
  replicasets: ['extensions'],
  ingresses: ['extensions'],
  networkpolicies: ['extensions'],
  // The group Calico's own API server serves the same objects under.
  globalnetworkpolicies: ['projectcalico.org'],
};

const BY_KIND = new Map(
  Object.entries(API_RESOURCES).map(([plural, { kind, apiVersion }]) => [
    kind,
    { plural: plural as KubernetesKind, groups: [apiGroupOf(apiVersion), ...(RETIRED_GROUPS[plural as KubernetesKind] ?? [])] },
  ]),
);

/** `apps/v1` → `apps`; `v1` → `` (the core group). */
export function apiGroupOf(apiVersion: string): string {
  const slash = apiVersion.lastIndexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}

/** The state kind an object belongs to, or undefined for a kind no rule reads (a ConfigMap, a CRD). */
export function stateKindOf(kind: string, apiVersion: string): KubernetesKind | undefined {
  const entry = BY_KIND.get(kind);
  return entry?.groups.includes(apiGroupOf(apiVersion)) ? entry.plural : undefined;
}

/** How an unread kind is counted in the snapshot's `unrecognized` list: `kubernetes/ConfigMap`, `kubernetes/cilium.io/CiliumNetworkPolicy`. */
export function unrecognizedTypeOf(kind: string, apiVersion: string): string {
  const group = apiGroupOf(apiVersion);
  return `kubernetes/${group ? `${group}/` : ''}${kind}`;
}
