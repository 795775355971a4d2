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
    expect(c.addons).toMatchObject({ containerInsights: { enabled: true }, keyVaultSecretsProvider: { enabled: null }, azurePolicy: { enabled: true }, httpApplicationRouting: { enabled: false } });
  });

  it('reads the default node pool and separate node pools as pools of the cluster, joined to their subnet through references', () => {
    const subnet = tfResource('azurerm_subnet.nodes', { name: 'snet-nodes', id: new Unknown(AFTER_APPLY) });
    const c = cluster({ default_node_pool: [{ name: 'system', node_count: 3, enable_host_encryption: true, vnet_subnet_id: new Unknown(AFTER_APPLY), zones: ['1', '2', '3'] }] });
    c.references['default_node_pool[0].vnet_subnet_id'] = 'azurerm_subnet.nodes';
    const apps = tfResource('azurerm_kubernetes_cluster_node_pool.apps', { name: 'apps', node_public_ip_enabled: true, vm_size: 'Standard_D4ds_v5' }, { references: { kubernetes_cluster_id: 'module.aks.azurerm_kubernetes_cluster.this' }, lines: { node_public_ip_enabled: 9 }, file: 'infra/pools.tf' });
    const { state } = adaptTerraform([c, subnet, apps], 3);
    const pools = state.clusters[0]!.agentPools!;
    expect(pools.map((p) => [p.name, p.mode, p.enableEncryptionAtHost, p.enableNodePublicIP, p.vnetSubnetId, p.parent?.name])).toEqual([
      ['system', 'System', true, false, 'azurerm_subnet.nodes', 'aks-shop-prod'],
      ['apps', 'User', false, true, null, 'aks-shop-prod'],
    ]);
    expect(evidence(pools[0]!, 'enableEncryptionAtHost').path).toBe('default_node_pool[0].enable_host_encryption');
    const publicIp = run(rule('aks-node-public-ip-disabled'), state);
    expect(publicIp.map((f) => [f.resource.name, f.status, f.evidence[0]?.file, f.evidence[0]?.line])).toEqual([
      ['system', 'pass', undefined, undefined],
      ['apps', 'fail', 'infra/pools.tf', 9],
    ]);
  });

  it('reads the autoscaler of the default pool (v3 name) and of separate pools (v4 name), and judges the User pools', () => {
    const c = cluster({ default_node_pool: [{ name: 'system', node_count: 3, enable_auto_scaling: true, min_count: 3, max_count: 5 }] });
    const pool = (name: string, values: Record<string, TfValue>) => tfResource(`azurerm_kubernetes_cluster_node_pool.${name}`, { name, vm_size: 'Standard_D4ds_v5', ...values }, { references: { kubernetes_cluster_id: 'module.aks.azurerm_kubernetes_cluster.this' }, file: 'infra/pools.tf', lines: { max_count: 12 } });
    const apps = pool('apps', { auto_scaling_enabled: true, min_count: 2, max_count: 10 });
    const pinned = pool('pinned', { auto_scaling_enabled: true, min_count: 4, max_count: 4 });
    const batch = pool('batch', { node_count: 2 });
    const { state } = adaptTerraform([c, apps, pinned, batch], 4);
    expect(state.clusters[0]!.agentPools!.map((p) => [p.name, p.enableAutoScaling, p.minCount, p.maxCount])).toEqual([
      ['system', true, 3, 5],
      ['apps', true, 2, 10],
      ['pinned', true, 4, 4],
      // Without the autoscaler min_count and max_count do not apply; the provider default is off.
      ['batch', false, null, null],
    ]);
    const findings = run(rule('aks-user-pool-autoscaling'), state);
    expect(findings.map((f) => [f.resource.name, f.status])).toEqual([['apps', 'pass'], ['pinned', 'fail'], ['batch', 'fail']]);
    expect(findings[0]!.evidence).toContainEqual(expect.objectContaining({ path: 'max_count', value: 10, file: 'infra/pools.tf', line: 12 }));
  });

  it('judges the local-accounts rule on a stated value with the attribute line, and fails the unset default', () => {
    const stated = adaptTerraform([tfResource('azurerm_kubernetes_cluster.main', { local_account_disabled: true }, { lines: { local_account_disabled: 22 }, file: 'infra/aks.tf' })], 4).state;
    expect(evidence(stated.clusters[0]!, 'localAccountsDisabled')).toMatchObject({ path: 'local_account_disabled', file: 'infra/aks.tf', line: 22 });
    expect(only(run(rule('aks-local-accounts-disabled'), stated)).status).toBe('pass');
    expect(only(run(rule('aks-local-accounts-disabled'), adaptTerraform([cluster({})], 4).state)).status).toBe('fail');
  });
});
