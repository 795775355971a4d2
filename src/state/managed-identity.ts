import type { Maybe } from './resource.ts';

/**
 * What a managed identity is: `userAssigned` (a `Microsoft.ManagedIdentity/userAssignedIdentities`
 * resource), `systemAssigned` (a resource's own, living and dying with it) or `kubelet` (the
 * identity an AKS cluster's nodes act as).
 */
export type ManagedIdentityKind = 'userAssigned' | 'systemAssigned' | 'kubelet';

/**
 * A managed identity of the estate. Its principal is a service principal whose credentials Azure
 * holds and rotates, so role assignments to it name `ServicePrincipal` too: the object id is what
 * tells it apart from an app registration's service principal, which has a secret someone keeps.
 */
export interface ManagedIdentity {
  kind: ManagedIdentityKind;
  /** Object id of its service principal, as role assignments name it; null when not known (before apply). */
  principalId: Maybe<string>;
  /** The resource it is the identity of: the user-assigned identity itself, the resource a system-assigned one belongs to, the cluster of a kubelet identity. */
  resourceId: string;
  /** The AKS cluster it is an identity of (kubelet, or the cluster's own); null for any other. */
  clusterId: Maybe<string>;
  /** User-assigned only: the federated credentials that let workloads sign in as it; null when not read, empty when it has none. */
  federatedCredentials: Maybe<FederatedCredential[]>;
}

/** `Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials`: tokens of this issuer and subject sign in as the identity. */
export interface FederatedCredential {
  issuer: Maybe<string>;
  /** `system:serviceaccount:<namespace>:<name>` for a Kubernetes service account. */
  subject: Maybe<string>;
  /** The AKS cluster whose OIDC issuer it trusts, when that cluster is in the estate: the identity is then a workload identity of that cluster. */
  clusterId: Maybe<string>;
}

/** An OIDC issuer URL as compared: without case or a trailing slash (AKS publishes one, people copy it without). */
export function issuerKey(url: string): string {
  return url.toLowerCase().replace(/\/+$/, '');
}
