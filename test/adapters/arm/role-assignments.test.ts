import { describe, expect, it } from 'vitest';
import privilegedRole from '../../../src/rules/identity/identity-service-principal-privileged-role.ts';
import { inputFile } from '../../helpers/input-file.ts';
import { stateOf } from '../../helpers/scan.ts';
import { exampleBody } from '../../helpers/fake-arm/routes-inventory.ts';
import { asSaved, snapshotRoundTrip } from '../../helpers/snapshot.ts';
import { only, run } from '../../helpers/state.ts';

const SUB = 'a925f2f7-5c63-4b7b-8799-25a5f97bc3b2';
const IDENTITY_SUB = '12345678-1234-5678-9012-123456789012';
const VAULT = `/subscriptions/${SUB}/resourceGroups/rg-app/providers/Microsoft.KeyVault/vaults/kv-app`;
const CLUSTER = `/subscriptions/${SUB}/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-prod`;
const ISSUER = 'https://oidc.prod-aks.azure.com/TenantGUID/IssuerGUID/';

describe('ARM adapter: role assignments', () => {
  it('reads the REST example: scope, role, principal and its type', () => {
    const { roleAssignments } = stateOf(inputFile(exampleBody('authorization/2022-04-01/RoleAssignments_ListForScope.json')));
    expect(roleAssignments).toEqual([
      expect.objectContaining({
        scope: `/subscriptions/${SUB}`,
        scopeLevel: 'subscription',
        roleName: 'Contributor',
        principalId: 'ce2ce14e-85d7-4629-bdbc-454d0519d987',
        principalType: 'ServicePrincipal',
        principalResourceId: null,
      }),
    ]);
  });

  it('takes the scope from the id when the body leaves it out, and names built-in roles by GUID or by az CLI name only', () => {
    const id = `${VAULT}/providers/Microsoft.Authorization/roleAssignments/0d1e2f3a-0000-4000-8000-000000000001`;
    const rows = [
      { id, type: 'Microsoft.Authorization/roleAssignments', properties: { roleDefinitionId: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/4633458b-17de-408a-b874-0445c86b69e6` } },
      // az role assignment list prints the properties flattened, with the role's name.
      { id: `/subscriptions/${SUB}/resourceGroups/rg-app/providers/Microsoft.Authorization/roleAssignments/x2`, type: 'Microsoft.Authorization/roleAssignments', roleDefinitionName: 'Key Vault Secrets Officer', roleDefinitionId: '/subscriptions/x/providers/Microsoft.Authorization/roleDefinitions/ffffffff-0000-4000-8000-000000000000', principalType: 'User' },
      { id: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleAssignments/x3`, type: 'Microsoft.Authorization/roleAssignments', properties: { roleDefinitionId: '/subscriptions/x/providers/Microsoft.Authorization/roleDefinitions/ffffffff-0000-4000-8000-000000000000' } },
    ];
    const [onVault, onGroup, custom] = stateOf(inputFile(rows)).roleAssignments;
    expect(onVault).toMatchObject({ scope: VAULT, scopeLevel: 'resource', roleName: 'Key Vault Secrets User', principalId: null, principalType: null });
    expect(onGroup).toMatchObject({ scope: `/subscriptions/${SUB}/resourceGroups/rg-app`, scopeLevel: 'resourceGroup', roleName: 'Key Vault Secrets Officer', principalType: 'User' });
    expect(custom).toMatchObject({ scopeLevel: 'subscription', roleName: null });
  });

  it('keeps assignments inherited from a management group, which no subscription holds, and judges them', () => {
    // The subscription's list with $filter=atScope(), as `az role assignment list --all` also prints it.
    const listed = exampleBody('authorization/2022-04-01/RoleAssignments_ListForSubscription.json');
    const s = stateOf(inputFile(listed), inputFile(exampleBody('msi/2023-01-31/IdentityGet.json'), 'identity.json'));
    const inherited = s.roleAssignments.filter((a) => a.scopeLevel === 'managementGroup');
    expect(inherited).toEqual([
      expect.objectContaining({ scope: '/providers/Microsoft.Management/managementGroups/platform', subscriptionId: null, resourceGroup: null, roleName: 'Contributor', principalType: 'ServicePrincipal' }),
      expect.objectContaining({ scope: '/providers/Microsoft.Management/managementGroups/platform', subscriptionId: null, principalId: '25cc773c-7f05-40fc-a104-32d2300754ad' }),
    ]);
    // A management group is no subscription of the estate.
    expect(s.subscriptions.map((sub) => sub.id.toLowerCase()).sort()).toEqual([`/subscriptions/${IDENTITY_SUB}`, `/subscriptions/${SUB}`]);
    const findings = run(privilegedRole, s);
    const verdicts = findings.filter((f) => f.resource.id.startsWith('/providers/')).map((f) => [f.resource.name, f.status]);
    expect(verdicts).toEqual([
      ['6a2f9b1e-4c3d-4e5f-8a7b-9c0d1e2f3a4b', 'fail'],
      ['0e7d5c4b-3a29-4f18-b7e6-d5c4b3a29f18', 'pass'],
    ]);
    expect(only(findings, '6a2f9b1e-4c3d-4e5f-8a7b-9c0d1e2f3a4b').message).toMatch(/holds Contributor at management group platform/);
    expect(snapshotRoundTrip(s).roleAssignments).toEqual(asSaved(s.roleAssignments));
  });
});

describe('ARM adapter: managed identities', () => {
  const cluster = {
    id: CLUSTER,
    type: 'Microsoft.ContainerService/managedClusters',
    name: 'aks-prod',
    identity: { type: 'SystemAssigned', principalId: '11111111-0000-4000-8000-000000000001' },
    properties: { identityProfile: { kubeletidentity: { objectId: '11111111-0000-4000-8000-000000000002', clientId: 'c', resourceId: 'r' } }, oidcIssuerProfile: { enabled: true, issuerURL: ISSUER } },
  };

  it("reads a cluster's own and kubelet identities, and a user-assigned identity federated to the cluster's issuer", () => {
    const identity = exampleBody('msi/2023-01-31/IdentityGet.json');
    const credentials = exampleBody('msi/2023-01-31/FederatedIdentityCredentialList.json') as { value: unknown[] };
    const { managedIdentities } = stateOf(inputFile([cluster, identity, ...credentials.value]));
    expect(managedIdentities).toEqual(
      expect.arrayContaining([
        { kind: 'systemAssigned', principalId: '11111111-0000-4000-8000-000000000001', resourceId: CLUSTER, clusterId: CLUSTER, federatedCredentials: [] },
        { kind: 'kubelet', principalId: '11111111-0000-4000-8000-000000000002', resourceId: CLUSTER, clusterId: CLUSTER, federatedCredentials: [] },
        expect.objectContaining({
          kind: 'userAssigned',
          principalId: '25cc773c-7f05-40fc-a104-32d2300754ad',
          federatedCredentials: [{ issuer: 'https://oidc.prod-aks.azure.com/TenantGUID/IssuerGUID', subject: 'system:serviceaccount:ns:svcaccount', clusterId: CLUSTER }],
        }),
      ]),
    );
  });

  it("leaves a user-assigned identity's federated credentials unknown when the input did not carry them", () => {
    const { managedIdentities } = stateOf(inputFile([exampleBody('msi/2023-01-31/IdentityGet.json')]));
    expect(managedIdentities).toEqual([expect.objectContaining({ kind: 'userAssigned', resourceId: expect.stringContaining(IDENTITY_SUB), federatedCredentials: null })]);
  });

  it('reads the system-assigned and user-assigned identities any resource names', () => {
    const uai = `/subscriptions/${SUB}/resourceGroups/rg-app/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-web`;
    const site = { id: `/subscriptions/${SUB}/resourceGroups/rg-app/providers/Microsoft.Web/sites/web`, type: 'Microsoft.Web/sites', identity: { type: 'SystemAssigned, UserAssigned', principalId: 'aaaaaaaa-0000-4000-8000-000000000001', userAssignedIdentities: { [uai]: { principalId: 'aaaaaaaa-0000-4000-8000-000000000002' } } }, properties: {} };
    expect(stateOf(inputFile([site])).managedIdentities).toEqual([
      { kind: 'systemAssigned', principalId: 'aaaaaaaa-0000-4000-8000-000000000001', resourceId: site.id, clusterId: null, federatedCredentials: [] },
      { kind: 'userAssigned', principalId: 'aaaaaaaa-0000-4000-8000-000000000002', resourceId: uai, clusterId: null, federatedCredentials: null },
    ]);
  });

  it('reads the identity of types no rule judges leniently: an odd shape is no identity, not a refused input', () => {
    const odd = { id: `/subscriptions/${SUB}/resourceGroups/rg-app/providers/Microsoft.Web/sites/odd`, type: 'Microsoft.Web/sites', identity: 'SystemAssigned', properties: {} };
    const twice = { id: `/subscriptions/${SUB}/resourceGroups/rg-app/providers/Microsoft.Web/sites/twice`, type: 'Microsoft.Web/sites', identity: { principalId: 'a', PrincipalId: 'b', userAssignedIdentities: [] }, properties: {} };
    expect(stateOf(inputFile([odd, twice])).managedIdentities).toEqual([]);
  });

  it('saves role assignments and managed identities in a snapshot that reads back equal', () => {
    const identity = exampleBody('msi/2023-01-31/IdentityGet.json');
    const credentials = exampleBody('msi/2023-01-31/FederatedIdentityCredentialList.json') as { value: unknown[] };
    const state = stateOf(inputFile([cluster, identity, ...credentials.value, ...(exampleBody('authorization/2022-04-01/RoleAssignments_ListForScope.json') as { value: unknown[] }).value]));
    const saved = snapshotRoundTrip(state);
    expect(saved.roleAssignments).toEqual(asSaved(state.roleAssignments));
    expect(saved.managedIdentities).toEqual(state.managedIdentities);
  });
});
