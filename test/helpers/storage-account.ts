import type { StorageAccount } from '../../src/state/storage-account.ts';
import { STORAGE_ACCOUNT_PATHS } from '../../src/adapters/arm/storage-account.ts';
import { provenanceWith, resource } from './state.ts';

/** A storage account as a hardened estate has it: private, HTTPS only, TLS 1.2, no shared keys. */
export function storageAccount(overrides: Partial<StorageAccount> = {}): StorageAccount {
  const name = overrides.name ?? 'stprod';
  const base = resource('Microsoft.Storage/storageAccounts', name);
  return {
    ...base,
    kind: 'StorageV2',
    sku: 'Standard_ZRS',
    publicNetworkAccess: 'Disabled',
    networkDefaultAction: 'Deny',
    ipRules: [],
    virtualNetworkSubnetIds: [],
    networkBypass: 'AzureServices',
    allowBlobPublicAccess: false,
    minimumTlsVersion: 'TLS1_2',
    supportsHttpsTrafficOnly: true,
    allowSharedKeyAccess: false,
    privateEndpointIds: [`${base.id.split('/providers/')[0]}/providers/Microsoft.Network/privateEndpoints/pe-${name}`],
    diagnosticSettings: [],
    ...overrides,
    provenance: provenanceWith(STORAGE_ACCOUNT_PATHS, overrides),
  };
}
