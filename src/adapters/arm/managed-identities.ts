import type { FederatedCredential, ManagedIdentity } from '../../state/managed-identity.ts';
import { MANAGED_CLUSTER } from './aks.ts';
import type { ArmResource } from './collect-resources.ts';
import type { ArmIndex } from './index-resources.ts';
import type { Node } from './properties.ts';

export const USER_ASSIGNED_IDENTITY = 'microsoft.managedidentity/userassignedidentities';
export const FEDERATED_CREDENTIAL = `${USER_ASSIGNED_IDENTITY}/federatedidentitycredentials`;

/** ARM types this adapter reads itself; the identities of every other resource are read off their `identity` envelope. */
export const MANAGED_IDENTITY_TYPES: readonly string[] = [USER_ASSIGNED_IDENTITY, FEDERATED_CREDENTIAL];

/**
 * Every managed identity the resources show: user-assigned identity resources (with their
 * federated credentials), the `identity` of any resource (its system-assigned principal, and the
 * user-assigned ones it uses), and each AKS cluster's kubelet identity. One identity may appear
 * several times (a cluster and the identity resource it names): rules match on the principal.
 */
export function adaptManagedIdentities(index: ArmIndex): ManagedIdentity[] {
  const issuers = clusterIssuers(index);
  const out: ManagedIdentity[] = [];
  for (const [type, resources] of index.types()) {
    for (const r of resources) {
      if (type === USER_ASSIGNED_IDENTITY) out.push(userAssigned(r, index, issuers));
      else out.push(...envelopeIdentities(r, type === MANAGED_CLUSTER ? r.id : null));
      if (type === MANAGED_CLUSTER) {
        const kubelet = r.properties?.child('identityProfile')?.child('kubeletidentity');
        out.push({ kind: 'kubelet', principalId: kubelet?.string('objectId') ?? null, resourceId: r.id, clusterId: r.id, federatedCredentials: [] });
      }
    }
  }
  return out;
}

function userAssigned(r: ArmResource, index: ArmIndex, issuers: ReadonlyMap<string, string>): ManagedIdentity {
  const children = index.attachedTo(r.id, FEDERATED_CREDENTIAL);
  // A flat export lists children beside their parent, a nested one under it: none of either is "none" only when the input carried its children.
  const federatedCredentials = children.length || index.includesChildrenOf(r.id) ? children.map((c) => federated(c.properties, issuers)) : null;
  return { kind: 'userAssigned', principalId: r.properties?.string('principalId') ?? null, resourceId: r.id, clusterId: null, federatedCredentials };
}

function federated(p: Node | undefined, issuers: ReadonlyMap<string, string>): FederatedCredential {
  const issuer = p?.string('issuer') ?? null;
  return { issuer, subject: p?.string('subject') ?? null, clusterId: issuer === null ? null : (issuers.get(issuerKey(issuer)) ?? null) };
}

/** A resource's `identity`: its system-assigned principal, and the user-assigned identities it names with theirs. */
function envelopeIdentities(r: ArmResource, clusterId: string | null): ManagedIdentity[] {
  const identity = r.node.child('identity');
  if (!identity) return [];
  const out: ManagedIdentity[] = [];
  const principalId = identity.string('principalId');
  if (principalId) out.push({ kind: 'systemAssigned', principalId, resourceId: r.id, clusterId, federatedCredentials: [] });
  const named = identity.child('userAssignedIdentities');
  for (const id of named ? Object.keys(named.obj) : []) {
    out.push({ kind: 'userAssigned', principalId: named?.child(id)?.string('principalId') ?? null, resourceId: id, clusterId, federatedCredentials: null });
  }
  return out;
}

/** Each cluster's OIDC issuer URL → the cluster: a federated credential naming it makes its identity a workload identity of that cluster. */
function clusterIssuers(index: ArmIndex): Map<string, string> {
  const issuers = new Map<string, string>();
  for (const c of index.ofType(MANAGED_CLUSTER)) {
    const url = c.properties?.child('oidcIssuerProfile')?.string('issuerURL');
    if (url) issuers.set(issuerKey(url), c.id);
  }
  return issuers;
}

/** Issuer URLs compare without case or a trailing slash: AKS publishes them with one, people copy them without. */
function issuerKey(url: string): string {
  return url.toLowerCase().replace(/\/+$/, '');
}
