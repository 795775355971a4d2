import type { StorageAccount } from '../../state/storage-account.ts';
import { baseOf } from './base.ts';
import type { ArmResource } from './collect-resources.ts';
import { DIAGNOSTIC_SETTINGS_PATH, adaptDiagnosticSettings } from './diagnostic-settings.ts';
import { FieldReader } from './fields.ts';
import type { ArmIndex } from './index-resources.ts';
import { ipRulesOf } from './ip-rules.ts';
import { privateEndpointIdsOf } from './private-endpoint-connections.ts';

export const STORAGE_ACCOUNT = 'microsoft.storage/storageaccounts';
export const STORAGE_PRIVATE_ENDPOINT_CONNECTION = 'microsoft.storage/storageaccounts/privateendpointconnections';

/** ARM types this adapter reads. */
export const STORAGE_ACCOUNT_TYPES: readonly string[] = [STORAGE_ACCOUNT, STORAGE_PRIVATE_ENDPOINT_CONNECTION];

/** Source path of each state field a rule reports on, in the REST body. */
export const STORAGE_ACCOUNT_PATHS: Readonly<Record<string, string>> = {
  ...DIAGNOSTIC_SETTINGS_PATH,
  kind: 'kind',
  sku: 'sku.name',
  publicNetworkAccess: 'properties.publicNetworkAccess',
  privateEndpointIds: 'properties.privateEndpointConnections',
  networkDefaultAction: 'properties.networkAcls.defaultAction',
  ipRules: 'properties.networkAcls.ipRules',
  virtualNetworkSubnetIds: 'properties.networkAcls.virtualNetworkRules',
  networkBypass: 'properties.networkAcls.bypass',
  allowBlobPublicAccess: 'properties.allowBlobPublicAccess',
  minimumTlsVersion: 'properties.minimumTlsVersion',
  supportsHttpsTrafficOnly: 'properties.supportsHttpsTrafficOnly',
  allowSharedKeyAccess: 'properties.allowSharedKeyAccess',
};

/** `Microsoft.Storage/storageAccounts` → StorageAccount. Property names and defaults follow the 2025-01-01 REST API. */
export function adaptStorageAccounts(index: ArmIndex): StorageAccount[] {
  return index.ofType(STORAGE_ACCOUNT).map((r) => adaptAccount(r, index));
}

function adaptAccount(r: ArmResource, index: ArmIndex): StorageAccount {
  const f = new FieldReader(r.complete);
  const p = r.properties;
  const acls = p?.child('networkAcls');
  return {
    ...baseOf(r, f.defaulted, STORAGE_ACCOUNT_PATHS),
    kind: f.stated(r.node.string('kind')),
    sku: f.stated(r.node.child('sku')?.string('name')),
    // No documented default, and accounts created before the property existed omit it: unknown when absent.
    publicNetworkAccess: f.stated(p?.string('publicNetworkAccess')),
    networkDefaultAction: f.read('networkDefaultAction', acls?.string('defaultAction'), 'Allow'),
    ipRules: f.read('ipRules', ipRulesOf(acls), [] as string[]),
    virtualNetworkSubnetIds: f.read('virtualNetworkSubnetIds', acls?.children('virtualNetworkRules')?.map((v) => v.string('id')).filter((id): id is string => id !== undefined), [] as string[]),
    networkBypass: f.read('networkBypass', acls?.string('bypass'), 'AzureServices'),
    // Newer accounts are created with it false; the service permits anonymous access while it is null (never set).
    allowBlobPublicAccess: f.read('allowBlobPublicAccess', p?.bool('allowBlobPublicAccess'), true),
    minimumTlsVersion: f.read('minimumTlsVersion', p?.string('minimumTlsVersion'), 'TLS1_0'),
    supportsHttpsTrafficOnly: f.stated(p?.bool('supportsHttpsTrafficOnly')),
    allowSharedKeyAccess: f.read('allowSharedKeyAccess', p?.bool('allowSharedKeyAccess'), true),
    privateEndpointIds: privateEndpointIdsOf(r, index, f),
    diagnosticSettings: adaptDiagnosticSettings(r, index),
  };
}
