import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { adaptTerraform, adaptTerraformReads } from '../../../src/adapters/terraform/adapt.ts';
import { collectTerraform } from '../../../src/collectors/terraform/collect.ts';
import type { State } from '../../../src/state/state.ts';
import { readTerraformConfiguration } from '../../../src/collectors/terraform/hcl/read-configuration.ts';
import { only, run } from '../../helpers/state.ts';
import { rule } from './instances.ts';

/** A configuration modelled on a dedicated SaaS install: a CI/CD app registration, a cluster, a vault, a workload identity. */
const MAIN_TF = `
provider "azurerm" {
  features {}
  subscription_id = "5f1c2a9e-3b7d-4c8e-a6f2-91d4e0b7c3a1"
}

data "azurerm_subscription" "current" {}
data "azurerm_role_definition" "reader" { name = "Reader" }

resource "azurerm_resource_group" "app" {
  name     = "rg-app"
  location = "westeurope"
}

resource "azuread_service_principal" "cicd" {
  client_id = "00000000-0000-0000-0000-000000000001"
}

resource "azurerm_kubernetes_cluster" "aks" {
  name                = "aks-app"
  resource_group_name = azurerm_resource_group.app.name
  location            = "westeurope"
  dns_prefix          = "app"
  oidc_issuer_enabled = true
  identity { type = "SystemAssigned" }
  default_node_pool {
    name       = "system"
    vm_size    = "Standard_D4ds_v5"
    node_count = 3
  }
}

resource "azurerm_key_vault" "app" {
  name                = "kv-app"
  resource_group_name = azurerm_resource_group.app.name
  location            = "westeurope"
  tenant_id           = "00000000-0000-0000-0000-0000000000aa"
  sku_name            = "standard"
}

resource "azurerm_user_assigned_identity" "api" {
  name                = "id-api"
  resource_group_name = azurerm_resource_group.app.name
  location            = "westeurope"
}

resource "azurerm_federated_identity_credential" "api" {
  name                = "api"
  resource_group_name = azurerm_resource_group.app.name
  parent_id           = azurerm_user_assigned_identity.api.id
  issuer              = azurerm_kubernetes_cluster.aks.oidc_issuer_url
  subject             = "system:serviceaccount:app:api"
  audience            = ["api://AzureADTokenExchange"]
}

resource "azurerm_role_assignment" "cicd_contributor" {
  scope                = data.azurerm_subscription.current.id
  role_definition_name = "Contributor"
  principal_id         = azuread_service_principal.cicd.object_id
}

resource "azurerm_role_assignment" "kubelet_secrets" {
  scope                = azurerm_key_vault.app.id
  role_definition_name = "Key Vault Secrets User"
  principal_id         = azurerm_kubernetes_cluster.aks.kubelet_identity[0].object_id
}

resource "azurerm_role_assignment" "api_officer" {
  scope                = azurerm_key_vault.app.id
  role_definition_name = "Key Vault Secrets Officer"
  principal_id         = azurerm_user_assigned_identity.api.principal_id
}

resource "azurerm_role_assignment" "api_reader" {
  scope              = "/providers/Microsoft.Management/managementGroups/platform"
  role_definition_id = data.azurerm_role_definition.reader.id
  principal_id       = azurerm_user_assigned_identity.api.principal_id
}

resource "azurerm_role_assignment" "kubelet_group_contributor" {
  scope                = azurerm_resource_group.app.id
  role_definition_name = "Contributor"
  principal_id         = azurerm_kubernetes_cluster.aks.kubelet_identity[0].object_id
}

variable "portal_identity_type" {
  type = string
}

resource "azurerm_linux_web_app" "portal" {
  name                = "app-portal"
  resource_group_name = azurerm_resource_group.app.name
  location            = "westeurope"
  service_plan_id     = "/subscriptions/5f1c2a9e-3b7d-4c8e-a6f2-91d4e0b7c3a1/resourceGroups/rg-app/providers/Microsoft.Web/serverFarms/plan"
  site_config {}
  identity {
    type = var.portal_identity_type
  }
}

resource "azurerm_role_assignment" "portal_contributor" {
  scope                = data.azurerm_subscription.current.id
  role_definition_name = "Contributor"
  principal_id         = azurerm_linux_web_app.portal.identity[0].principal_id
}

resource "azurerm_role_assignment" "deployer" {
  scope                = data.azurerm_subscription.current.id
  role_definition_name = "Deployment Operator"
  principal_id         = "11111111-2222-3333-4444-555555555555"
  principal_type       = "ServicePrincipal"
}
`;

async function estate() {
  const folder = mkdtempSync(join(tmpdir(), 'aks-audit-roles-'));
  writeFileSync(join(folder, 'main.tf'), MAIN_TF);
  const configuration = await readTerraformConfiguration(folder, 'terraform:infra');
  return adaptTerraform(configuration.resources, 4).state;
}

describe('Terraform: role assignments and managed identities', () => {
  let state: State;
  beforeAll(async () => {
    state = await estate();
  });

  it('resolves scopes, roles and principals through references before apply', () => {
    const byName = (address: string) => state.roleAssignments.find((a) => a.origin.address === address)!;
    expect(byName('azurerm_role_assignment.cicd_contributor')).toMatchObject({ scopeLevel: 'subscription', roleName: 'Contributor', principalType: 'ServicePrincipal', principalResourceId: 'azuread_service_principal.cicd' });
    expect(byName('azurerm_role_assignment.kubelet_secrets')).toMatchObject({ scope: 'azurerm_key_vault.app', scopeLevel: 'resource', roleName: 'Key Vault Secrets User', principalResourceId: 'azurerm_kubernetes_cluster.aks' });
    expect(byName('azurerm_role_assignment.api_reader')).toMatchObject({ scopeLevel: 'managementGroup', roleName: 'Reader' });
    // A resource group not created yet: its id as it will be, from the provider's subscription and its name.
    expect(byName('azurerm_role_assignment.kubelet_group_contributor')).toMatchObject({ scope: '/subscriptions/5f1c2a9e-3b7d-4c8e-a6f2-91d4e0b7c3a1/resourceGroups/rg-app', scopeLevel: 'resourceGroup' });
    expect(byName('azurerm_role_assignment.deployer')).toMatchObject({ roleName: null, roleDefinitionId: null, principalType: 'ServicePrincipal' });
    expect(state.managedIdentities).toEqual(
      expect.arrayContaining([
        { kind: 'kubelet', principalId: null, resourceId: 'azurerm_kubernetes_cluster.aks', clusterId: 'azurerm_kubernetes_cluster.aks', federatedCredentials: [] },
        { kind: 'userAssigned', principalId: null, resourceId: 'azurerm_user_assigned_identity.api', clusterId: null, federatedCredentials: [{ issuer: null, subject: 'system:serviceaccount:app:api', clusterId: 'azurerm_kubernetes_cluster.aks' }] },
      ]),
    );
  });

  it('gives the verdicts the practices call for', () => {
    const verdicts = (id: string) => Object.fromEntries(run(rule(id), state).map((f) => [f.resource.name.replace(/^azurerm_role_assignment\./, ''), f.status]));
    expect(verdicts('identity-service-principal-privileged-role')).toEqual({ cicd_contributor: 'fail', kubelet_secrets: 'not-applicable', api_officer: 'not-applicable', api_reader: 'not-applicable', kubelet_group_contributor: 'not-applicable', portal_contributor: 'pass', deployer: 'unknown' });
    expect(verdicts('keyvault-identity-least-privilege-role')).toEqual({ cicd_contributor: 'not-applicable', kubelet_secrets: 'pass', api_officer: 'fail', api_reader: 'not-applicable', kubelet_group_contributor: 'fail', portal_contributor: 'not-applicable', deployer: 'not-applicable' });
    const unknown = only(run(rule('identity-service-principal-privileged-role'), state), 'azurerm_role_assignment.deployer');
    expect(unknown.message).toMatch(/role "Deployment Operator" is not a built-in role this check knows/);
  });
});

describe('Terraform plan: role assignments whose principal is known only after apply', () => {
  const SUB = '5f1c2a9e-3b7d-4c8e-a6f2-91d4e0b7c3a1';
  const VAULT = `/subscriptions/${SUB}/resourceGroups/rg-app/providers/Microsoft.KeyVault/vaults/kv-app`;
  const refs = (...references: string[]) => ({ references });
  const resource = (address: string, after: object, afterUnknown: object = {}, actions = ['create']) => {
    const [type, name] = address.split('.') as [string, string];
    return { address, mode: 'managed', type, name, change: { actions, before: null, after, after_unknown: afterUnknown } };
  };
  const resources = [
    resource('azurerm_kubernetes_cluster.aks', { name: 'aks-app', location: 'westeurope', resource_group_name: 'rg-app', identity: [{ type: 'SystemAssigned' }] }, { kubelet_identity: true, oidc_issuer_url: true }),
    resource('azurerm_key_vault.app', { id: VAULT, name: 'kv-app', location: 'westeurope', resource_group_name: 'rg-app' }, {}, ['no-op']),
    resource('azurerm_role_assignment.kubelet_officer', { scope: VAULT, role_definition_name: 'Key Vault Secrets Officer' }, { principal_id: true }),
  ];
  const expressions: Record<string, object> = {
    'azurerm_role_assignment.kubelet_officer': {
      scope: refs('azurerm_key_vault.app.id', 'azurerm_key_vault.app'),
      principal_id: refs('azurerm_kubernetes_cluster.aks.kubelet_identity[0].object_id', 'azurerm_kubernetes_cluster.aks.kubelet_identity[0]', 'azurerm_kubernetes_cluster.aks.kubelet_identity', 'azurerm_kubernetes_cluster.aks'),
    },
  };
  const plan = {
    format_version: '1.2',
    resource_changes: resources,
    configuration: {
      provider_config: { azurerm: { name: 'azurerm', full_name: 'registry.terraform.io/hashicorp/azurerm', expressions: { features: [{}] } } },
      root_module: { resources: resources.map((r) => ({ address: r.address, mode: 'managed', type: r.type, name: r.name, provider_config_key: 'azurerm', expressions: expressions[r.address] ?? {} })) },
    },
  };

  it("fails the kubelet identity's Secrets Officer role on an existing vault", async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'aks-audit-roles-plan-')), 'tfplan.json');
    writeFileSync(file, JSON.stringify(plan));
    const { reads } = await collectTerraform([file]);
    const state = adaptTerraformReads(reads)[0]!.state;
    expect(state.roleAssignments[0]).toMatchObject({ scope: VAULT, scopeLevel: 'resource', roleName: 'Key Vault Secrets Officer', principalId: null, principalResourceId: 'azurerm_kubernetes_cluster.aks' });
    const f = only(run(rule('keyvault-identity-least-privilege-role'), state));
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/identity \(kubelet or its own\) of cluster aks-app holds Key Vault Secrets Officer on vault kv-app/);
  });
});
