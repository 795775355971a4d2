import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AFTER_APPLY, SENSITIVE, Unknown, type TfResource, type TfValue } from '../../../../src/collectors/terraform/model.ts';
import { locateTerraformBlocks, readTerraformConfiguration, type TerraformConfiguration } from '../../../../src/collectors/terraform/hcl/read-configuration.ts';

const FIXTURES = 'test/fixtures/terraform/configurations';
const PLATFORM = `${FIXTURES}/aks-platform`;

function byAddress(config: TerraformConfiguration, address: string): TfResource {
  const found = config.resources.find((r) => r.address === address);
  if (!found) throw new Error(`no ${address} among ${config.resources.map((r) => r.address).join(', ')}`);
  return found;
}

function reasonOf(value: TfValue | undefined): string | undefined {
  return value instanceof Unknown ? value.reason : undefined;
}

describe('an AKS platform configuration', () => {
  let config: TerraformConfiguration;
  beforeAll(async () => {
    config = await readTerraformConfiguration(PLATFORM, 'terraform:aks-platform');
  });

  it('reads every file of the root module, the local module and the variable files', () => {
    expect(config.files.every((f) => f.status === 'ok')).toBe(true);
    expect(config.files.map((f) => f.file)).toEqual(
      expect.arrayContaining([`${PLATFORM}/network.tf`, `${PLATFORM}/modules/aks/main.tf`, `${PLATFORM}/terraform.tfvars`, `${PLATFORM}/20-prod.auto.tfvars`]),
    );
  });

  it('takes variables from terraform.tfvars, later *.auto.tfvars winning, else the default', () => {
    const cluster = byAddress(config, 'module.aks["weu"].azurerm_kubernetes_cluster.this');
    expect(cluster.values.kubernetes_version).toBe('1.30');
    expect(cluster.values.location).toBe('westeurope');
    expect(cluster.values.sku_tier).toBe('Standard');
    expect(byAddress(config, 'azurerm_resource_group.platform').values.name).toBe('rg-saas-prod-platform');
  });

  it('leaves a variable without a value unknown, and never reads a sensitive one', () => {
    const assignment = byAddress(config, 'azurerm_role_assignment.network_contributor["weu"]');
    expect(reasonOf(assignment.values.scope)).toBe('variable subscription_id has no value in the configuration');
    const server = byAddress(config, 'azurerm_postgresql_flexible_server.app');
    expect(reasonOf(server.values.administrator_password)).toBe(SENSITIVE);
    expect(JSON.stringify(config)).not.toContain('not-a-real-password');
  });

  it('evaluates locals, merge(), templates, conditionals and functions', () => {
    expect(byAddress(config, 'azurerm_resource_group.platform').values.tags).toEqual({ owner: 'platform-team', environment: 'prod', managed_by: 'terraform' });
    const vault = byAddress(config, 'azurerm_key_vault.platform');
    expect(vault.values.public_network_access_enabled).toBe(false);
    const storage = byAddress(config, 'azurerm_storage_account.logs');
    expect(storage.values.name).toBe('stsaasprodlogs');
    expect(storage.values.account_replication_type).toBe('GZRS');
  });

  it('values a reference by what the configuration states, else as known only after apply, and records its target', () => {
    const subnet = byAddress(config, 'azurerm_subnet.this["nodes"]');
    expect(subnet.values.virtual_network_name).toBe('vnet-saas-prod');
    expect(subnet.references.virtual_network_name).toBe('azurerm_virtual_network.hub');
    const association = byAddress(config, 'azurerm_subnet_network_security_group_association.this["nodes"]');
    expect(reasonOf(association.values.subnet_id)).toBe(AFTER_APPLY);
    expect(association.references).toEqual({ subnet_id: 'azurerm_subnet.this["nodes"]', network_security_group_id: 'azurerm_network_security_group.nodes' });
  });

  it('says a data source attribute is read when planning', () => {
    const vault = byAddress(config, 'azurerm_key_vault.platform');
    expect(reasonOf(vault.values.tenant_id)).toBe('read from the provider when planning');
    expect(vault.references.tenant_id).toBe('data.azurerm_client_config.current');
  });

  it('expands count and for_each over known values', () => {
    const addresses = config.resources.map((r) => r.address);
    expect(addresses).toEqual(expect.arrayContaining(['azurerm_public_ip.egress[0]', 'azurerm_public_ip.egress[1]']));
    expect(addresses).not.toContain('azurerm_public_ip.egress[2]');
    expect(byAddress(config, 'azurerm_public_ip.egress[1]').values.name).toBe('pip-saas-prod-egress-01');
    expect(addresses.filter((a) => a.startsWith('azurerm_subnet_network_security_group_association.'))).toEqual([
      'azurerm_subnet_network_security_group_association.this["endpoints"]',
      'azurerm_subnet_network_security_group_association.this["nodes"]',
    ]);
    expect(byAddress(config, 'azurerm_role_assignment.cluster_admins["00000000-0000-0000-0000-00000000bbbb"]').values.principal_id).toBe('00000000-0000-0000-0000-00000000bbbb');
  });

  it('stands one instance for a for_each known only after apply, and says so', () => {
    const association = byAddress(config, 'azurerm_subnet_route_table_association.egress[*]');
    expect(association.instancesUnknown).toBe(`for_each is unknown (${AFTER_APPLY})`);
    expect(reasonOf(association.values.subnet_id)).toBe(`for_each is unknown (${AFTER_APPLY})`);
    expect(reasonOf(association.values.route_table_id)).toBe(AFTER_APPLY);
    expect(config.unevaluated).toContainEqual(expect.objectContaining({ what: 'azurerm_subnet_route_table_association.egress', line: 66 }));
  });

  it('follows a local module with for_each, resolving references through its inputs', () => {
    const weu = byAddress(config, 'module.aks["weu"].azurerm_kubernetes_cluster.this');
    expect(weu.module).toBe('module.aks["weu"]');
    expect(weu.file).toBe(`${PLATFORM}/modules/aks/main.tf`);
    expect(weu.values.private_cluster_enabled).toBe(true);
    expect(byAddress(config, 'module.aks["neu"].azurerm_kubernetes_cluster.this').values.private_cluster_enabled).toBe(false);
    expect(weu.references['default_node_pool[0].vnet_subnet_id']).toBe('azurerm_subnet.this["nodes"]');
    const pool = byAddress(config, 'module.aks["weu"].azurerm_kubernetes_cluster_node_pool.user["apps"]');
    expect(pool.values.node_count).toBe(4);
    expect(pool.references.kubernetes_cluster_id).toBe('module.aks["weu"].azurerm_kubernetes_cluster.this');
    expect(config.resources.some((r) => r.address.startsWith('module.aks["neu"].azurerm_kubernetes_cluster_node_pool'))).toBe(false);
  });

  it('shows nested blocks as arrays of objects with a line per attribute path', () => {
    const weu = byAddress(config, 'module.aks["weu"].azurerm_kubernetes_cluster.this');
    expect((weu.values.default_node_pool as TfValue[])[0]).toMatchObject({ name: 'system', node_count: 3, node_public_ip_enabled: false, zones: ['1', '2', '3'] });
    expect(weu.line).toBe(1);
    expect(weu.lines['default_node_pool[0].vnet_subnet_id']).toBe(17);
    expect(weu.lines['network_profile[0].network_policy']).toBe(42);
    expect(weu.values).not.toHaveProperty('lifecycle');
  });

  it('expands dynamic blocks over known values, none when the list is empty', () => {
    const nsg = byAddress(config, 'azurerm_network_security_group.nodes');
    expect((nsg.values.security_rule as Array<Record<string, TfValue>>).map((r) => [r.name, r.priority, r.access])).toEqual([
      ['deny-internet-inbound', 4000, 'Deny'],
      ['allow-lb-inbound', 100, 'Allow'],
    ]);
    expect(byAddress(config, 'module.aks["weu"].azurerm_kubernetes_cluster.this').values.api_server_access_profile).toEqual([]);
    expect(byAddress(config, 'module.aks["neu"].azurerm_kubernetes_cluster.this').values.api_server_access_profile).toEqual([{ authorized_ip_ranges: ['203.0.113.0/24'] }]);
  });

  it('leaves a function it does not implement unknown, naming it', () => {
    const weu = byAddress(config, 'module.aks["weu"].azurerm_kubernetes_cluster.this');
    const profile = (weu.values.linux_profile as Array<Record<string, TfValue>>)[0]!;
    expect(reasonOf((profile.ssh_key as Array<Record<string, TfValue>>)[0]!.key_data)).toBe('not evaluated: calls file()');
  });

  it('keeps heredoc lines, removing the indentation <<- shares', () => {
    expect(byAddress(config, 'azurerm_policy_definition.allowed_locations').values.policy_rule).toBe(
      '{\n  "if": { "not": { "field": "location", "equals": "westeurope" } },\n  "then": { "effect": "deny" }\n}\n',
    );
  });

  it('lists a registry module as not evaluated, its outputs unknown and its resources absent', () => {
    expect(config.unevaluated).toContainEqual(expect.objectContaining({ what: 'module.log_analytics', line: 82 }));
    expect(config.resources.some((r) => r.address.startsWith('module.log_analytics'))).toBe(false);
    const diag = byAddress(config, 'azurerm_monitor_diagnostic_setting.aks["weu"]');
    expect(reasonOf(diag.values.log_analytics_workspace_id)).toMatch(/^not evaluated: module\.log_analytics is not read/);
  });

  it('locates resource blocks by address without instance keys, for plan findings', async () => {
    const blocks = await locateTerraformBlocks(PLATFORM);
    expect(blocks.get('module.aks.azurerm_kubernetes_cluster.this')).toMatchObject({ file: `${PLATFORM}/modules/aks/main.tf`, line: 1 });
    expect(blocks.get('module.aks.azurerm_kubernetes_cluster.this')!.lines['default_node_pool[0].vnet_subnet_id']).toBe(17);
    expect(blocks.get('azurerm_subnet.this')).toMatchObject({ file: `${PLATFORM}/network.tf`, line: 14 });
  });
});

describe('inputs that are wrong', () => {
  it('reports a malformed file with its line and column and reads the others', async () => {
    const config = await readTerraformConfiguration(`${FIXTURES}/broken`, 'tf');
    expect(config.files).toContainEqual({ file: `${FIXTURES}/broken/cluster.tf`, status: 'failed', message: expect.stringMatching(/^test\/fixtures\/terraform\/configurations\/broken\/cluster\.tf: line 6, column \d+: invalid HCL: /) });
    expect(config.resources.map((r) => r.address)).toEqual(['azurerm_resource_group.aks']);
  });

  it('leaves a self-referencing local unknown instead of looping', async () => {
    const config = await readTerraformConfiguration(`${FIXTURES}/cycles`, 'tf');
    const cluster = byAddress(config, 'azurerm_kubernetes_cluster.main');
    expect(reasonOf(cluster.values.name)).toBe('not evaluated: local.cluster_name depends on itself');
    expect(reasonOf((cluster.values.default_node_pool as Array<Record<string, TfValue[]>>)[0]!.zones![0])).toMatch(/depends on itself$/);
    expect(cluster.values.location).toBe('westeurope');
  });

  it('reads one .tf file given alone', async () => {
    const config = await readTerraformConfiguration(`${FIXTURES}/broken/main.tf`, 'tf');
    expect(config.resources.map((r) => r.address)).toEqual(['azurerm_resource_group.aks']);
  });

  it('stops at the evaluation budget and says what is absent', async () => {
    const config = await readTerraformConfiguration(PLATFORM, 'tf', { maxSteps: 50 });
    expect(config.unevaluated).toContainEqual(expect.objectContaining({ what: 'evaluation' }));
    expect(config.resources.length).toBeLessThan(10);
  });
});

/** One attribute's value, evaluated in a throw-away configuration with a few declarations. */
describe('expressions', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'aks-audit-hcl-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function value(expr: string): Promise<TfValue> {
    writeFileSync(
      join(dir, 'main.tf'),
      `variable "env" {\n  default = "prod"\n}\nvariable "unset" {}\nlocals {\n  pools = { system = 3, apps = 5 }\n  names = ["a", "b"]\n}\nresource "azurerm_resource_group" "rg" {\n  name = "rg-\${var.env}"\n}\nresource "probe" "x" {\n  v = ${expr}\n}\n`,
    );
    const config = await readTerraformConfiguration(dir, 'tf');
    expect(config.files.every((f) => f.status === 'ok')).toBe(true);
    return byAddress(config, 'probe.x').values.v!;
  }

  it.each([
    ['-1 + 2 * 3 % 4', 1],
    ['(1 + 2) * 3', 9],
    ['10 / 4', 2.5],
    ['3 >= 3 && !(2 > 3) || false', true],
    ['var.env == "prod" ? "p" : "np"', 'p'],
    ['"a\\tb\\u00e9 $${x} %%{y}"', 'a\tbé ${x} %{y}'],
    ['"${var.env}-${local.pools.apps}"', 'prod-5'],
    ['[for k, n in local.pools : "${k}=${n}" if n > 3]', ['apps=5']],
    ['{ for n in local.names : upper(n) => n }', { A: 'a', B: 'b' }],
    ['local.names[*]', ['a', 'b']],
    ['local.names[1]', 'b'],
    ['try(local.pools.gpu, 0)', 0],
    ['can(local.pools.gpu)', false],
    ['lookup(local.pools, "gpu", 1)', 1],
    ['coalesce("", "x")', 'x'],
    ['element(local.names, 3)', 'b'],
    ['keys(local.pools)', ['apps', 'system']],
    ['length(concat(local.names, ["c"]))', 3],
    ['join(",", split("-", "a-b-c"))', 'a,b,c'],
    ['contains(local.names, "b")', true],
    ['format("%s-%03d", "pool", 7)', 'pool-007'],
    ['azurerm_resource_group.rg.name', 'rg-prod'],
  ])('%s', async (expr, expected) => {
    expect(await value(expr)).toEqual(expected);
  });

  it.each([
    ['"rg-${var.unset}"', 'variable unset has no value in the configuration'],
    ['azurerm_resource_group.rg.id', AFTER_APPLY],
    ['var.unset ? 1 : 2', 'variable unset has no value in the configuration'],
    ['cidrsubnet("10.0.0.0/16", 8, 1)', 'not evaluated: calls cidrsubnet()'],
    ['"%{ if true }x%{ endif }"', 'not evaluated: template directive %{if}'],
    ['sensitive("x")', SENSITIVE],
  ])('%s is unknown', async (expr, reason) => {
    expect(reasonOf(await value(expr))).toBe(reason);
  });
});
