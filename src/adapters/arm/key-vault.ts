import type { KeyVault, KeyVaultAccessPolicy, KeyVaultNetworkAcls } from '../../state/key-vault.ts';
import type { ArmResource } from './collect-resources.ts';
import { DIAGNOSTIC_SETTINGS_PATH, adaptDiagnosticSettings } from './diagnostic-settings.ts';
import { FieldReader } from './fields.ts';
import type { ArmIndex } from './index-resources.ts';
import { privateEndpointConnectionsOf, privateEndpointIdsOf } from './private-endpoint-connections.ts';
import type { Node } from './properties.ts';
import { baseOf } from './base.ts';
import { ipRulesOf } from './ip-rules.ts';

export const KEY_VAULT = 'microsoft.keyvault/vaults';

/** ARM types this adapter reads: the vault and its private endpoint connections listed on their own. */
export const KEY_VAULT_TYPES: readonly string[] = [KEY_VAULT, `${KEY_VAULT}/privateendpointconnections`];

/** The first api-version whose create default is Azure RBAC rather than access policies. */
const RBAC_BY_DEFAULT_SINCE = '2026-02-01';

/** Source path of each state field a rule reports on, in the REST body. */
export const KEY_VAULT_PATHS: Readonly<Record<string, string>> = {
  ...DIAGNOSTIC_SETTINGS_PATH,
  publicNetworkAccess: 'properties.publicNetworkAccess',
  privateEndpointIds: 'properties.privateEndpointConnections',
  privateEndpointConnections: 'properties.privateEndpointConnections',
  skuName: 'properties.sku.name',
  enableSoftDelete: 'properties.enableSoftDelete',
  softDeleteRetentionInDays: 'properties.softDeleteRetentionInDays',
  enablePurgeProtection: 'properties.enablePurgeProtection',
  enableRbacAuthorization: 'properties.enableRbacAuthorization',
  networkAcls: 'properties.networkAcls',
  accessPolicies: 'properties.accessPolicies',
};

/** `Microsoft.KeyVault/vaults` → KeyVault. Property names and defaults follow the 2026-02-01 REST API. */
export function adaptKeyVaults(index: ArmIndex): KeyVault[] {
  return index.ofType(KEY_VAULT).map((r) => adaptKeyVault(r, index));
}

function adaptKeyVault(r: ArmResource, index: ArmIndex): KeyVault {
  const f = new FieldReader(r.complete);
  const p = r.properties;
  const connections = privateEndpointConnectionsOf(r, index);
  return {
    ...baseOf(r, f.defaulted, KEY_VAULT_PATHS),
    publicNetworkAccess: f.read('publicNetworkAccess', p?.string('publicNetworkAccess'), 'Enabled'),
    privateEndpointIds: privateEndpointIdsOf(r, index, f),
    diagnosticSettings: adaptDiagnosticSettings(r, index),
    apiVersion: r.apiVersion,
    skuName: f.stated(p?.child('sku')?.string('name') ?? r.node.child('sku')?.string('name')),
    enableSoftDelete: f.read('enableSoftDelete', p?.bool('enableSoftDelete'), true),
    softDeleteRetentionInDays: f.read('softDeleteRetentionInDays', p?.number('softDeleteRetentionInDays'), 90),
    // The API accepts only true and omits the property while it is off: a complete body without it has none.
    enablePurgeProtection: f.read('enablePurgeProtection', p?.bool('enablePurgeProtection'), false),
    enableRbacAuthorization: f.read('enableRbacAuthorization', p?.bool('enableRbacAuthorization'), rbacDefault(r.apiVersion)),
    networkAcls: networkAclsOf(p?.child('networkAcls'), f),
    accessPolicies: f.read('accessPolicies', accessPoliciesOf(p?.children('accessPolicies')), [] as KeyVaultAccessPolicy[]),
    privateEndpointConnections: f.read('privateEndpointConnections', connections, []),
  };
}

/**
 * Vaults created with api-version 2026-02-01 or later default to Azure RBAC, earlier ones to
 * access policies; without the body's api-version the default is not known.
 */
function rbacDefault(apiVersion: string | null): boolean | undefined {
  if (!apiVersion || !/^\d{4}-\d{2}-\d{2}/.test(apiVersion)) return undefined;
  return apiVersion.slice(0, 10) >= RBAC_BY_DEFAULT_SINCE;
}

/** A vault without `networkAcls` has no firewall: every network may connect, trusted services included. */
function networkAclsOf(acls: Node | undefined, f: FieldReader): KeyVaultNetworkAcls {
  const subnets = acls?.children('virtualNetworkRules')?.flatMap((rule) => rule.string('id') ?? []);
  return {
    defaultAction: f.read('networkAcls.defaultAction', acls?.string('defaultAction'), 'Allow'),
    bypass: f.read('networkAcls.bypass', acls?.string('bypass'), 'AzureServices'),
    ipRules: f.read('networkAcls.ipRules', ipRulesOf(acls), [] as string[]),
    virtualNetworkRules: f.read('networkAcls.virtualNetworkRules', subnets, [] as string[]),
  };
}

function accessPoliciesOf(entries: Node[] | undefined): KeyVaultAccessPolicy[] | undefined {
  return entries?.map((entry) => {
    const permissions = entry.child('permissions');
    // Conflicting spellings of a permission list (null) read as the broadest grant, the less protective reading.
    const granted = (kind: string): string[] => {
      const list = permissions?.strings(kind);
      return list === null ? ['all'] : (list ?? []);
    };
    return {
      objectId: entry.string('objectId') ?? '(no objectId)',
      applicationId: entry.string('applicationId') ?? null,
      permissions: { keys: granted('keys'), secrets: granted('secrets'), certificates: granted('certificates'), storage: granted('storage') },
    };
  });
}
