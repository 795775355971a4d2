import { describe, expect, it } from 'vitest';
import { adaptTerraform } from '../../../src/adapters/terraform/adapt.ts';
import { AFTER_APPLY, Unknown, type TfValue } from '../../../src/collectors/terraform/model.ts';
import { evidence } from '../../../src/engine/evidence.ts';
import { RULES } from '../../../src/rules/index.ts';
import { only, run } from '../../helpers/state.ts';
import { tfResource } from '../../helpers/terraform.ts';

const cluster = (values: Record<string, TfValue>) =>
  tfResource('module.aks.azurerm_kubernetes_cluster.this', { name: 'aks-shop-prod', resource_group_name: 'rg-shop-prod', location: 'westeurope', identity: [{ type: 'UserAssigned' }], ...values }, { file: 'modules/aks/main.tf', line: 3 });
const adapted = (values: Record<string, TfValue>, major: 3 | 4 | 5 | null = 4) => adaptTerraform([cluster(values)], major).state.clusters[0]!;
const rule = (id: string) => RULES.find((r) => r.id === id)!;

describe('Terraform: AKS cluster', () => {
  it('reads the v3 and the v4 names of the upgrade channels alike', () => {
    expect(adapted({ automatic_channel_upgrade: 'stable', node_os_channel_upgrade: 'SecurityPatch' }, 3)).toMatchObject({ autoUpgradeChannel: 'stable', nodeOsUpgradeChannel: 'SecurityPatch' });
    expect(adapted({ automatic_upgrade_channel: 'patch', node_os_upgrade_channel: 'NodeImage' }, 4)).toMatchObject({ autoUpgradeChannel: 'patch', nodeOsUpgradeChannel: 'NodeImage' });
  });

  it('applies each major version own defaults, and none where the version is not known and they differ', () => {
    expect(adapted({}, 4).oidcIssuerEnabled).toBe(false);
    expect(adapted({}, 5).oidcIssuerEnabled).toBe(true);
    expect(adapted({}, null).oidcIssuerEnabled).toBeNull();
    expect(adapted({}, 3).nodeOsUpgradeChannel).toBeNull();
    expect(adapted({}, 4).nodeOsUpgradeChannel).toBe('NodeImage');
  });

  it('takes the legacy top-level authorized ranges of v3 and the profile block of v4, and is unknown when they disagree', () => {
    expect(adapted({ api_server_authorized_ip_ranges: ['203.0.113.0/24'] }, 3).apiServer.authorizedIpRanges).toEqual(['203.0.113.0/24']);
    expect(adapted({ api_server_access_profile: [{ authorized_ip_ranges: ['198.51.100.0/24'] }] }).apiServer.authorizedIpRanges).toEqual(['198.51.100.0/24']);
    expect(adapted({ api_server_access_profile: [{ authorized_ip_ranges: ['198.51.100.0/24'] }], api_server_authorized_ip_ranges: ['0.0.0.0/0'] }, 3).apiServer.authorizedIpRanges).toBeNull();
  });

  it('turns add-on blocks into enabled add-ons, and an unknown block into an unknown add-on', () => {
    const c = adapted({ oms_agent: [{ log_analytics_workspace_id: new Unknown(AFTER_APPLY) }], key_vault_secrets_provider: new Unknown(AFTER_APPLY), azure_policy_enabled: true });
    expect(c.addons).toMatchObject({ omsagent: { enabled: true }, azurekeyvaultsecretsprovider: { enabled: null }, azurepolicy: { enabled: true }, httpapplicationrouting: { enabled: false } });
  });

  it('judges the local-accounts rule on a stated value with the attribute line, and fails the unset default', () => {
    const stated = adaptTerraform([tfResource('azurerm_kubernetes_cluster.main', { local_account_disabled: true }, { lines: { local_account_disabled: 22 }, file: 'infra/aks.tf' })], 4).state;
    expect(evidence(stated.clusters[0]!, 'localAccountsDisabled')).toMatchObject({ path: 'local_account_disabled', file: 'infra/aks.tf', line: 22 });
    expect(only(run(rule('aks-local-accounts-disabled'), stated)).status).toBe('pass');
    expect(only(run(rule('aks-local-accounts-disabled'), adaptTerraform([cluster({})], 4).state)).status).toBe('fail');
  });
});
