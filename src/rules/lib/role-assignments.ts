import { evidence, unknownReason } from '../../engine/evidence.ts';
import type { RoleAssignment } from '../../state/role-assignment.ts';

/** A role assignment's scope for a message: `subscription <id>`, or the scope as read. */
export function describeScope(assignment: RoleAssignment): string {
  const { scope, scopeLevel } = assignment;
  if (scope === null) return 'a scope that is not known';
  if (scopeLevel === 'subscription') return `subscription ${scope.split('/').filter(Boolean)[1] ?? scope}`;
  if (scopeLevel === 'managementGroup') return `management group ${scope.split('/').filter(Boolean).at(-1) ?? scope}`;
  return scope;
}

/** Why an assignment's role cannot be judged: its definition is not read, or is no built-in role the catalogue knows. */
export function unknownRole(assignment: RoleAssignment): string {
  if (assignment.roleDefinitionId === null) return unknownReason(evidence(assignment, 'roleDefinitionId'));
  return `role definition ${assignment.roleDefinitionId} is not a built-in role this check knows: a custom role can grant as much as Owner`;
}
