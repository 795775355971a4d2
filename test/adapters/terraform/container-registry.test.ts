import { describe, expect, it } from 'vitest';
import { adaptTerraform } from '../../../src/adapters/terraform/adapt.ts';
import { AFTER_APPLY, Unknown, type TfValue } from '../../../src/collectors/terraform/model.ts';
import { evidence } from '../../../src/engine/evidence.ts';
import { only, run } from '../../helpers/state.ts';
import { rule, tf } from './instances.ts';

const registry = (values: Record<string, TfValue>) => tf('azurerm_container_registry.images', { name: 'acrshopprod', resource_group_name: 'rg-shop-prod', location: 'westeurope', sku: 'Premium', ...values });

describe('Terraform: Container Registry', () => {
  it('reads a v4 registry: network rule set, policies as attributes', () => {
    const r = registry({ admin_enabled: false, public_network_access_enabled: true, network_rule_set: [{ default_action: 'Deny', ip_rule: [{ action: 'Allow', ip_range: '203.0.113.0/28' }] }], trust_policy_enabled: true, retention_policy_in_days: 30, export_policy_enabled: false });
    const [acr] = adaptTerraform([r], 4).state.containerRegistries;
    expect(acr).toMatchObject({ sku: 'Premium', adminUserEnabled: false, anonymousPullEnabled: false, networkDefaultAction: 'Deny', ipRules: ['203.0.113.0/28'], networkRuleBypassOptions: 'AzureServices', policies: { trust: 'enabled', retention: 'enabled', export: 'disabled', quarantine: null } });
    expect(only(run(rule('acr-public-access-restricted'), adaptTerraform([r], 4).state)).status).toBe('pass');
  });

  it('reads v3 policy blocks; a registry without a network rule set admits everyone', () => {
    const [acr] = adaptTerraform([registry({ sku: 'Standard', trust_policy: [{ enabled: false }], retention_policy: [{ days: 7, enabled: true }] })], 3).state.containerRegistries;
    expect(acr).toMatchObject({ networkDefaultAction: 'Allow', ipRules: [], policies: { trust: 'disabled', retention: 'enabled', export: 'enabled' } });
    expect(evidence(acr!, 'networkDefaultAction').note).toMatch(/default/);
  });

  it('fails an admin user left on, and is unknown when it is known only after apply', () => {
    expect(only(run(rule('acr-admin-user-disabled'), adaptTerraform([registry({ admin_enabled: true })], 5).state)).status).toBe('fail');
    expect(only(run(rule('acr-admin-user-disabled'), adaptTerraform([registry({})], 5).state)).status).toBe('pass');
    expect(only(run(rule('acr-admin-user-disabled'), adaptTerraform([registry({ admin_enabled: new Unknown(AFTER_APPLY) })], 5).state)).status).toBe('unknown');
  });

  it('leaves the trust policy unknown where no default is documented (v3 block computed, v5 removed), and a v3/v4 disagreement unknown', () => {
    expect(adaptTerraform([registry({})], 3).state.containerRegistries[0]!.policies.trust).toBeNull();
    expect(adaptTerraform([registry({})], 4).state.containerRegistries[0]!.policies.trust).toBe('disabled');
    expect(adaptTerraform([registry({})], 5).state.containerRegistries[0]!.policies.trust).toBeNull();
    const [both] = adaptTerraform([registry({ trust_policy_enabled: true, trust_policy: [{ enabled: false }] })], 3).state.containerRegistries;
    expect(both!.policies.trust).toBeNull();
    expect(both!.provenance.conflicting).toContain('policies.trust');
  });
});
