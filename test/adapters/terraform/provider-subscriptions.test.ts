import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adaptTerraformReads } from '../../../src/adapters/terraform/adapt.ts';
import { displayPath } from '../../../src/collectors/files/expand-inputs.ts';
import { collectTerraform } from '../../../src/collectors/terraform/collect.ts';
import { mergeStates } from '../../../src/state/merge.ts';
import type { State } from '../../../src/state/state.ts';
import { workDir } from '../../cli/run-main.ts';
import { run } from '../../helpers/state.ts';
import { rule } from './instances.ts';

const PROD = '5f1c2a9e-3b7d-4c8e-a6f2-91d4e0b7c3a1';
const SHARED = '0d6e8b1f-2a4c-4e7b-9c3d-5f8a1b2c4d6e';

/** The paths read and adapted as `--terraform` reads them. */
async function scanned(...paths: string[]): Promise<State> {
  const { reads } = await collectTerraform(paths);
  return mergeStates(adaptTerraformReads(reads).map((adapted) => adapted.state));
}

function folder(files: Record<string, string>): string {
  const dir = workDir();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const CLUSTER = (extra = '') => `resource "azurerm_kubernetes_cluster" "main" {
  name                = "aks-shop"
  location            = "westeurope"
  resource_group_name = "rg-shop"
  dns_prefix          = "shop"
  ${extra}
  default_node_pool {
    name    = "system"
    vm_size = "Standard_D4ds_v5"
  }
  identity {
    type = "SystemAssigned"
  }
  microsoft_defender {
    log_analytics_workspace_id = "/subscriptions/${PROD}/resourceGroups/rg-ops/providers/Microsoft.OperationalInsights/workspaces/log-ops"
  }
}
`;
const PRICING = (tier: string, extra = '') => `resource "azurerm_security_center_subscription_pricing" "containers" {
  tier          = "${tier}"
  resource_type = "Containers"
  ${extra}
}
`;

/** A plan of one cluster and the Containers pricing, with its provider block's subscription_id when given. */
function plan(tier: string, subscription?: object, variables?: object): object {
  const change = (after: object) => ({ actions: ['create'], before: null, after, after_unknown: {} });
  const resources = [
    { address: 'azurerm_kubernetes_cluster.main', mode: 'managed', type: 'azurerm_kubernetes_cluster', name: 'main', change: change({ name: 'aks-shop', location: 'westeurope', resource_group_name: 'rg-shop', microsoft_defender: [{ log_analytics_workspace_id: 'x' }], default_node_pool: [{ name: 'system' }] }) },
    { address: 'azurerm_security_center_subscription_pricing.containers', mode: 'managed', type: 'azurerm_security_center_subscription_pricing', name: 'containers', change: change({ tier, resource_type: 'Containers', subplan: null, extension: [] }) },
  ];
  const block = (r: (typeof resources)[number]) => ({ address: r.address, mode: 'managed', type: r.type, name: r.name, provider_config_key: 'azurerm', expressions: {} });
  return {
    format_version: '1.2',
    resource_changes: resources,
    ...(variables ? { variables } : {}),
    configuration: {
      provider_config: { azurerm: { name: 'azurerm', full_name: 'registry.terraform.io/hashicorp/azurerm', expressions: { features: [{}], ...(subscription ? { subscription_id: subscription } : {}) } } },
      root_module: { resources: resources.map(block), variables: { subscription_id: { sensitive: false } } },
    },
  };
}

function planFile(name: string, json: object): string {
  const file = join(workDir(), name);
  writeFileSync(file, JSON.stringify(json));
  return file;
}

const defenderOf = (state: State) => run(rule('aks-defender-for-containers-enabled'), state).map((f) => [f.resource.id, f.status]);

describe('the subscription a Terraform resource deploys into', () => {
  it('is the azurerm provider block\'s subscription_id in a plan: a constant, or a root variable the plan gives', async () => {
    const constant = await scanned(planFile('a.json', plan('Standard', { constant_value: PROD.toUpperCase() })));
    expect(constant.clusters[0]).toMatchObject({ id: 'azurerm_kubernetes_cluster.main', subscriptionId: PROD, origin: { provider: 'azurerm' } });
    expect(constant.subscriptions.map((s) => [s.id, s.subscriptionId])).toEqual([[`/subscriptions/${PROD}`, PROD]]);
    // Built as Azure will name it, so a plan and an export of the applied pricing are one resource.
    expect(constant.subscriptions[0]!.defenderPlans!.map((p) => p.id)).toEqual([`/subscriptions/${PROD}/providers/Microsoft.Security/pricings/Containers`]);
    expect(defenderOf(constant)).toEqual([['azurerm_kubernetes_cluster.main', 'pass']]);

    const variable = await scanned(planFile('b.json', plan('Standard', { references: ['var.subscription_id'] }, { subscription_id: { value: PROD } })));
    expect(variable.clusters[0]!.subscriptionId).toBe(PROD);
    const secret = plan('Standard', { references: ['var.subscription_id'] }, { subscription_id: { value: PROD } }) as { configuration: { root_module: { variables: object } } };
    secret.configuration.root_module.variables = { subscription_id: { sensitive: true } };
    expect((await scanned(planFile('c.json', secret))).clusters[0]!.subscriptionId).toBeNull();
  });

  it('is the provider block\'s subscription_id in a .tf folder: a literal, a variable from terraform.tfvars, a module inheriting it', async () => {
    const dir = folder({
      'providers.tf': 'variable "subscription_id" {\n  type = string\n}\n\nprovider "azurerm" {\n  features {}\n  subscription_id = var.subscription_id\n}\n',
      'terraform.tfvars': `subscription_id = "${PROD}"\n`,
      'main.tf': `${PRICING('Standard')}\nmodule "aks" {\n  source = "./modules/aks"\n}\n`,
      'modules/aks/main.tf': CLUSTER(),
    });
    const state = await scanned(dir);
    expect(state.clusters.map((c) => [c.id, c.subscriptionId])).toEqual([['module.aks.azurerm_kubernetes_cluster.main', PROD]]);
    expect(state.subscriptions.map((s) => s.id)).toEqual([`/subscriptions/${PROD}`]);
    expect(defenderOf(state)).toEqual([['module.aks.azurerm_kubernetes_cluster.main', 'pass']]);
  });

  it('is an aliased provider\'s for the resources naming it, and for a module passed it', async () => {
    const dir = folder({
      'providers.tf': `provider "azurerm" {\n  features {}\n  subscription_id = "${PROD}"\n}\n\nprovider "azurerm" {\n  alias           = "shared"\n  features {}\n  subscription_id = "${SHARED}"\n}\n`,
      'main.tf': `${PRICING('Free', 'provider = azurerm.shared')}\nmodule "aks" {\n  source    = "./modules/aks"\n  providers = { azurerm = azurerm.shared }\n}\n`,
      'modules/aks/main.tf': CLUSTER(),
      'prod.tf': PRICING('Standard').replace('"containers"', '"prod_containers"'),
    });
    const state = await scanned(dir);
    expect(state.clusters.map((c) => [c.subscriptionId, c.origin.provider])).toEqual([[SHARED, 'azurerm.shared']]);
    expect(state.subscriptions.map((s) => s.subscriptionId).sort()).toEqual([SHARED, PROD].sort());
    // The cluster deploys into the shared subscription, whose plan is Free.
    expect(defenderOf(state)).toEqual([['module.aks.azurerm_kubernetes_cluster.main', 'fail']]);
  });

  it('is not known without subscription_id (ARM_SUBSCRIPTION_ID is the runner\'s, not read), and two such plans stay apart', async () => {
    process.env.ARM_SUBSCRIPTION_ID = SHARED;
    try {
      const standard = planFile('standard.json', plan('Standard'));
      const free = planFile('free.json', plan('Free'));
      const state = await scanned(standard, free);
      // Both plans declare azurerm_kubernetes_cluster.main: two clusters, each named in its plan.
      expect(state.clusters.map((c) => [c.id, c.subscriptionId])).toEqual([
        [`${displayPath(standard)}:azurerm_kubernetes_cluster.main`, null],
        [`${displayPath(free)}:azurerm_kubernetes_cluster.main`, null],
      ]);
      expect(defenderOf(state).map(([, status]) => status)).toEqual(['pass', 'fail']);
      expect(state.subscriptions).toHaveLength(2);
      expect(state.subscriptions.map((s) => [s.subscriptionId, s.defenderPlans!.map((p) => p.tier)])).toEqual([['', ['Standard']], ['', ['Free']]]);
      expect(new Set(state.subscriptions.map((s) => s.id)).size).toBe(2);
    } finally {
      delete process.env.ARM_SUBSCRIPTION_ID;
    }
  });

  it('judges each configuration without a subscription against its own Defender plan', async () => {
    const standard = folder({ 'main.tf': `${CLUSTER()}\n${PRICING('Standard')}` });
    const free = folder({ 'main.tf': `${CLUSTER().replace('"main"', '"other"')}\n${PRICING('Free')}` });
    const state = await scanned(standard, free);
    expect(state.subscriptions.map((s) => s.defenderPlans!.map((p) => p.tier))).toEqual([['Standard'], ['Free']]);
    expect(defenderOf(state)).toEqual([
      ['azurerm_kubernetes_cluster.main', 'pass'],
      ['azurerm_kubernetes_cluster.other', 'fail'],
    ]);
  });
});
