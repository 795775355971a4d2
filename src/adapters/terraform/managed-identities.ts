import type { TfResource, TfValue } from '../../collectors/terraform/model.ts';
import { issuerKey, type FederatedCredential, type ManagedIdentity } from '../../state/managed-identity.ts';
import { asString, valueAt } from './attributes.ts';
import type { TfIndex } from './index-resources.ts';

export const USER_ASSIGNED_IDENTITY = 'azurerm_user_assigned_identity';
export const FEDERATED_CREDENTIAL = 'azurerm_federated_identity_credential';
const CLUSTER = 'azurerm_kubernetes_cluster';
/** The credential's identity: `parent_id` to v4, `user_assigned_identity_id` from v5. */
const PARENT = ['user_assigned_identity_id', 'parent_id'];

export const MANAGED_IDENTITY_TYPES = [USER_ASSIGNED_IDENTITY, FEDERATED_CREDENTIAL];

/**
 * The managed identities a configuration declares: `azurerm_user_assigned_identity` (with the
 * `azurerm_federated_identity_credential`s naming it), every resource's `identity` block
 * (system-assigned, and the `identity_ids` it uses), and each cluster's `kubelet_identity`.
 * Before apply their object ids are not known; role assignments then name them by reference.
 */
export function adaptManagedIdentities(index: TfIndex): ManagedIdentity[] {
  const issuers = new Map(index.ofType(CLUSTER).flatMap((c) => (typeof c.values.oidc_issuer_url === 'string' ? [[issuerKey(c.values.oidc_issuer_url), index.ids.idOf(c)] as const] : [])));
  const out: ManagedIdentity[] = [];
  for (const [type, resources] of index.types()) {
    if (!type.startsWith('azurerm_')) continue;
    for (const r of resources) {
      const id = index.ids.idOf(r);
      if (type === USER_ASSIGNED_IDENTITY) out.push({ kind: 'userAssigned', principalId: stringAt(r, 'principal_id'), resourceId: id, clusterId: null, federatedCredentials: credentialsOf(id, index, issuers) });
      else out.push(...blockIdentities(r, id, index, type === CLUSTER ? id : null));
      if (type === CLUSTER) out.push(...kubelet(r, id, index));
    }
  }
  return out;
}

/**
 * A resource's `identity` block: its system-assigned identity, and the user-assigned ones it
 * names. A type not known before apply (a variable) may be SystemAssigned: the identity is listed,
 * so that a role assignment referencing its `principal_id`, which only a system-assigned identity
 * has, is known for a managed identity's.
 */
function blockIdentities(r: TfResource, id: string, index: TfIndex, clusterId: string | null): ManagedIdentity[] {
  const block = valueAt(r.values, 'identity[0]');
  if (block === undefined || block === null) return [];
  const type = stringAt(r, 'identity[0].type');
  const out: ManagedIdentity[] = [];
  if (type === null || /systemassigned/i.test(type)) out.push({ kind: 'systemAssigned', principalId: stringAt(r, 'identity[0].principal_id'), resourceId: id, clusterId, federatedCredentials: [] });
  const named = valueAt(r.values, 'identity[0].identity_ids');
  const count = Array.isArray(named) ? named.length : 0;
  for (let i = 0; i < count; i++) {
    const target = index.ids.target(r, `identity[0].identity_ids[${i}]`) ?? index.ids.target(r, 'identity[0].identity_ids');
    if (target) out.push({ kind: 'userAssigned', principalId: null, resourceId: target, clusterId, federatedCredentials: null });
  }
  return out;
}

/** The kubelet identity: by the cluster (what `kubelet_identity[0].object_id` references), and by the user-assigned identity it names. */
function kubelet(r: TfResource, clusterId: string, index: TfIndex): ManagedIdentity[] {
  const principalId = stringAt(r, 'kubelet_identity[0].object_id');
  const out: ManagedIdentity[] = [{ kind: 'kubelet', principalId, resourceId: clusterId, clusterId, federatedCredentials: [] }];
  const named = index.ids.target(r, 'kubelet_identity[0].user_assigned_identity_id');
  if (named) out.push({ kind: 'kubelet', principalId, resourceId: named, clusterId, federatedCredentials: [] });
  return out;
}

/** The configuration's federated credentials on the identity: it declares every one it manages. */
function credentialsOf(identityId: string, index: TfIndex, issuers: ReadonlyMap<string, string>): FederatedCredential[] {
  const credentials = PARENT.flatMap((attribute) => index.referring(identityId, FEDERATED_CREDENTIAL, attribute));
  return [...new Set(credentials)].map((c) => {
    const issuer = stringAt(c, 'issuer');
    const source = c.references.issuer === undefined ? undefined : index.ids.resolve(c.references.issuer);
    const clusterId = source?.type === CLUSTER ? index.ids.idOf(source) : issuer === null ? null : (issuers.get(issuerKey(issuer)) ?? null);
    return { issuer, subject: stringAt(c, 'subject'), clusterId };
  });
}

function stringAt(r: TfResource, path: string): string | null {
  const value: TfValue | undefined = valueAt(r.values, path);
  return asString(value ?? null) ?? null;
}
