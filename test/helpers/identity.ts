import { ROLE_ASSIGNMENT_PATHS } from '../../src/adapters/arm/role-assignments.ts';
import type { ManagedIdentity } from '../../src/state/managed-identity.ts';
import type { RoleAssignment } from '../../src/state/role-assignment.ts';
import { cluster, provenanceWith, SUB } from './state.ts';

export const SUBSCRIPTION_SCOPE = `/subscriptions/${SUB}`;
export const CLUSTER_ID = cluster().id;
export const KUBELET_PRINCIPAL = '6f1d2c3b-0000-4000-8000-000000000001';
export const CI_PRINCIPAL = '9a8b7c6d-0000-4000-8000-000000000c1d';

const ROLE_IDS: Readonly<Record<string, string>> = {
  Owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  Contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  Reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
  'Key Vault Secrets User': '4633458b-17de-408a-b874-0445c86b69e6',
  'Key Vault Secrets Officer': 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7',
  'Key Vault Administrator': '00482a5a-887f-4fb3-b363-3b7fe8e74483',
};

/** A role assignment as the ARM adapter reads it: by default a service principal with Contributor on the test subscription. */
export function roleAssignment(overrides: Partial<RoleAssignment> = {}): RoleAssignment {
  const name = overrides.name ?? '3c5f9e1a-7b2d-4e8f-9a6c-1d0e2f3a4b5c';
  const scope = overrides.scope === undefined ? SUBSCRIPTION_SCOPE : overrides.scope;
  const roleName = overrides.roleName === undefined ? 'Contributor' : overrides.roleName;
  return {
    id: `${scope ?? SUBSCRIPTION_SCOPE}/providers/Microsoft.Authorization/roleAssignments/${name}`,
    name,
    type: 'microsoft.authorization/roleassignments',
    subscriptionId: SUB,
    resourceGroup: null,
    location: null,
    tags: {},
    origin: { source: 'file:test.json', file: 'test.json', pointer: '/0' },
    scope,
    scopeLevel: 'subscription',
    roleDefinitionId: roleName && ROLE_IDS[roleName] ? `${SUBSCRIPTION_SCOPE}/providers/Microsoft.Authorization/roleDefinitions/${ROLE_IDS[roleName]}` : null,
    roleName,
    principalId: CI_PRINCIPAL,
    principalType: 'ServicePrincipal',
    principalResourceId: null,
    ...overrides,
    provenance: provenanceWith(ROLE_ASSIGNMENT_PATHS, overrides),
  };
}

/** The test cluster's kubelet identity. */
export function kubeletIdentity(overrides: Partial<ManagedIdentity> = {}): ManagedIdentity {
  return { kind: 'kubelet', principalId: KUBELET_PRINCIPAL, resourceId: CLUSTER_ID, clusterId: CLUSTER_ID, federatedCredentials: [], ...overrides };
}

/** A user-assigned identity; with `federatedTo`, a workload identity of that cluster. */
export function userAssignedIdentity(name: string, principalId: string, federatedTo?: string | null): ManagedIdentity {
  return {
    kind: 'userAssigned',
    principalId,
    resourceId: `${SUBSCRIPTION_SCOPE}/resourceGroups/rg-prod/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${name}`,
    clusterId: null,
    federatedCredentials: federatedTo === undefined ? [] : federatedTo === null ? null : [{ issuer: 'https://westeurope.oic.prod-aks.azure.com/tenant/issuer/', subject: 'system:serviceaccount:app:api', clusterId: federatedTo }],
  };
}
