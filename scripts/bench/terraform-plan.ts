/**
 * A synthetic Terraform plan (`terraform show -json`, on one line as terraform writes it) of N AKS
 * clusters with their platform, each cluster one instance of a `module.clusters["<name>"]` for_each:
 * spoke network, subnets, NSG with rules and associations, route table, the cluster and two node
 * pools, Key Vault, PostgreSQL flexible server with parameters and a firewall rule, Redis, a
 * registry, a storage account with network rules, private endpoints and DNS links, diagnostic
 * settings, a Defender pricing and role assignments: about 30 instances per cluster. Values carry
 * the unknowns and sensitive marks a real create plan has.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { type Json, pick, prng, REGIONS } from './clusters.ts';

export type Change = [type: string, name: string, after: Json, unknown: Json, sensitive?: Json];

const resource = (type: string, name: string, after: Json, unknown: Json, sensitive: Json = {}): Change => [type, name, after, unknown, sensitive];

/** The instances of one cluster's module, as (type, name, after, after_unknown, after_sensitive). */
function clusterModule(rand: () => number, name: string, region: string): Change[] {
  const rg = `rg-${name}`;
  const common = { location: region, resource_group_name: rg, tags: { env: name.includes('prod') ? 'prod' : 'dev', owner: 'platform' }, timeouts: null };
  const hardened = rand() < 0.5;
  const subnet = (n: string, prefix: string): Change => resource('azurerm_subnet', n, { name: `snet-${n}`, resource_group_name: rg, virtual_network_name: `vnet-${name}`, address_prefixes: [prefix], delegation: [], service_endpoints: null, private_endpoint_network_policies: 'Disabled', timeouts: null }, { id: true, address_prefixes: [false], delegation: [] });
  const rule = (n: string, priority: number, port: string, source: string): Change => resource('azurerm_network_security_rule', n, { name: n, resource_group_name: rg, network_security_group_name: `nsg-${name}`, priority, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', source_port_range: '*', destination_port_range: port, source_address_prefix: source, destination_address_prefix: '*', source_port_ranges: null, destination_port_ranges: null, source_address_prefixes: null, destination_address_prefixes: null, description: null, timeouts: null }, { id: true });
  const pool = { name: 'system', vm_size: pick(rand, ['Standard_D4ds_v5', 'Standard_D8ds_v5']), node_count: 3, auto_scaling_enabled: false, node_public_ip_enabled: !hardened && rand() < 0.2, host_encryption_enabled: hardened, only_critical_addons_enabled: true, zones: ['1', '2', '3'], max_pods: 50, os_disk_type: 'Ephemeral', node_labels: {}, tags: {}, type: 'VirtualMachineScaleSets', upgrade_settings: [{ max_surge: '33%', drain_timeout_in_minutes: 0, node_soak_duration_in_minutes: 0 }] };
  return [
    resource('azurerm_virtual_network', 'spoke', { ...common, name: `vnet-${name}`, address_space: ['10.64.0.0/16'], dns_servers: [], ddos_protection_plan: [], bgp_community: null, edge_zone: null, flow_timeout_in_minutes: null }, { id: true, guid: true, subnet: true, address_space: [false], dns_servers: [], ddos_protection_plan: [] }),
    subnet('nodes', '10.64.0.0/22'),
    subnet('endpoints', '10.64.8.0/24'),
    resource('azurerm_network_security_group', 'spoke', { ...common, name: `nsg-${name}` }, { id: true, security_rule: true }),
    rule('allow-https', 100, '443', hardened ? '10.0.0.0/8' : '*'),
    rule('allow-ssh', 200, '22', hardened ? '10.0.0.0/16' : 'Internet'),
    resource('azurerm_subnet_network_security_group_association', 'nodes', { timeouts: null }, { id: true, subnet_id: true, network_security_group_id: true }),
    resource('azurerm_route_table', 'spoke', { ...common, name: `rt-${name}`, bgp_route_propagation_enabled: false, route: [{ name: 'default', address_prefix: '0.0.0.0/0', next_hop_type: 'VirtualAppliance', next_hop_in_ip_address: '10.0.0.4' }] }, { id: true, subnets: true, route: [{}] }),
    resource('azurerm_subnet_route_table_association', 'nodes', { timeouts: null }, { id: true, subnet_id: true, route_table_id: true }),
    resource('azurerm_kubernetes_cluster', 'main', {
      ...common, name: `aks-${name}`, dns_prefix: name, kubernetes_version: '1.32.9', sku_tier: hardened ? 'Standard' : 'Free',
      automatic_upgrade_channel: hardened ? 'stable' : null, node_os_upgrade_channel: 'NodeImage', azure_policy_enabled: hardened, local_account_disabled: hardened, private_cluster_enabled: hardened, role_based_access_control_enabled: true, run_command_enabled: !hardened, oidc_issuer_enabled: true, workload_identity_enabled: hardened,
      api_server_access_profile: hardened ? [] : [{ authorized_ip_ranges: ['203.0.113.0/24'] }],
      azure_active_directory_role_based_access_control: [{ azure_rbac_enabled: hardened, admin_group_object_ids: ['6c5f1d2e-8a9b-4c0d-9e1f-2a3b4c5d6e7f'] }],
      default_node_pool: [pool], identity: [{ type: 'SystemAssigned', identity_ids: null }], key_vault_secrets_provider: [{ secret_rotation_enabled: true, secret_rotation_interval: '2m' }],
      microsoft_defender: hardened ? [{}] : [], oms_agent: [{ msi_auth_for_monitoring_enabled: true }],
      network_profile: [{ network_plugin: 'azure', network_plugin_mode: 'overlay', network_policy: hardened ? 'cilium' : null, network_data_plane: 'cilium', outbound_type: 'userDefinedRouting', load_balancer_sku: 'standard' }],
    }, {
      id: true, fqdn: true, private_fqdn: true, portal_fqdn: true, kube_config: true, kube_config_raw: true, kube_admin_config: true, kube_admin_config_raw: true, kubelet_identity: true, node_resource_group: true, oidc_issuer_url: true,
      default_node_pool: [{ vnet_subnet_id: true, kubelet_config: true, linux_os_config: true, node_labels: {}, tags: {}, zones: [false, false, false], upgrade_settings: [{}] }],
      identity: [{ principal_id: true, tenant_id: true }], microsoft_defender: hardened ? [{ log_analytics_workspace_id: true }] : [], oms_agent: [{ log_analytics_workspace_id: true, oms_agent_identity: true }],
      network_profile: [{ dns_service_ip: true, pod_cidr: true, service_cidr: true, load_balancer_profile: true, nat_gateway_profile: true }], key_vault_secrets_provider: [{ secret_identity: true }],
    }, { kube_config: true, kube_config_raw: true, kube_admin_config: true, kube_admin_config_raw: true }),
    ...['apps', 'batch'].map((p) => resource('azurerm_kubernetes_cluster_node_pool', p, { name: p, mode: 'User', vm_size: 'Standard_D8ds_v5', node_count: null, min_count: 1, max_count: 10, auto_scaling_enabled: true, node_public_ip_enabled: false, host_encryption_enabled: hardened, zones: ['1', '2', '3'], orchestrator_version: '1.32.9', node_labels: { workload: p }, node_taints: [], tags: {}, timeouts: null }, { id: true, kubernetes_cluster_id: true, vnet_subnet_id: true, kubelet_config: true, linux_os_config: true, node_labels: {}, node_taints: [], tags: {}, zones: [false, false, false], upgrade_settings: true })),
    resource('azurerm_key_vault', 'apps', { ...common, name: `kv-${name}`.slice(0, 24), sku_name: 'premium', tenant_id: '72f988bf-86f1-41af-91ab-2d7cd011db47', rbac_authorization_enabled: true, purge_protection_enabled: hardened, soft_delete_retention_days: 90, public_network_access_enabled: !hardened, network_acls: [{ bypass: 'AzureServices', default_action: hardened ? 'Deny' : 'Allow', ip_rules: [], virtual_network_subnet_ids: [] }], contact: [] }, { id: true, vault_uri: true, access_policy: true, network_acls: [{ ip_rules: [], virtual_network_subnet_ids: [] }], contact: [] }),
    resource('azurerm_postgresql_flexible_server', 'apps', { ...common, name: `psql-${name}`, version: '16', sku_name: 'GP_Standard_D4ds_v5', administrator_login: 'pgadmin', backup_retention_days: hardened ? 35 : 7, geo_redundant_backup_enabled: hardened, public_network_access_enabled: !hardened, storage_mb: 131072, authentication: [{ active_directory_auth_enabled: true, password_auth_enabled: !hardened }], high_availability: [], maintenance_window: [] }, { id: true, fqdn: true, administrator_password: true, delegated_subnet_id: true, private_dns_zone_id: true, authentication: [{ tenant_id: true }] }, { administrator_password: true }),
    ...['require_secure_transport', 'log_connections', 'connection_throttle.enable'].map((p, i) => resource('azurerm_postgresql_flexible_server_configuration', `p${i}`, { name: p, value: hardened ? 'on' : 'off', timeouts: null }, { id: true, server_id: true })),
    resource('azurerm_postgresql_flexible_server_firewall_rule', 'office', { name: 'office', start_ip_address: hardened ? '203.0.113.10' : '0.0.0.0', end_ip_address: hardened ? '203.0.113.10' : '255.255.255.255', timeouts: null }, { id: true, server_id: true }),
    resource('azurerm_redis_cache', 'apps', { ...common, name: `redis-${name}`, capacity: 1, family: 'P', sku_name: 'Premium', non_ssl_port_enabled: !hardened, minimum_tls_version: '1.2', public_network_access_enabled: !hardened, access_keys_authentication_enabled: !hardened, redis_configuration: [{ authentication_enabled: true }] }, { id: true, hostname: true, port: true, ssl_port: true, primary_access_key: true, secondary_access_key: true, primary_connection_string: true, secondary_connection_string: true, redis_configuration: [{ maxclients: true }] }, { primary_access_key: true, secondary_access_key: true, primary_connection_string: true, secondary_connection_string: true }),
    resource('azurerm_container_registry', 'apps', { ...common, name: `acr${name.replace(/-/g, '')}`, sku: 'Premium', admin_enabled: !hardened, public_network_access_enabled: !hardened, anonymous_pull_enabled: false, network_rule_bypass_option: 'AzureServices', network_rule_set: [{ default_action: hardened ? 'Deny' : 'Allow', ip_rule: [] }] }, { id: true, login_server: true, admin_username: true, admin_password: true, network_rule_set: [{ ip_rule: [] }] }, { admin_password: true }),
    resource('azurerm_storage_account', 'apps', { ...common, name: `st${name.replace(/-/g, '')}`.slice(0, 24), account_tier: 'Standard', account_replication_type: 'ZRS', https_traffic_only_enabled: true, min_tls_version: 'TLS1_2', shared_access_key_enabled: !hardened, public_network_access_enabled: !hardened, allow_nested_items_to_be_public: false }, { id: true, primary_access_key: true, secondary_access_key: true, primary_connection_string: true, primary_blob_endpoint: true, network_rules: true }, { primary_access_key: true, secondary_access_key: true, primary_connection_string: true }),
    resource('azurerm_storage_account_network_rules', 'apps', { default_action: hardened ? 'Deny' : 'Allow', bypass: ['AzureServices'], ip_rules: [], virtual_network_subnet_ids: [], private_link_access: [], timeouts: null }, { id: true, storage_account_id: true }),
    ...['vault', 'postgresqlServer', 'redisCache', 'registry', 'blob'].map((g) => resource('azurerm_private_endpoint', g, { ...common, name: `pe-${g}-${name}`, private_service_connection: [{ name: g, is_manual_connection: false, subresource_names: [g], request_message: null }], private_dns_zone_group: [], ip_configuration: [] }, { id: true, subnet_id: true, network_interface: true, custom_dns_configs: true, private_dns_zone_configs: true, private_service_connection: [{ private_connection_resource_id: true, private_ip_address: true, subresource_names: [false] }] })),
    resource('azurerm_private_dns_zone_virtual_network_link', 'spoke', { name: `link-${name}`, resource_group_name: 'rg-dns', private_dns_zone_name: 'privatelink.vaultcore.azure.net', registration_enabled: false, tags: null, timeouts: null }, { id: true, virtual_network_id: true }),
    resource('azurerm_monitor_diagnostic_setting', 'aks', { name: 'diag-aks', log_analytics_workspace_id: '/subscriptions/3f2b8a9c-5d41-4e6a-9b7c-2d8e1f0a6c35/resourceGroups/rg-monitor/providers/Microsoft.OperationalInsights/workspaces/law-platform', enabled_log: [{ category: null, category_group: 'audit' }], metric: [{ category: 'AllMetrics', enabled: true }], timeouts: null }, { id: true, target_resource_id: true, enabled_log: [{}], metric: [{}] }),
    resource('azurerm_role_assignment', 'acr_pull', { role_definition_name: 'AcrPull', skip_service_principal_aad_check: false, condition: null, timeouts: null }, { id: true, name: true, principal_id: true, scope: true, principal_type: true, role_definition_id: true }),
  ];
}

/** The module's configuration: one block per resource, references as terraform lists them. */
function moduleConfiguration(changes: Change[]): Json {
  const refs = (...r: string[]) => ({ references: r });
  const special: Record<string, Json> = {
    'azurerm_kubernetes_cluster.main': { default_node_pool: [{ vnet_subnet_id: refs('azurerm_subnet.nodes.id', 'azurerm_subnet.nodes') }], oms_agent: [{ log_analytics_workspace_id: refs('var.workspace_id') }] },
    'azurerm_subnet_network_security_group_association.nodes': { subnet_id: refs('azurerm_subnet.nodes.id', 'azurerm_subnet.nodes'), network_security_group_id: refs('azurerm_network_security_group.spoke.id', 'azurerm_network_security_group.spoke') },
    'azurerm_monitor_diagnostic_setting.aks': { target_resource_id: refs('azurerm_kubernetes_cluster.main.id', 'azurerm_kubernetes_cluster.main') },
  };
  return {
    resources: changes.map(([type, name]) => ({ address: `${type}.${name}`, mode: 'managed', type, name, provider_config_key: 'clusters:azurerm', expressions: { name: { constant_value: name }, ...(special[`${type}.${name}`] ?? {}) }, schema_version: 0 })),
    variables: { name: {}, region: {}, workspace_id: {} },
  };
}

const PROVIDER = 'registry.terraform.io/hashicorp/azurerm';

/** The clusters' modules, the same for a given count: the plan and the `.tf` configuration describe one estate. */
export function generatedModules(clusters: number): { name: string; changes: Change[] }[] {
  const rand = prng(0x7f9a + clusters);
  const names = Array.from({ length: clusters }, (_, i) => `${pick(rand, ['payments', 'orders', 'search', 'identity'])}-${['prod', 'stg', 'dev'][i % 3] as string}-${i}`);
  return names.map((name) => ({ name, changes: clusterModule(rand, name, pick(rand, REGIONS)) }));
}

/** Writes the plan to `file`, streaming: the plan of 1,000 clusters is about 100 MiB. Returns its size in bytes and instance count. */
export function writeTerraformPlan(file: string, clusters: number): { bytes: number; instances: number } {
  const fd = openSync(file, 'w');
  let bytes = 0;
  const write = (s: string) => {
    bytes += writeSync(fd, s);
  };
  const modules = generatedModules(clusters);
  let instances = 0;
  try {
    write('{"format_version":"1.2","terraform_version":"1.9.8","planned_values":{"root_module":{"child_modules":[');
    modules.forEach((m, i) => {
      const address = `module.clusters[${JSON.stringify(m.name)}]`;
      const resources = m.changes.map(([type, name, after, , sensitive]) => ({ address: `${address}.${type}.${name}`, mode: 'managed', type, name, provider_name: PROVIDER, schema_version: 0, values: after, sensitive_values: sensitive }));
      write(`${i ? ',' : ''}${JSON.stringify({ resources, address })}`);
    });
    write(']}},"resource_changes":[');
    modules.forEach((m, i) => {
      const module = `module.clusters[${JSON.stringify(m.name)}]`;
      m.changes.forEach(([type, name, after, unknown, sensitive], j) => {
        instances++;
        write(`${i || j ? ',' : ''}${JSON.stringify({ address: `${module}.${type}.${name}`, module_address: module, mode: 'managed', type, name, provider_name: PROVIDER, change: { actions: ['create'], before: null, after, after_unknown: unknown, before_sensitive: false, after_sensitive: sensitive } })}`);
      });
    });
    const configuration = { provider_config: { azurerm: { name: 'azurerm', full_name: PROVIDER, version_constraint: '~> 4.20' } }, root_module: { module_calls: { clusters: { source: './modules/cluster', for_each_expression: { references: ['local.clusters'] }, expressions: { workspace_id: { constant_value: '/subscriptions/3f2b8a9c-5d41-4e6a-9b7c-2d8e1f0a6c35/resourceGroups/rg-monitor/providers/Microsoft.OperationalInsights/workspaces/law-platform' } }, module: moduleConfiguration(modules[0]?.changes ?? []) } } } };
    write(`],"configuration":${JSON.stringify(configuration)},"timestamp":"2026-11-22T00:00:00Z","errored":false}\n`);
  } finally {
    closeSync(fd);
  }
  return { bytes, instances };
}
