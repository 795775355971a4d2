import type { TfResource, TfValue } from '../../collectors/terraform/model.ts';
import type { StorageAccount } from '../../state/storage-account.ts';
import { asBool, asString, asStrings, type AttributeReader } from './attributes.ts';
import { tfBase } from './base.ts';
import { blockAbsent, readFrom } from './children.ts';
import type { TfIndex } from './index-resources.ts';
import { linkTargetOf } from './link-target.ts';
import { enabledOf } from './key-vault.ts';

const STORAGE_ACCOUNT = 'azurerm_storage_account';
const NETWORK_RULES = 'azurerm_storage_account_network_rules';
export const STORAGE_ACCOUNT_TYPES = [STORAGE_ACCOUNT, NETWORK_RULES];

/**
 * `azurerm_storage_account` (with an `azurerm_storage_account_network_rules` on it) →
 * StorageAccount. Names and defaults per the provider's documentation, v3.117 to v5.2:
 * `enable_https_traffic_only` became `https_traffic_only_enabled` (both in late v3), and 5.0
 * turned `allow_nested_items_to_be_public` off by default (v2 called it `allow_blob_public_access`).
 */
export function adaptStorageAccounts(index: TfIndex): StorageAccount[] {
  return index.ofType(STORAGE_ACCOUNT).map((r) => adaptAccount(r, index));
}

function adaptAccount(r: TfResource, index: TfIndex): StorageAccount {
  const f = index.reader(r);
  const base = tfBase(r, 'microsoft.storage/storageaccounts', index.ids, f);
  const tier = f.read('sku', 'account_tier', asString);
  const replication = f.read('sku', 'account_replication_type', asString);
  // The replication half is what rules judge the SKU by.
  f.provenance.paths.sku = 'account_replication_type';
  return {
    ...linkTargetOf(base, index, f, enabledOf(f.read('publicNetworkAccess', 'public_network_access_enabled', asBool, true))),
    kind: f.read('kind', 'account_kind', asString, 'StorageV2'),
    sku: tier === null || replication === null ? null : `${tier}_${replication}`,
    ...networkRulesOf(r, base.id, f, index),
    allowBlobPublicAccess: f.read('allowBlobPublicAccess', ['allow_nested_items_to_be_public', 'allow_blob_public_access'], asBool, index.byMajor({ 3: true, 4: true, 5: false })),
    minimumTlsVersion: f.read('minimumTlsVersion', 'min_tls_version', asString, 'TLS1_2'),
    supportsHttpsTrafficOnly: f.read('supportsHttpsTrafficOnly', ['https_traffic_only_enabled', 'enable_https_traffic_only'], asBool, true),
    allowSharedKeyAccess: f.read('allowSharedKeyAccess', 'shared_access_key_enabled', asBool, true),
  };
}

type NetworkFields = Pick<StorageAccount, 'networkDefaultAction' | 'ipRules' | 'virtualNetworkSubnetIds' | 'networkBypass'>;

/**
 * The firewall from an `azurerm_storage_account_network_rules` on the account (which then
 * owns it), else the inline `network_rules` block. Without either the account has no firewall.
 */
function networkRulesOf(r: TfResource, accountId: string, f: AttributeReader, index: TfIndex): NetworkFields {
  const [separate, ...more] = index.referring(accountId, NETWORK_RULES, 'storage_account_id');
  if (more.length) {
    // Two resources own one firewall: which wins depends on apply order.
    const fields = ['networkDefaultAction', 'ipRules', 'virtualNetworkSubnetIds', 'networkBypass'];
    (f.provenance.conflicting ??= []).push(...fields);
    return { networkDefaultAction: null, ipRules: null, virtualNetworkSubnetIds: null, networkBypass: null };
  }
  if (separate) {
    // Its `bypass` is documented to default to AzureServices.
    return {
      networkDefaultAction: readFrom(f, r, separate, 'networkDefaultAction', 'default_action', asString),
      ipRules: readFrom(f, r, separate, 'ipRules', 'ip_rules', asStrings, [] as string[]),
      virtualNetworkSubnetIds: readFrom(f, r, separate, 'virtualNetworkSubnetIds', 'virtual_network_subnet_ids', asStrings, [] as string[]),
      networkBypass: readFrom(f, r, separate, 'networkBypass', 'bypass', bypassOf, 'AzureServices'),
    };
  }
  const none = blockAbsent(f, 'network_rules');
  return {
    networkDefaultAction: f.read('networkDefaultAction', 'network_rules[0].default_action', asString, none ? 'Allow' : undefined),
    ipRules: f.read('ipRules', 'network_rules[0].ip_rules', asStrings, [] as string[]),
    virtualNetworkSubnetIds: f.read('virtualNetworkSubnetIds', 'network_rules[0].virtual_network_subnet_ids', asStrings, [] as string[]),
    // The inline block's `bypass` is computed and documents no default.
    networkBypass: f.read('networkBypass', 'network_rules[0].bypass', bypassOf, none ? 'AzureServices' : undefined),
  };
}

/** `bypass = ["AzureServices", "Logging"]` in the API's comma-separated spelling. */
function bypassOf(v: TfValue): string | undefined {
  return asStrings(v)?.join(', ');
}
