import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/keyvault/keyvault-identity-least-privilege-role.ts';
import type { ManagedIdentity } from '../../../src/state/managed-identity.ts';
import type { RoleAssignment } from '../../../src/state/role-assignment.ts';
import { CI_PRINCIPAL, CLUSTER_ID, KUBELET_PRINCIPAL, kubeletIdentity, roleAssignment, SUBSCRIPTION_SCOPE, userAssignedIdentity } from '../../helpers/identity.ts';
import { keyVault } from '../../helpers/key-vault.ts';
import { only, run, state } from '../../helpers/state.ts';

const vault = keyVault();
const onVault = (overrides: Partial<RoleAssignment> = {}) => roleAssignment({ scope: vault.id, scopeLevel: 'resource', roleName: 'Key Vault Secrets User', principalId: KUBELET_PRINCIPAL, ...overrides });
const verdict = (a: RoleAssignment, identities: ManagedIdentity[] = [kubeletIdentity()]) => only(run(rule, state({ roleAssignments: [a], managedIdentities: identities, keyVaults: [vault] })));
const WORKLOAD = '2b3c4d5e-0000-4000-8000-0000000000a1';

describe('keyvault-identity-least-privilege-role', () => {
  it('passes the kubelet identity or a workload identity with a data reader role on the vault', () => {
    const f = verdict(onVault());
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/^The kubelet identity of cluster aks-prod holds Key Vault Secrets User on vault kv-prod/);
    for (const roleName of ['Key Vault Certificate User', 'Key Vault Crypto User', 'Key Vault Reader']) expect(verdict(onVault({ roleName })).status).toBe('pass');
    expect(verdict(onVault({ principalId: WORKLOAD }), [userAssignedIdentity('id-api', WORKLOAD, CLUSTER_ID)]).message).toMatch(/^Workload identity id-api of cluster aks-prod/);
  });

  it('fails Officer, Administrator and Contributor roles, and broad roles over the resource group or subscription', () => {
    for (const roleName of ['Key Vault Secrets Officer', 'Key Vault Administrator', 'Key Vault Contributor', 'Key Vault Data Access Administrator']) {
      expect(verdict(onVault({ roleName }))).toMatchObject({ status: 'fail', severity: 'medium' });
    }
    const broad = verdict(onVault({ scope: SUBSCRIPTION_SCOPE, scopeLevel: 'subscription', roleName: 'Contributor' }));
    expect(broad.status).toBe('fail');
    expect(broad.message).toMatch(/holds Contributor on subscription .*, which holds vault kv-prod/);
    // Before apply the vault's id is its Terraform address: its subscription and resource group place it.
    const planned = keyVault({ id: 'azurerm_key_vault.app' });
    const group = roleAssignment({ scope: `${SUBSCRIPTION_SCOPE}/resourceGroups/rg-prod`, scopeLevel: 'resourceGroup', roleName: 'Owner', principalId: KUBELET_PRINCIPAL });
    expect(only(run(rule, state({ roleAssignments: [group], managedIdentities: [kubeletIdentity()], keyVaults: [planned] }))).status).toBe('fail');
  });

  it('is unknown when the role, the scope or whether the identity serves a cluster cannot be told', () => {
    expect(verdict(onVault({ roleName: null, roleDefinitionId: '/providers/Microsoft.Authorization/roleDefinitions/11111111-2222-3333-4444-555555555555' })).status).toBe('unknown');
    expect(verdict(onVault({ scope: null, scopeLevel: null })).status).toBe('unknown');
    expect(verdict(onVault({ scope: '/providers/Microsoft.Management/managementGroups/platform', scopeLevel: 'managementGroup', roleName: 'Owner' })).status).toBe('unknown');
    const unread = verdict(onVault({ principalId: WORKLOAD, roleName: 'Key Vault Secrets Officer' }), [userAssignedIdentity('id-api', WORKLOAD, null)]);
    expect(unread.status).toBe('unknown');
    expect(unread.message).toMatch(/federated credentials .* were not read/);
  });

  it('leaves other principals, other scopes and roles without vault access alone', () => {
    expect(verdict(onVault({ principalId: CI_PRINCIPAL })).status).toBe('not-applicable');
    expect(verdict(onVault({ principalId: WORKLOAD }), [userAssignedIdentity('id-vm', WORKLOAD)]).status).toBe('not-applicable');
    expect(verdict(onVault({ scope: `${SUBSCRIPTION_SCOPE}/resourceGroups/rg-other`, scopeLevel: 'resourceGroup', roleName: 'Owner' })).status).toBe('not-applicable');
    expect(verdict(onVault({ roleName: 'Reader' })).status).toBe('not-applicable');
  });
});
