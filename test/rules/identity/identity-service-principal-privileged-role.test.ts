import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/identity/identity-service-principal-privileged-role.ts';
import type { ManagedIdentity } from '../../../src/state/managed-identity.ts';
import type { RoleAssignment } from '../../../src/state/role-assignment.ts';
import { CI_PRINCIPAL, roleAssignment, userAssignedIdentity } from '../../helpers/identity.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (a: RoleAssignment, identities: ManagedIdentity[] = []) => only(run(rule, state({ roleAssignments: [a], managedIdentities: identities })));
const deploy = userAssignedIdentity('id-deploy', CI_PRINCIPAL);

describe('identity-service-principal-privileged-role', () => {
  it('passes Contributor at the subscription held by a managed identity of the estate', () => {
    const f = verdict(roleAssignment(), [deploy]);
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/managed identity \(user-assigned identity id-deploy\)/);
  });

  it('passes a managed identity named by reference before apply', () => {
    expect(verdict(roleAssignment({ principalId: null, principalResourceId: deploy.resourceId }), [deploy]).status).toBe('pass');
  });

  it('fails Owner, Contributor, User Access Administrator at a subscription or management group held by another service principal', () => {
    const f = verdict(roleAssignment());
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toMatch(/holds Contributor at subscription .* no managed identity/);
    for (const roleName of ['Owner', 'User Access Administrator', 'Role Based Access Control Administrator']) expect(verdict(roleAssignment({ roleName })).status).toBe('fail');
    const mg = verdict(roleAssignment({ scope: '/providers/Microsoft.Management/managementGroups/platform', scopeLevel: 'managementGroup' }));
    expect(mg.status).toBe('fail');
    expect(mg.message).toMatch(/management group platform/);
  });

  it('is unknown when the role, the scope or the kind of principal cannot be told', () => {
    expect(verdict(roleAssignment({ roleName: null, roleDefinitionId: '/subscriptions/x/providers/Microsoft.Authorization/roleDefinitions/11111111-2222-3333-4444-555555555555' })).message).toMatch(/custom role can grant as much as Owner/);
    expect(verdict(roleAssignment({ roleName: null, roleDefinitionId: null })).status).toBe('unknown');
    expect(verdict(roleAssignment({ scope: null, scopeLevel: null })).status).toBe('unknown');
    expect(verdict(roleAssignment({ principalType: null })).status).toBe('unknown');
  });

  it('leaves narrower scopes, non-privileged roles and people to other controls', () => {
    expect(verdict(roleAssignment({ scopeLevel: 'resourceGroup' })).status).toBe('not-applicable');
    expect(verdict(roleAssignment({ roleName: 'Reader' })).status).toBe('not-applicable');
    expect(verdict(roleAssignment({ roleName: 'Key Vault Secrets Officer' })).status).toBe('not-applicable');
    expect(verdict(roleAssignment({ principalType: 'User' })).status).toBe('not-applicable');
    expect(verdict(roleAssignment({ principalType: 'Group' })).status).toBe('not-applicable');
  });
});
