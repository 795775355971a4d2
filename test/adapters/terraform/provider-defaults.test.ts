import { describe, expect, it } from 'vitest';
import { adaptTerraform } from '../../../src/adapters/terraform/adapt.ts';
import { readPlan } from '../../../src/collectors/terraform/read-plan.ts';
import { evidence } from '../../../src/engine/evidence.ts';
import { RULES } from '../../../src/rules/index.ts';
import { run } from '../../helpers/state.ts';

/**
 * An azurerm v5 plan: `planned_values` and `after` hold every attribute, the configuration writes
 * a few. What it leaves out is the provider's default (`oidc_issuer_enabled` is true by default in
 * v5), and the evidence says so; the verdicts are those of the values.
 */
const CLUSTER_AFTER = {
  name: 'aks-shop',
  location: 'westeurope',
  resource_group_name: 'rg-shop',
  oidc_issuer_enabled: true,
  workload_identity_enabled: true,
  local_account_disabled: false,
  private_cluster_enabled: null,
  sku_tier: 'Free',
  default_node_pool: [{ name: 'system', node_public_ip_enabled: false, host_encryption_enabled: true, zones: ['1', '2', '3'], node_count: 3 }],
};
const CLUSTER_EXPRESSIONS = {
  name: { constant_value: 'aks-shop' },
  location: { constant_value: 'westeurope' },
  resource_group_name: { constant_value: 'rg-shop' },
  workload_identity_enabled: { constant_value: true },
  default_node_pool: [{ name: { constant_value: 'system' }, host_encryption_enabled: { constant_value: true }, zones: { constant_value: ['1', '2', '3'] }, node_count: { constant_value: 3 } }],
};

function plan(configuration: boolean, address = 'azurerm_kubernetes_cluster.main') {
  const change = { actions: ['create'], before: null, after: CLUSTER_AFTER, after_unknown: { private_cluster_enabled: true }, after_sensitive: { local_account_disabled: true } };
  const block = { address: 'azurerm_kubernetes_cluster.main', mode: 'managed', type: 'azurerm_kubernetes_cluster', name: 'main', provider_config_key: 'azurerm', expressions: CLUSTER_EXPRESSIONS };
  const module = address.startsWith('module.') ? { module_calls: { aks: { source: './modules/aks', count_expression: { constant_value: 2 }, module: { resources: [block] } } } } : { resources: [block] };
  const addresses = address.startsWith('module.') ? [0, 1].map((i) => `module.aks[${i}].azurerm_kubernetes_cluster.main`) : [address];
  return {
    format_version: '1.2',
    resource_changes: addresses.map((a) => ({ address: a, mode: 'managed', type: 'azurerm_kubernetes_cluster', name: 'main', change })),
    ...(configuration ? { configuration: { provider_config: { azurerm: { name: 'azurerm', version_constraint: '~> 5.0' } }, root_module: module } } : {}),
  };
}

const clustersOf = (json: object) => adaptTerraform(readPlan(json, { file: 'plan.json', source: 'terraform:plan.json' }).resources, 5).state;

describe('a plan\'s provider defaults', () => {
  it('marks what the configuration leaves to the provider defaulted, and what it writes stated', () => {
    const [cluster] = clustersOf(plan(true)).clusters;
    expect(cluster!.oidcIssuerEnabled).toBe(true);
    expect(evidence(cluster!, 'oidcIssuerEnabled')).toMatchObject({ value: true, note: 'not set in the configuration; the plan holds the provider default' });
    expect(evidence(cluster!, 'workloadIdentityEnabled')).toEqual({ path: 'workload_identity_enabled', value: true });
    expect(evidence(cluster!, 'skuTier').note).toMatch(/provider default/);
  });

  it('never takes a value known only after apply, or a sensitive one, for a default', () => {
    const [cluster] = clustersOf(plan(true)).clusters;
    expect(evidence(cluster!, 'apiServer.privateCluster')).toMatchObject({ value: null, note: 'known only after apply' });
    expect(evidence(cluster!, 'localAccountsDisabled')).toMatchObject({ value: null, note: 'sensitive, so not read' });
    expect(cluster!.provenance.defaulted).not.toContain('apiServer.privateCluster');
    expect(cluster!.provenance.defaulted).not.toContain('localAccountsDisabled');
  });

  it('looks into nested blocks: a pool attribute left out is the provider\'s, one written is stated', () => {
    const [pool] = clustersOf(plan(true)).clusters[0]!.agentPools ?? [];
    expect(evidence(pool!, 'enableNodePublicIP')).toMatchObject({ path: 'default_node_pool[0].node_public_ip_enabled', value: false, note: 'not set in the configuration; the plan holds the provider default' });
    expect(evidence(pool!, 'enableEncryptionAtHost')).toEqual({ path: 'default_node_pool[0].host_encryption_enabled', value: true });
  });

  it('reads every instance of a module called with count against the module\'s block', () => {
    const clusters = clustersOf(plan(true, 'module.aks')).clusters;
    expect(clusters.map((c) => c.id)).toEqual(['module.aks[0].azurerm_kubernetes_cluster.main', 'module.aks[1].azurerm_kubernetes_cluster.main']);
    for (const cluster of clusters) {
      expect(evidence(cluster, 'oidcIssuerEnabled').note).toBe('not set in the configuration; the plan holds the provider default');
      expect(evidence(cluster, 'workloadIdentityEnabled').note).toBeUndefined();
    }
  });

  it('reads every value as stated when the plan has no configuration, and gives the same verdicts either way', () => {
    const bare = clustersOf(plan(false));
    expect(evidence(bare.clusters[0]!, 'oidcIssuerEnabled')).toEqual({ path: 'oidc_issuer_enabled', value: true });
    const configured = clustersOf(plan(true));
    for (const rule of RULES) {
      const statuses = (state: typeof bare) => run(rule, state).map((f) => `${f.resource.id} ${f.status}`);
      expect(statuses(configured), rule.id).toEqual(statuses(bare));
    }
  });
});
