import type { KeyVault, KeyVaultAccessPolicy } from '../../src/state/key-vault.ts';
import { KEY_VAULT_PATHS } from '../../src/adapters/arm/key-vault.ts';
import { diagnosticSetting, provenanceWith, resource, SUB } from './state.ts';

/**
 * A vault that passes every Key Vault rule: soft delete with purge protection, Azure RBAC,
 * public access off, one approved private endpoint, audit logs to a workspace.
 * Tests override the one thing they are about.
 */
export function keyVault(overrides: Partial<KeyVault> = {}): KeyVault {
  const name = overrides.name ?? 'kv-prod';
  return {
    ...resource('Microsoft.KeyVault/vaults', name),
    publicNetworkAccess: 'Disabled',
    privateEndpointIds: [privateEndpointId(name)],
    diagnosticSettings: [diagnosticSetting(`/subscriptions/${SUB}/resourceGroups/rg-prod/providers/Microsoft.KeyVault/vaults/${name}`, 'audit', { categories: ['AuditEvent'] })],
    apiVersion: null,
    skuName: 'premium',
    enableSoftDelete: true,
    softDeleteRetentionInDays: 90,
    enablePurgeProtection: true,
    enableRbacAuthorization: true,
    networkAcls: { defaultAction: 'Deny', bypass: 'AzureServices', ipRules: [], virtualNetworkRules: [] },
    accessPolicies: [],
    privateEndpointConnections: [{ privateEndpointId: privateEndpointId(name), status: 'Approved' }],
    ...overrides,
    provenance: provenanceWith(KEY_VAULT_PATHS, overrides),
  };
}

/** An access policy entry. */
export function accessPolicy(objectId: string, permissions: Partial<KeyVaultAccessPolicy['permissions']>): KeyVaultAccessPolicy {
  return { objectId, applicationId: null, permissions: { keys: [], secrets: [], certificates: [], storage: [], ...permissions } };
}

function privateEndpointId(vault: string): string {
  return `/subscriptions/${SUB}/resourceGroups/rg-net/providers/Microsoft.Network/privateEndpoints/pe-${vault}`;
}
