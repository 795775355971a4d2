import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlan, readPlanFile } from '../../../src/collectors/terraform/read-plan.ts';
import { AFTER_APPLY, SENSITIVE, Unknown, type TfResource, type TfValue } from '../../../src/collectors/terraform/model.ts';
import { InputError } from '../../../src/engine/errors.ts';
import { workDir } from '../../cli/run-main.ts';

const PLANS = 'test/fixtures/terraform/plans';
const V3 = `${PLANS}/aks-v3.plan.json`;
const V4 = `${PLANS}/aks-v4.plan.json`;
const V5 = `${PLANS}/aks-v5.utf16le.plan.json`;
const LEGACY = `${PLANS}/legacy-format-0.1.plan.json`;

const read = (file: string) => readPlanFile(file, `terraform:${file}`);
const byAddress = (resources: TfResource[]) => new Map(resources.map((r) => [r.address, r]));
const get = (resources: TfResource[], address: string): TfResource => {
  const r = byAddress(resources).get(address);
  if (!r) throw new Error(`no ${address} in ${resources.map((x) => x.address).join(', ')}`);
  return r;
};
/** The value at a path such as `default_node_pool[0].vnet_subnet_id`. */
const at = (values: Record<string, TfValue>, path: string): TfValue | undefined =>
  path.split(/\.|(?=\[)/).reduce<TfValue | undefined>((v, step) => {
    if (v === undefined || v === null || v instanceof Unknown || typeof v !== 'object') return undefined;
    const index = /^\[(\d+)\]$/.exec(step);
    return index ? (v as TfValue[])[Number(index[1])] : (v as Record<string, TfValue>)[step];
  }, values);
const reasonAt = (values: Record<string, TfValue>, path: string) => {
  const v = at(values, path);
  return v instanceof Unknown ? v.reason : `known: ${JSON.stringify(v)}`;
};

describe('a plan of azurerm v3 names (Terraform 1.5, format 1.2, modules, count and for_each)', () => {
  const { resources, skipped, modules } = read(V3);

  it('hands over every instance with its address parts and change', () => {
    expect(skipped).toEqual([]);
    expect(resources.map((r) => [r.address, r.action])).toEqual([
      ['azurerm_key_vault.payments', 'create'],
      ['azurerm_kubernetes_cluster_node_pool.user["batch"]', 'replace'],
      ['azurerm_kubernetes_cluster_node_pool.user["gpu"]', 'create'],
      ['azurerm_postgresql_flexible_server.payments', 'create'],
      ['azurerm_private_endpoint.vault', 'create'],
      ['azurerm_redis_cache.legacy', 'delete'],
      ['azurerm_resource_group.aks', 'no-op'],
      ['azurerm_subnet.endpoints[0]', 'create'],
      ['azurerm_subnet.endpoints[1]', 'create'],
      ['azurerm_subnet.nodes', 'create'],
      ['azurerm_virtual_network.spoke', 'create'],
      ['data.azurerm_log_analytics_workspace.platform', 'read'],
      ['module.aks.azurerm_kubernetes_cluster.main', 'create'],
      ['random_password.pg', 'create'],
      // Read while planning, so in planned_values only.
      ['data.azurerm_client_config.current', 'read'],
    ]);
    expect(get(resources, 'azurerm_kubernetes_cluster_node_pool.user["gpu"]')).toMatchObject({ module: '', type: 'azurerm_kubernetes_cluster_node_pool', name: 'user', mode: 'managed', file: V3, source: `terraform:${V3}` });
    expect(get(resources, 'module.aks.azurerm_kubernetes_cluster.main')).toMatchObject({ module: 'module.aks', type: 'azurerm_kubernetes_cluster', name: 'main' });
    expect(get(resources, 'data.azurerm_client_config.current')).toMatchObject({ mode: 'data', type: 'azurerm_client_config' });
    expect(modules).toEqual([
      { module: '', folder: join(process.cwd(), PLANS) },
      { module: 'module.aks', folder: join(process.cwd(), PLANS, 'modules/aks') },
    ]);
  });

  it('reads the v3 spellings as written', () => {
    const cluster = get(resources, 'module.aks.azurerm_kubernetes_cluster.main').values;
    expect(cluster.automatic_channel_upgrade).toBe('patch');
    expect(cluster.node_os_channel_upgrade).toBe('NodeImage');
    expect(cluster.api_server_authorized_ip_ranges).toEqual(['203.0.113.0/24']);
    expect(at(cluster, 'default_node_pool[0].enable_node_public_ip')).toBe(false);
    expect(at(cluster, 'default_node_pool[0].enable_host_encryption')).toBe(true);
    expect(get(resources, 'azurerm_key_vault.payments').values.enable_rbac_authorization).toBe(true);
    expect(get(resources, 'azurerm_kubernetes_cluster_node_pool.user["gpu"]').values.enable_node_public_ip).toBe(true);
  });

  it('makes "known after apply" unknown at the same path: whole blocks, attributes inside blocks, list elements', () => {
    const cluster = get(resources, 'module.aks.azurerm_kubernetes_cluster.main').values;
    expect(reasonAt(cluster, 'api_server_access_profile')).toBe(AFTER_APPLY);
    expect(reasonAt(cluster, 'kubelet_identity')).toBe(AFTER_APPLY);
    expect(reasonAt(cluster, 'default_node_pool[0].vnet_subnet_id')).toBe(AFTER_APPLY);
    expect(reasonAt(cluster, 'identity[0].principal_id')).toBe(AFTER_APPLY);
    expect(at(cluster, 'identity[0].type')).toBe('SystemAssigned');
    expect(reasonAt(cluster, 'oms_agent[0].log_analytics_workspace_id')).toBe(AFTER_APPLY);
    expect(at(cluster, 'oms_agent[0].msi_auth_for_monitoring_enabled')).toBe(true);
    expect(reasonAt(cluster, 'network_profile[0].service_cidr')).toBe(AFTER_APPLY);
    expect(at(cluster, 'network_profile[0].network_policy')).toBe('cilium');
    // false, [] and {} in after_unknown mean known
    expect(at(cluster, 'default_node_pool[0].zones')).toEqual(['1', '2', '3']);
    expect(at(cluster, 'microsoft_defender')).toEqual([]);
    const endpoint = get(resources, 'azurerm_private_endpoint.vault').values;
    expect(reasonAt(endpoint, 'subnet_id')).toBe(AFTER_APPLY);
    expect(reasonAt(endpoint, 'private_service_connection[0].private_connection_resource_id')).toBe(AFTER_APPLY);
    expect(at(endpoint, 'private_service_connection[0].subresource_names')).toEqual(['vault']);
  });

  it('replaces sensitive values before anything sees them, even inside blocks', () => {
    const cluster = get(resources, 'module.aks.azurerm_kubernetes_cluster.main').values;
    expect(reasonAt(cluster, 'kube_config')).toBe(SENSITIVE);
    expect(reasonAt(cluster, 'kube_admin_config_raw')).toBe(SENSITIVE);
    expect(reasonAt(cluster, 'azure_active_directory_role_based_access_control[0].server_app_secret')).toBe(SENSITIVE);
    expect(at(cluster, 'azure_active_directory_role_based_access_control[0].azure_rbac_enabled')).toBe(true);
    expect(reasonAt(get(resources, 'azurerm_postgresql_flexible_server.payments').values, 'administrator_password')).toBe(SENSITIVE);
    expect(reasonAt(get(resources, 'data.azurerm_log_analytics_workspace.platform').values, 'primary_shared_key')).toBe(SENSITIVE);
  });

  it('hands a delete over with its last values, secrets hidden', () => {
    const redis = get(resources, 'azurerm_redis_cache.legacy');
    expect(redis.values.name).toBe('redis-payments-legacy');
    expect(redis.values.enable_non_ssl_port).toBe(true);
    for (const secret of ['primary_access_key', 'secondary_access_key', 'primary_connection_string']) expect(reasonAt(redis.values, secret)).toBe(SENSITIVE);
    const text = readFileSync(V3, 'utf8');
    expect(text).toContain('q2T9xK4mL7vB1nR8sW3eY6uI0oP5aZ2cV9bN4mQ7wE1=');
    expect(JSON.stringify(resources)).not.toContain('q2T9xK4mL7vB1nR8sW3eY6uI0oP5aZ2cV9bN4mQ7wE1');
  });

  it('resolves references through modules: a module resource, a variable passed from the root, an output, a count index', () => {
    expect(get(resources, 'module.aks.azurerm_kubernetes_cluster.main').references).toEqual({
      resource_group_name: 'azurerm_resource_group.aks',
      'default_node_pool[0].vnet_subnet_id': 'azurerm_subnet.nodes',
      'oms_agent[0].log_analytics_workspace_id': 'data.azurerm_log_analytics_workspace.platform',
    });
    expect(get(resources, 'azurerm_kubernetes_cluster_node_pool.user["batch"]').references).toEqual({
      kubernetes_cluster_id: 'module.aks.azurerm_kubernetes_cluster.main',
      vnet_subnet_id: 'azurerm_subnet.nodes',
    });
    expect(get(resources, 'azurerm_private_endpoint.vault').references).toEqual({
      subnet_id: 'azurerm_subnet.endpoints[0]',
      'private_service_connection[0].private_connection_resource_id': 'azurerm_key_vault.payments',
    });
    expect(get(resources, 'azurerm_postgresql_flexible_server.payments').references).toEqual({ administrator_password: 'random_password.pg' });
    expect(get(resources, 'azurerm_key_vault.payments').references).toEqual({ tenant_id: 'data.azurerm_client_config.current' });
  });

  it('places each instance at the line of its object among the changes (data read while planning: among the planned values)', () => {
    const lines = readFileSync(V3, 'utf8').split('\n');
    for (const r of resources) {
      const line = lines[r.line - 1] ?? '';
      expect(line.slice((r.column ?? 1) - 1), r.address).toBe('{');
      expect(lines[r.line], r.address).toContain(`"address": ${JSON.stringify(r.address)}`);
    }
    const changesAt = lines.findIndex((l) => l.includes('"resource_changes"')) + 1;
    expect(resources.filter((r) => r.address !== 'data.azurerm_client_config.current').every((r) => r.line > changesAt)).toBe(true);
    expect(get(resources, 'data.azurerm_client_config.current').line).toBeLessThan(changesAt);
  });
});

describe('a plan of azurerm v4 names (Terraform 1.9, on one line as terraform writes it)', () => {
  const { resources } = read(V4);

  it('reads nested module instances, an update, a forget', () => {
    expect(resources.map((r) => [r.address, r.module, r.action])).toEqual([
      ['azurerm_redis_cache.sessions', '', 'create'],
      ['module.envs["prod"].module.aks.azurerm_kubernetes_cluster.main', 'module.envs["prod"].module.aks', 'update'],
      ['module.envs["prod"].module.aks.azurerm_role_assignment.legacy_admin', 'module.envs["prod"].module.aks', 'forget'],
      ['module.envs["prod"].module.net.azurerm_subnet.nodes', 'module.envs["prod"].module.net', 'create'],
    ]);
  });

  it('reads the v4 spellings', () => {
    const cluster = get(resources, 'module.envs["prod"].module.aks.azurerm_kubernetes_cluster.main').values;
    expect(cluster.automatic_upgrade_channel).toBe('stable');
    expect(cluster.node_os_upgrade_channel).toBe('SecurityPatch');
    expect(at(cluster, 'api_server_access_profile[0].authorized_ip_ranges')).toEqual(['198.51.100.0/24']);
    expect(at(cluster, 'default_node_pool[0].node_public_ip_enabled')).toBe(false);
    expect(at(cluster, 'default_node_pool[0].host_encryption_enabled')).toBe(true);
    expect(at(cluster, 'network_profile[0].network_data_plane')).toBe('cilium');
    expect(cluster).not.toHaveProperty('api_server_authorized_ip_ranges');
    const redis = get(resources, 'azurerm_redis_cache.sessions').values;
    expect(redis.non_ssl_port_enabled).toBe(false);
    expect(at(redis, 'redis_configuration[0].authentication_enabled')).toBe(true);
    expect(reasonAt(redis, 'primary_access_key')).toBe(SENSITIVE);
  });

  it('resolves a variable passed a sibling module output to the resource the output names, instance keys kept', () => {
    expect(get(resources, 'module.envs["prod"].module.aks.azurerm_kubernetes_cluster.main').references).toEqual({
      'default_node_pool[0].vnet_subnet_id': 'module.envs["prod"].module.net.azurerm_subnet.nodes',
    });
    expect(get(resources, 'module.envs["prod"].module.aks.azurerm_role_assignment.legacy_admin').references).toEqual({ scope: 'module.envs["prod"].module.aks.azurerm_kubernetes_cluster.main' });
  });

  it('gives line 1 and the column of each object', () => {
    const text = readFileSync(V4, 'utf8');
    expect(text.includes('\n')).toBe(false);
    for (const r of resources) {
      expect(r.line).toBe(1);
      const expected = `{"address":${JSON.stringify(r.address)}`;
      const from = (r.column ?? 0) - 1;
      expect(text.slice(from, from + expected.length), r.address).toBe(expected);
    }
  });

  it('never carries the kube_config the update\'s before holds', () => {
    expect(JSON.stringify(resources)).not.toContain('7f1c9a2b3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a7b8c9d0e1f2a3b4c');
  });
});

describe('a plan of azurerm v5 names saved by Windows PowerShell', () => {
  it('reads UTF-16LE with a byte order mark, CRLF lines counted', () => {
    const { resources } = read(V5);
    const cluster = get(resources, 'azurerm_kubernetes_cluster.edge');
    expect(reasonAt(cluster.values, 'oidc_issuer_enabled')).toBe(AFTER_APPLY);
    expect(cluster.values.automatic_upgrade_channel).toBe('rapid');
    expect(get(resources, 'azurerm_key_vault.edge').values.rbac_authorization_enabled).toBe(true);
    expect(at(get(resources, 'azurerm_monitor_diagnostic_setting.aks').values, 'enabled_metric[0].category')).toBe('AllMetrics');
    expect(get(resources, 'azurerm_private_dns_zone_virtual_network_link.aks').values.private_dns_zone_id).toMatch(/privatelink\.swedencentral\.azmk8s\.io$/);
    expect(get(resources, 'azurerm_monitor_diagnostic_setting.aks').references).toEqual({ target_resource_id: 'azurerm_kubernetes_cluster.edge' });
    const lines = new TextDecoder('utf-16le').decode(readFileSync(V5).subarray(2)).split('\r\n');
    for (const r of resources) expect(lines[r.line], r.address).toContain(`"address": ${JSON.stringify(r.address)}`);
  });

  it('reads UTF-16BE with a byte order mark the same', () => {
    const text = new TextDecoder('utf-16le').decode(readFileSync(V5).subarray(2));
    const swapped = Buffer.from(text, 'utf16le').swap16();
    const file = join(workDir(), 'plan.json');
    writeFileSync(file, Buffer.concat([Buffer.from([0xfe, 0xff]), swapped]));
    const strip = (rs: TfResource[]) => rs.map(({ file: _f, source: _s, ...r }) => r);
    expect(strip(read(file).resources)).toEqual(strip(read(V5).resources));
  });
});

describe('a plan of format 0.1 (Terraform 0.14), which marks nothing sensitive', () => {
  const { resources } = read(LEGACY);

  it('hides credentials and passwords by name, and reads the settings beside them', () => {
    const cluster = get(resources, 'azurerm_kubernetes_cluster.legacy').values;
    expect(reasonAt(cluster, 'kube_config')).toBe(SENSITIVE);
    expect(reasonAt(cluster, 'kube_config_raw')).toBe(SENSITIVE);
    expect(at(cluster, 'role_based_access_control[0].enabled')).toBe(true);
    expect(at(cluster, 'addon_profile[0].oms_agent[0].enabled')).toBe(false);
    expect(at(cluster, 'default_node_pool[0].enable_node_public_ip')).toBe(true);
    const sql = get(resources, 'azurerm_mssql_server.legacy').values;
    expect(reasonAt(sql, 'administrator_login_password')).toBe(SENSITIVE);
    expect(sql.administrator_login).toBe('sqladmin');
    const text = JSON.stringify(resources);
    for (const secret of ['9f8e7d6c5b4a39281706f5e4d3c2b1a0', 'Tr0ub4dor&3-legacy!', 'LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlKS1FJQkFBS0NBZ0VB']) expect(text).not.toContain(secret);
  });
});

describe('plans that are not read', () => {
  const write = (content: string | Buffer) => {
    const file = join(workDir(), 'plan.json');
    writeFileSync(file, content);
    return file;
  };
  const refusal = (file: string): string => {
    try {
      read(file);
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return (error as Error).message;
    }
    throw new Error('read');
  };

  it.each([
    ['a binary plan', Buffer.from('PK\u0003\u0004\u0014\u0000tfplan'), /: is a binary plan file: give its JSON/],
    ['state, not a plan', JSON.stringify({ format_version: '1.0', values: { root_module: {} } }), /: is Terraform state .*not a plan/],
    ['another JSON file', JSON.stringify({ name: 'x' }), /: is not a Terraform plan: no resource_changes or planned_values/],
    ['a future major format', JSON.stringify({ format_version: '2.0', resource_changes: [] }), /: format_version: "2.0" is not a plan format this version reads/],
    ['an entry without an address', JSON.stringify({ format_version: '1.2', resource_changes: [{ change: { actions: ['create'], after: {} } }] }), /: resource_changes\[0\]\.address: expected a resource address$/],
    ['an entry without actions', JSON.stringify({ format_version: '1.2', resource_changes: [{ address: 'azurerm_subnet.a', change: {} }] }), /: resource_changes\[0\]\.change\.actions: expected a list of actions$/],
    ['a malformed sensitive mark', JSON.stringify({ format_version: '1.2', resource_changes: [{ address: 'azurerm_mssql_server.a', change: { actions: ['create'], after: { administrator_login_password: 'Hunter2-Hunter2' }, after_sensitive: { administrator_login_password: 'yes' } } }] }), /: resource_changes\[0\]\.change\.after_sensitive\.administrator_login_password: expected true, false, a list or an object marking values, found a string$/],
    ['after that is not an object', JSON.stringify({ format_version: '1.2', resource_changes: [{ address: 'azurerm_subnet.a', change: { actions: ['create'], after: 'x' } }] }), /: resource_changes\[0\]\.change\.after: expected an object of attribute values, found a string$/],
  ])('refuses %s in one line naming the file and the place', (_what, content, message) => {
    const file = write(content);
    const text = refusal(file);
    expect(text.startsWith(file)).toBe(true);
    expect(text).toMatch(message);
    expect(text).not.toMatch(/\n|Hunter2/);
  });

  it('names the line and column of a syntax error', () => {
    expect(refusal(write('{\n  "format_version": "1.2",\n  "resource_changes": [,]\n}'))).toMatch(/: line 3, column 24: invalid JSON: unexpected character ','$/);
  });

  it('reads a plan without changes, and skips a change whose actions it does not know, saying so', () => {
    expect(readPlan({ format_version: '1.2', planned_values: { root_module: {} } }, { file: 'p.json', source: 's' }).resources).toEqual([]);
    const plan = { format_version: '1.9', resource_changes: [{ address: 'azurerm_subnet.a', change: { actions: ['create', 'transmogrify'], after: {} } }, { address: 'azurerm_subnet.b', change: { actions: ['create'], after: { name: 'b' } } }] };
    const read = readPlan(plan, { file: 'p.json', source: 's' });
    expect(read.resources.map((r) => [r.address, r.line])).toEqual([['azurerm_subnet.b', 1]]);
    expect(read.skipped).toEqual(['azurerm_subnet.a (actions ["create","transmogrify"])']);
  });

  it('skips a deposed object: the replaced instance is its own entry', () => {
    const plan = { format_version: '1.2', resource_changes: [
      { address: 'azurerm_subnet.a', change: { actions: ['delete'], before: { name: 'old' } }, deposed: '00000001' },
      { address: 'azurerm_subnet.a', change: { actions: ['create'], after: { name: 'new' } } },
    ] };
    expect(readPlan(plan, { file: 'p.json', source: 's' }).resources.map((r) => [r.action, r.values.name])).toEqual([['create', 'new']]);
  });
});
