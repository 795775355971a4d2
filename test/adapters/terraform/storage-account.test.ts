import { describe, expect, it } from 'vitest';
import { adaptTerraform } from '../../../src/adapters/terraform/adapt.ts';
import { AFTER_APPLY, Unknown, type TfValue } from '../../../src/collectors/terraform/model.ts';
import { evidence } from '../../../src/engine/evidence.ts';
import { only, run } from '../../helpers/state.ts';
import { rule, tf } from './instances.ts';

const account = (values: Record<string, TfValue>) => tf('azurerm_storage_account.logs', { name: 'stshoplogs', resource_group_name: 'rg-shop-prod', location: 'westeurope', account_tier: 'Standard', account_replication_type: 'ZRS', ...values });

describe('Terraform: storage account', () => {
  it('reads a v4 account with its inline firewall', () => {
    const a = account({ https_traffic_only_enabled: true, min_tls_version: 'TLS1_2', shared_access_key_enabled: false, network_rules: [{ default_action: 'Deny', ip_rules: ['203.0.113.10'], virtual_network_subnet_ids: [], bypass: ['AzureServices', 'Logging'] }] });
    const [s] = adaptTerraform([a], 4).state.storageAccounts;
    expect(s).toMatchObject({ kind: 'StorageV2', sku: 'Standard_ZRS', supportsHttpsTrafficOnly: true, minimumTlsVersion: 'TLS1_2', allowSharedKeyAccess: false, allowBlobPublicAccess: true, networkDefaultAction: 'Deny', ipRules: ['203.0.113.10'], virtualNetworkSubnetIds: [], networkBypass: 'AzureServices, Logging' });
    expect(only(run(rule('storage-secure-transfer'), adaptTerraform([a], 4).state)).status).toBe('pass');
  });

  it('reads v3 spellings, and the firewall of an azurerm_storage_account_network_rules referring to the account', () => {
    const a = account({ enable_https_traffic_only: false, allow_nested_items_to_be_public: false });
    const rules = tf('azurerm_storage_account_network_rules.logs', { storage_account_id: new Unknown(AFTER_APPLY), default_action: 'Deny', ip_rules: [] }, { references: { storage_account_id: 'azurerm_storage_account.logs' } });
    const [s] = adaptTerraform([a, rules], 3).state.storageAccounts;
    expect(s).toMatchObject({ supportsHttpsTrafficOnly: false, allowBlobPublicAccess: false, networkDefaultAction: 'Deny', ipRules: [], networkBypass: 'AzureServices' });
    expect(evidence(s!, 'networkDefaultAction').path).toBe('azurerm_storage_account_network_rules.logs.default_action');
    expect(only(run(rule('storage-secure-transfer'), adaptTerraform([a], 3).state)).status).toBe('fail');
  });

  it('judges anonymous access, Shared Key and replication from the account, naming the replication attribute', () => {
    const hardened = account({ account_replication_type: 'GZRS', allow_nested_items_to_be_public: false, shared_access_key_enabled: false });
    const state = adaptTerraform([hardened], 4).state;
    for (const id of ['storage-blob-anonymous-access-disabled', 'storage-shared-key-access-disabled', 'storage-geo-replicated']) expect(only(run(rule(id), state)).status, id).toBe('pass');
    expect(only(run(rule('storage-geo-replicated'), state)).evidence[0]).toMatchObject({ path: 'account_replication_type', value: 'Standard_GZRS' });
    // The v4 defaults: nested items public, Shared Key on; ZRS stays in one region.
    const defaults = adaptTerraform([account({})], 4).state;
    for (const id of ['storage-blob-anonymous-access-disabled', 'storage-shared-key-access-disabled', 'storage-geo-replicated']) expect(only(run(rule(id), defaults)).status, id).toBe('fail');
    expect(only(run(rule('storage-geo-replicated'), adaptTerraform([account({ account_replication_type: new Unknown(AFTER_APPLY) })], 4).state)).status).toBe('unknown');
  });

  it('takes the defaults of the major: nested items public by default until 5.0, unknown when the major is not known', () => {
    expect(adaptTerraform([account({})], 4).state.storageAccounts[0]!.allowBlobPublicAccess).toBe(true);
    expect(adaptTerraform([account({})], 5).state.storageAccounts[0]!.allowBlobPublicAccess).toBe(false);
    expect(adaptTerraform([account({})], null).state.storageAccounts[0]!.allowBlobPublicAccess).toBeNull();
    const [s] = adaptTerraform([account({})], 4).state.storageAccounts;
    expect(s).toMatchObject({ networkDefaultAction: 'Allow', minimumTlsVersion: 'TLS1_2', supportsHttpsTrafficOnly: true, publicNetworkAccess: 'Enabled' });
    expect(s!.provenance.defaulted).toContain('networkDefaultAction');
  });

  it('is unknown for an inline firewall known only after apply, and for the two HTTPS spellings disagreeing', () => {
    const [later] = adaptTerraform([account({ network_rules: new Unknown(AFTER_APPLY) })], 3).state.storageAccounts;
    expect(later!.networkDefaultAction).toBeNull();
    expect(evidence(later!, 'networkDefaultAction').note).toBe(AFTER_APPLY);
    const [both] = adaptTerraform([account({ enable_https_traffic_only: true, https_traffic_only_enabled: false })], 3).state.storageAccounts;
    expect(both!.supportsHttpsTrafficOnly).toBeNull();
    expect(both!.provenance.conflicting).toContain('supportsHttpsTrafficOnly');
  });
});
