import { describe, expect, it } from 'vitest';
import { adaptTerraform } from '../../../src/adapters/terraform/adapt.ts';
import { AFTER_APPLY, Unknown, type TfResource, type TfValue } from '../../../src/collectors/terraform/model.ts';
import { tfResource } from '../../helpers/terraform.ts';
import { evidence } from '../../../src/engine/evidence.ts';
import { RULES } from '../../../src/rules/index.ts';
import { only, run } from '../../helpers/state.ts';

const tf = (address: string, values: Record<string, TfValue>, extra: Partial<TfResource> = {}): TfResource => tfResource(address, values, { file: 'infra/security.tf', line: 10, ...extra });

const vault = (values: Record<string, TfValue>, extra: Partial<TfResource> = {}): TfResource =>
  tf('azurerm_key_vault.main', { name: 'kv-shop-prod', resource_group_name: 'rg-shop-prod', location: 'West Europe', sku_name: 'premium', tenant_id: new Unknown(AFTER_APPLY), ...values }, extra);

const rule = (id: string) => RULES.find((r) => r.id === id)!;

describe('Terraform: Key Vault', () => {
  it('reads a v4 vault: stated values with their lines, defaults noted, the private endpoint joined through its reference', () => {
    const kv = vault({ purge_protection_enabled: true, public_network_access_enabled: false, rbac_authorization_enabled: true }, { lines: { purge_protection_enabled: 17 } });
    const pe = tf('azurerm_private_endpoint.kv', { name: 'pe-kv', private_service_connection: [{ is_manual_connection: false, private_connection_resource_id: new Unknown(AFTER_APPLY) }] }, { references: { 'private_service_connection[0].private_connection_resource_id': 'azurerm_key_vault.main' } });
    const { state } = adaptTerraform([kv, pe], 4);
    const [v] = state.keyVaults;
    expect(v).toMatchObject({ id: 'azurerm_key_vault.main', name: 'kv-shop-prod', resourceGroup: 'rg-shop-prod', location: 'westeurope', subscriptionId: null, enablePurgeProtection: true, publicNetworkAccess: 'Disabled', enableRbacAuthorization: true, softDeleteRetentionInDays: 90, privateEndpointIds: ['azurerm_private_endpoint.kv'] });
    expect(v!.privateEndpointConnections).toEqual([{ privateEndpointId: 'azurerm_private_endpoint.kv', status: 'Approved' }]);
    expect(evidence(v!, 'enablePurgeProtection')).toEqual({ path: 'purge_protection_enabled', value: true, file: 'infra/security.tf', line: 17 });
    expect(evidence(v!, 'softDeleteRetentionInDays').note).toMatch(/default/);
    expect(only(run(rule('keyvault-purge-protection-enabled'), state)).status).toBe('pass');
  });

  it('reads the v3 spelling of RBAC authorization, and leaves a v5 vault that omits it unknown (required there, no default)', () => {
    expect(adaptTerraform([vault({ enable_rbac_authorization: false })], 3).state.keyVaults[0]!.enableRbacAuthorization).toBe(false);
    expect(adaptTerraform([vault({})], 3).state.keyVaults[0]!.enableRbacAuthorization).toBe(false);
    expect(adaptTerraform([vault({})], 5).state.keyVaults[0]!.enableRbacAuthorization).toBeNull();
    expect(adaptTerraform([vault({})], null).state.keyVaults[0]!.enableRbacAuthorization).toBeNull();
  });

  it('fails purge protection left unset, and is unknown when it is known only after apply', () => {
    const unset = run(rule('keyvault-purge-protection-enabled'), adaptTerraform([vault({ purge_protection_enabled: null })], 4).state);
    expect(only(unset).status).toBe('fail');
    const later = only(run(rule('keyvault-purge-protection-enabled'), adaptTerraform([vault({ purge_protection_enabled: new Unknown(AFTER_APPLY) })], 4).state));
    expect(later.status).toBe('unknown');
  });

  it('leaves a vault being destroyed unjudged', () => {
    expect(adaptTerraform([vault({}, { action: 'delete' })], 4).state.keyVaults).toEqual([]);
  });

  it('counts azurerm types it does not read', () => {
    expect(adaptTerraform([vault({}), tf('azurerm_log_analytics_workspace.logs', {})], 4).unrecognized).toEqual([{ type: 'azurerm_log_analytics_workspace', count: 1 }]);
  });
});
