import { builtInRoleNamed, builtInRoleOfId } from '../../state/built-in-roles.ts';
import type { Maybe } from '../../state/resource.ts';
import type { RoleAssignment, RoleScopeLevel } from '../../state/role-assignment.ts';
import { baseOf } from './base.ts';
import type { ArmResource } from './collect-resources.ts';
import { FieldReader } from './fields.ts';
import type { ArmIndex } from './index-resources.ts';

export const ROLE_ASSIGNMENT = 'microsoft.authorization/roleassignments';

/** Source path of each state field a rule reports on, in the REST body. */
export const ROLE_ASSIGNMENT_PATHS: Readonly<Record<string, string>> = {
  scope: 'properties.scope',
  scopeLevel: 'properties.scope',
  roleDefinitionId: 'properties.roleDefinitionId',
  roleName: 'properties.roleDefinitionId',
  principalId: 'properties.principalId',
  principalType: 'properties.principalType',
};

const ASSIGNMENT_SUFFIX = /\/providers\/microsoft\.authorization\/roleassignments\/[^/]+$/i;

/** `Microsoft.Authorization/roleAssignments` → RoleAssignment. Property names per the 2022-04-01 REST API; nothing is defaulted. */
export function adaptRoleAssignments(index: ArmIndex): RoleAssignment[] {
  return index.ofType(ROLE_ASSIGNMENT).map(adaptAssignment);
}

function adaptAssignment(r: ArmResource): RoleAssignment {
  const f = new FieldReader(false);
  const p = r.properties;
  // The id is the scope's id with the assignment appended: it says the scope when the body does not.
  const scope = p?.string('scope') ?? (ASSIGNMENT_SUFFIX.test(r.id) ? r.id.replace(ASSIGNMENT_SUFFIX, '') || '/' : undefined);
  const roleDefinitionId = p?.string('roleDefinitionId');
  // `az role assignment list` adds the role's name; a custom role cannot take a built-in's name.
  const named = p?.string('roleDefinitionName');
  const role = (roleDefinitionId ? builtInRoleOfId(roleDefinitionId) : undefined) ?? (named ? builtInRoleNamed(named) : undefined);
  return {
    ...baseOf(r, f.defaulted, ROLE_ASSIGNMENT_PATHS),
    scope: f.stated(scope),
    scopeLevel: scope ? scopeLevelOf(scope) : null,
    roleDefinitionId: f.stated(roleDefinitionId),
    roleName: role?.name ?? null,
    principalId: f.stated(p?.string('principalId')),
    principalType: f.stated(p?.string('principalType')),
    principalResourceId: null,
  };
}

/** What an ARM scope id names: `/providers/Microsoft.Management/managementGroups/<name>`, `/subscriptions/<id>`, a resource group or a resource under it. */
export function scopeLevelOf(scope: string): Maybe<RoleScopeLevel> {
  const s = scope.replace(/\/+$/, '');
  if (/^\/providers\/microsoft\.management\/managementgroups\/[^/]+$/i.test(s)) return 'managementGroup';
  if (/^\/subscriptions\/[^/]+$/i.test(s)) return 'subscription';
  if (/^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+$/i.test(s)) return 'resourceGroup';
  if (/^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+\/providers\/.+/i.test(s)) return 'resource';
  return null;
}
