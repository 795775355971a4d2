import { issuerKey, type FederatedCredential, type ManagedIdentity } from '../../state/managed-identity.ts';
import { MANAGED_CLUSTER } from './aks.ts';
import type { ArmResource } from './collect-resources.ts';
import type { ArmIndex } from './index-resources.ts';
import { isObject } from '../../lib/json.ts';
import { childPointer } from './json-pointer.ts';
import { Node } from './properties.ts';

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
        const kubelet = objectAt(objectAt(r.properties, 'identityProfile'), 'kubeletidentity');
        out.push({ kind: 'kubelet', principalId: stringAt(kubelet, 'objectId'), resourceId: r.id, clusterId: r.id, federatedCredentials: [] });
      }
    }
  }
  return out;
}

function userAssigned(r: ArmResource, index: ArmIndex, issuers: ReadonlyMap<string, string>): ManagedIdentity {
  const children = index.attachedTo(r.id, FEDERATED_CREDENTIAL);
  // A flat export lists children beside their parent, a nested one under it: none of either is "none" only when the input carried its children.
  const federatedCredentials = children.length || index.includesChildrenOf(r.id) ? children.map((c) => federated(c.properties, issuers)) : null;
  return { kind: 'userAssigned', principalId: stringAt(r.properties, 'principalId'), resourceId: r.id, clusterId: null, federatedCredentials };
}

function federated(p: Node | undefined, issuers: ReadonlyMap<string, string>): FederatedCredential {
  const issuer = stringAt(p, 'issuer');
  return { issuer, subject: stringAt(p, 'subject'), clusterId: issuer === null ? null : (issuers.get(issuerKey(issuer)) ?? null) };
}

/**
 * A resource's `identity`: its system-assigned principal, and the user-assigned identities it
 * names with theirs. Read leniently: every resource type is looked at, and an `identity` of an
 * unexpected shape on a type no rule judges must not refuse the whole input.
 */
function envelopeIdentities(r: ArmResource, clusterId: string | null): ManagedIdentity[] {
  const identity = objectAt(r.node, 'identity');
  if (!identity) return [];
  const out: ManagedIdentity[] = [];
  const principalId = stringAt(identity, 'principalId');
  if (principalId) out.push({ kind: 'systemAssigned', principalId, resourceId: r.id, clusterId, federatedCredentials: [] });
  const named = objectAt(identity, 'userAssignedIdentities');
  for (const id of named ? Object.keys(named.obj) : []) {
    out.push({ kind: 'userAssigned', principalId: stringAt(objectAt(named, id), 'principalId'), resourceId: id, clusterId, federatedCredentials: null });
  }
  return out;
}

/** The object under `key`; undefined when absent, of another type, or spelled twice with conflicting values. */
function objectAt(node: Node | undefined, key: string): Node | undefined {
  const value = node?.raw(key);
  return node && isObject(value) ? new Node(value, node.file, childPointer(node.pointer, key)) : undefined;
}

/** The string under `key`; null when absent, of another type, or spelled twice with conflicting values. */
function stringAt(node: Node | undefined, key: string): string | null {
  const value = node?.raw(key);
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Each cluster's OIDC issuer URL → the cluster: a federated credential naming it makes its identity a workload identity of that cluster. */
function clusterIssuers(index: ArmIndex): Map<string, string> {
  const issuers = new Map<string, string>();
  for (const c of index.ofType(MANAGED_CLUSTER)) {
    const url = stringAt(objectAt(c.properties, 'oidcIssuerProfile'), 'issuerURL');
    if (url) issuers.set(issuerKey(url), c.id);
  }
  return issuers;
}
