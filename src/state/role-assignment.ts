import type { Maybe, ResourceBase } from './resource.ts';

/** Where a role assignment applies; everything below it inherits it. */
export type RoleScopeLevel = 'managementGroup' | 'subscription' | 'resourceGroup' | 'resource';

/** `Microsoft.Authorization/roleAssignments`: a role granted to a principal at a scope. */
export interface RoleAssignment extends ResourceBase {
  /** The scope's ARM id (`/subscriptions/<id>`, a vault's id), or its Terraform identity before apply. */
  scope: Maybe<string>;
  scopeLevel: Maybe<RoleScopeLevel>;
  /** As the source spelled it (`/subscriptions/<id>/providers/Microsoft.Authorization/roleDefinitions/<guid>`). */
  roleDefinitionId: Maybe<string>;
  /** The built-in role it grants (`Owner`, `Key Vault Secrets User`); null when not one of BUILT_IN_ROLES (a custom role, or a built-in this catalogue does not judge). */
  roleName: Maybe<string>;
  /** The principal's object id. */
  principalId: Maybe<string>;
  /** `User`, `Group`, `ServicePrincipal` (managed identities too) or `ForeignGroup`. */
  principalType: Maybe<string>;
  /**
   * Before apply (Terraform), the resource whose identity `principal_id` references: a user-assigned
   * identity, a cluster (its kubelet or own identity), a resource's system-assigned identity. Null otherwise.
   */
  principalResourceId: Maybe<string>;
}
