import type { TfResource } from '../../collectors/terraform/model.ts';
import type { KeyVault, KeyVaultAccessPolicy, KeyVaultNetworkAcls } from '../../state/key-vault.ts';
import type { Maybe } from '../../state/resource.ts';
import { asBool, asNumber, asString, asStrings, isBlock, type AttributeReader } from './attributes.ts';
import { tfBase } from './base.ts';
import { blockAbsent } from './children.ts';
import { diagnosticSettingsOf } from './diagnostic-settings.ts';
import type { TfIndex } from './index-resources.ts';
import { connectionStatusOf, privateEndpointIdsOf, privateEndpointsTo } from './private-endpoints.ts';

const KEY_VAULT = 'azurerm_key_vault';
const ACCESS_POLICY = 'azurerm_key_vault_access_policy';
export const KEY_VAULT_TYPES = [KEY_VAULT, ACCESS_POLICY];

/** `azurerm_key_vault` (with its `azurerm_key_vault_access_policy` resources) → KeyVault. Defaults per the provider's documentation, v3 to v5. */
export function adaptKeyVaults(index: TfIndex): KeyVault[] {
  return index.ofType(KEY_VAULT).map((r) => adaptKeyVault(r, index));
}

function adaptKeyVault(r: TfResource, index: TfIndex): KeyVault {
  const f = index.reader(r);
  const base = tfBase(r, 'microsoft.keyvault/vaults', index.ids, f);
  const endpoints = privateEndpointsTo(base.id, index);
  return {
    ...base,
    publicNetworkAccess: enabledOf(f.read('publicNetworkAccess', 'public_network_access_enabled', asBool, true)),
    privateEndpointIds: privateEndpointIdsOf(base.id, index),
    diagnosticSettings: diagnosticSettingsOf(base.id, index, f),
    apiVersion: null,
    skuName: f.read('skuName', 'sku_name', asString),
    // azurerm 3.0 removed `soft_delete_enabled`: soft delete is always on, and only v2 could say otherwise.
    enableSoftDelete: f.read('enableSoftDelete', 'soft_delete_enabled', asBool, true),
    softDeleteRetentionInDays: f.read('softDeleteRetentionInDays', 'soft_delete_retention_days', asNumber, 90),
    enablePurgeProtection: f.read('enablePurgeProtection', 'purge_protection_enabled', asBool, false),
    // v4.42 added `rbac_authorization_enabled` beside `enable_rbac_authorization`; v5 keeps only the new name, and requires it.
    enableRbacAuthorization: f.read('enableRbacAuthorization', ['rbac_authorization_enabled', 'enable_rbac_authorization'], asBool, index.byMajor({ 3: false, 4: false, 5: undefined })),
    networkAcls: networkAclsOf(f),
    accessPolicies: accessPoliciesOf(base.id, f, index),
    privateEndpointConnections: endpoints.map((pe) => ({ privateEndpointId: index.ids.idOf(pe), status: connectionStatusOf(pe) })),
  };
}

/** `public_network_access_enabled` in the API's terms. */
export function enabledOf(on: Maybe<boolean>): Maybe<string> {
  return on === null ? null : on ? 'Enabled' : 'Disabled';
}

/** A vault without a `network_acls` block has no firewall: every network may connect, trusted services included. */
function networkAclsOf(f: AttributeReader): KeyVaultNetworkAcls {
  const none = blockAbsent(f, 'network_acls');
  return {
    defaultAction: f.read('networkAcls.defaultAction', 'network_acls[0].default_action', asString, none ? 'Allow' : undefined),
    bypass: f.read('networkAcls.bypass', 'network_acls[0].bypass', asString, none ? 'AzureServices' : undefined),
    ipRules: f.read('networkAcls.ipRules', 'network_acls[0].ip_rules', asStrings, [] as string[]),
    virtualNetworkRules: f.read('networkAcls.virtualNetworkRules', 'network_acls[0].virtual_network_subnet_ids', asStrings, [] as string[]),
  };
}

/** Inline `access_policy` blocks and `azurerm_key_vault_access_policy` resources on the vault; unknown when any cannot be read. */
function accessPoliciesOf(vaultId: string, f: AttributeReader, index: TfIndex): Maybe<KeyVaultAccessPolicy[]> {
  const inline = f.raw('access_policy');
  const blocks: { block: unknown; path: string }[] = [];
  if (Array.isArray(inline)) inline.forEach((block, i) => blocks.push({ block, path: `access_policy[${i}]` }));
  else if (inline !== undefined && inline !== null) return null;
  for (const policy of index.referring(vaultId, ACCESS_POLICY, 'key_vault_id')) blocks.push({ block: policy.values, path: policy.address });
  const policies: KeyVaultAccessPolicy[] = [];
  for (const { block } of blocks) {
    if (!isBlock(block as never)) return null;
    const b = block as Record<string, unknown>;
    const list = (name: string): string[] | null => (b[name] === undefined || b[name] === null ? [] : Array.isArray(b[name]) && b[name].every((p) => typeof p === 'string') ? (b[name] as string[]) : null);
    const keys = list('key_permissions'), secrets = list('secret_permissions'), certificates = list('certificate_permissions'), storage = list('storage_permissions');
    if (typeof b.object_id !== 'string' || keys === null || secrets === null || certificates === null || storage === null) return null;
    policies.push({ objectId: b.object_id, applicationId: typeof b.application_id === 'string' && b.application_id !== '' ? b.application_id : null, permissions: { keys, secrets, certificates, storage } });
  }
  return policies;
}
