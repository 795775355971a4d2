import type { TfResource } from '../../collectors/terraform/model.ts';
import { builtInRoleNamed, builtInRoleOfId } from '../../state/built-in-roles.ts';
import type { Maybe } from '../../state/resource.ts';
import type { RoleAssignment, RoleScopeLevel } from '../../state/role-assignment.ts';
import { scopeLevelOf } from '../arm/role-assignments.ts';
import { asString } from './attributes.ts';
import { tfBase } from './base.ts';
import type { TfIndex } from './index-resources.ts';

export const ROLE_ASSIGNMENT = 'azurerm_role_assignment';

/** The principal type a reference to a resource of this type names: Entra objects, or a managed identity (a service principal). */
const PRINCIPAL_TYPES: Readonly<Record<string, string>> = { azuread_service_principal: 'ServicePrincipal', azuread_user: 'User', azuread_group: 'Group' };

/** The scope a reference to a resource of this type names, when it is not a resource. */
const SCOPE_LEVELS: Readonly<Record<string, RoleScopeLevel>> = { azurerm_subscription: 'subscription', azurerm_management_group: 'managementGroup', azurerm_resource_group: 'resourceGroup' };

/**
 * `azurerm_role_assignment` → RoleAssignment, per the provider's documentation at v3.117, v4.20
 * and v5.2 (the same attributes throughout). Before apply, `principal_id` and `scope` are often
 * references whose values are not known yet: the referenced resource says which principal and
 * scope they are (`azurerm_kubernetes_cluster.x.kubelet_identity[0].object_id`,
 * `data.azurerm_subscription.current.id`).
 */
export function adaptRoleAssignments(index: TfIndex): RoleAssignment[] {
  return index.ofType(ROLE_ASSIGNMENT).map((r) => adaptAssignment(r, index));
}

function adaptAssignment(r: TfResource, index: TfIndex): RoleAssignment {
  const f = index.reader(r);
  const base = tfBase(r, 'microsoft.authorization/roleassignments', index.ids, f);
  const scopeRef = referenced(r, 'scope', index);
  const scope = f.read('scope', 'scope', asString) ?? (scopeRef ? scopeIdOf(scopeRef, index) : null);
  const principalRef = referenced(r, 'principal_id', index);
  const principalType = f.read('principalType', 'principal_type', asString) ?? (principalRef ? impliedPrincipalType(principalRef) : null);
  if (principalType !== null && f.provenance.unknown.principalType !== undefined) {
    delete f.provenance.unknown.principalType;
    f.provenance.paths.principalType = 'principal_id';
  }
  return {
    ...base,
    name: typeof r.values.name === 'string' ? r.values.name : r.address,
    scope,
    scopeLevel: typeof r.values.scope === 'string' ? scopeLevelOf(r.values.scope) : scopeRef ? levelOf(scopeRef) : null,
    ...role(r, index, f),
    principalId: f.read('principalId', 'principal_id', asString),
    principalType,
    principalResourceId: principalRef ? index.ids.idOf(principalRef) : null,
  };
}

/** The role definition and the built-in role it is: by id, by `role_definition_name`, or by the `azurerm_role_definition` data source the id comes from. */
function role(r: TfResource, index: TfIndex, f: ReturnType<TfIndex['reader']>): Pick<RoleAssignment, 'roleDefinitionId' | 'roleName'> {
  const id = f.read('roleDefinitionId', 'role_definition_id', asString);
  const name = typeof r.values.role_definition_name === 'string' ? r.values.role_definition_name : undefined;
  const source = referenced(r, 'role_definition_id', index);
  const sourceName = source?.type === 'azurerm_role_definition' && typeof source.values.name === 'string' ? source.values.name : undefined;
  const known = (id ? builtInRoleOfId(id) : undefined) ?? builtInRoleNamed(name ?? sourceName ?? '');
  f.provenance.paths.roleName = name !== undefined ? 'role_definition_name' : 'role_definition_id';
  if (id === null && name !== undefined) {
    if (known) return { roleDefinitionId: null, roleName: known.name };
    f.unknowable('roleDefinitionId', `role "${name}" is not a built-in role this check knows: a custom role can grant as much as Owner`, 'role_definition_name');
  }
  return { roleDefinitionId: id, roleName: known?.name ?? null };
}

function referenced(r: TfResource, attribute: string, index: TfIndex): TfResource | undefined {
  const address = r.references[attribute];
  return address === undefined ? undefined : index.ids.resolve(address);
}

/** A reference to an Entra object names its type; to an azurerm resource, its managed identity, a service principal. */
function impliedPrincipalType(target: TfResource): Maybe<string> {
  return PRINCIPAL_TYPES[target.type] ?? (target.type.startsWith('azurerm_') ? 'ServicePrincipal' : null);
}

/**
 * The ARM id a scope reference will have: known already, or, for a subscription or a resource
 * group not created yet, built from the subscription its provider deploys to, so that the vaults
 * the scope holds can be found by their subscription and resource group; else its identity.
 */
function scopeIdOf(target: TfResource, index: TfIndex): string {
  const id = index.ids.idOf(target);
  if (scopeLevelOf(id) !== null) return id;
  const subscription = index.ids.subscriptionOf(target);
  const level = SCOPE_LEVELS[target.type];
  if (subscription === null || level === undefined) return id;
  const name = target.values.name;
  if (level === 'subscription') return `/subscriptions/${subscription}`;
  return level === 'resourceGroup' && typeof name === 'string' ? `/subscriptions/${subscription}/resourceGroups/${name}` : id;
}

function levelOf(target: TfResource): Maybe<RoleScopeLevel> {
  const id = target.values.id;
  if (typeof id === 'string') return scopeLevelOf(id);
  return SCOPE_LEVELS[target.type] ?? (target.type.startsWith('azurerm_') ? 'resource' : null);
}
