import type { TfResource, TfValue } from '../../collectors/terraform/model.ts';
import type { AddonConfig, AddonName, AgentPool, AksAddon, AksCluster } from '../../state/aks.ts';
import { refOf, type ResourceBase } from '../../state/resource.ts';
import type { Maybe } from '../../state/resource.ts';
import { asBool, asNumber, asString, asStrings, type AttributeReader } from './attributes.ts';
import { tfBase } from './base.ts';
import { diagnosticSettingsOf } from './diagnostic-settings.ts';
import type { TfIndex } from './index-resources.ts';

const CLUSTER = 'azurerm_kubernetes_cluster';
const NODE_POOL = 'azurerm_kubernetes_cluster_node_pool';
const AGENT_POOL = 'microsoft.containerservice/managedclusters/agentpools';
export const AKS_TYPES = [CLUSTER, NODE_POOL];

/** What a Terraform configuration cannot say about a cluster: what AKS reports once it runs. */
const LIVE_ONLY = 'what AKS reports once the cluster runs, not in a Terraform configuration';

/**
 * `azurerm_kubernetes_cluster` (with its `azurerm_kubernetes_cluster_node_pool`s) → AksCluster.
 * Names and defaults per the provider's documentation at v3.117, v4.20 and v5.2.
 */
export function adaptClusters(index: TfIndex): AksCluster[] {
  return index.ofType(CLUSTER).map((r) => adaptCluster(r, index));
}

function adaptCluster(r: TfResource, index: TfIndex): AksCluster {
  const f = index.reader(r);
  const base = tfBase(r, 'microsoft.containerservice/managedclusters', index.ids, f);
  const identityType = f.read('identity.type', 'identity[0].type', asString);
  const aad = f.raw('azure_active_directory_role_based_access_control');
  const aadBlock = Array.isArray(aad) && aad.length > 0;
  return {
    ...base,
    apiVersion: null,
    provisioningState: null,
    // The version asked for; unset, AKS picks the latest recommended one at creation.
    kubernetesVersion: f.read('kubernetesVersion', 'kubernetes_version', asString),
    skuTier: f.read('skuTier', 'sku_tier', asString, 'Free'),
    supportPlan: f.read('supportPlan', 'support_plan', asString, 'KubernetesOfficial'),
    fqdn: f.unknowable('fqdn', LIVE_ONLY, 'fqdn'),
    privateFqdn: f.unknowable('privateFqdn', LIVE_ONLY, 'private_fqdn'),
    nodeResourceGroup: f.read('nodeResourceGroup', 'node_resource_group', asString),
    apiServer: {
      privateCluster: f.read('apiServer.privateCluster', 'private_cluster_enabled', asBool, false),
      privateClusterPublicFqdn: f.read('apiServer.privateClusterPublicFqdn', 'private_cluster_public_fqdn_enabled', asBool, false),
      // v3 also had the top-level `api_server_authorized_ip_ranges`, removed in 4.0.
      authorizedIpRanges: f.read('apiServer.authorizedIpRanges', ['api_server_access_profile[0].authorized_ip_ranges', 'api_server_authorized_ip_ranges'], asStrings, [] as string[]),
      vnetIntegration: f.read('apiServer.vnetIntegration', ['api_server_access_profile[0].virtual_network_integration_enabled', 'api_server_access_profile[0].vnet_integration_enabled'], asBool, false),
    },
    identity: {
      type: identityType,
      servicePrincipalClientId: identityType !== null ? servicePrincipalOf(f) : f.read('identity.servicePrincipalClientId', 'service_principal[0].client_id', asString),
    },
    // v5.0 turned the OIDC issuer on by default.
    oidcIssuerEnabled: f.read('oidcIssuerEnabled', 'oidc_issuer_enabled', asBool, index.byMajor({ 3: false, 4: false, 5: true })),
    workloadIdentityEnabled: f.read('workloadIdentityEnabled', 'workload_identity_enabled', asBool, false),
    podIdentityEnabled: f.fixed('podIdentityEnabled', false, 'azurerm has no pod-identity setting: a cluster it creates runs none'),
    localAccountsDisabled: f.read('localAccountsDisabled', 'local_account_disabled', asBool, false),
    aad: {
      // 4.0 removed `managed` (and the legacy integration): the block is AKS-managed Entra ID. In v3 `managed` defaults to false.
      managed: aadBlock ? f.read('aad.managed', 'azure_active_directory_role_based_access_control[0].managed', asBool, index.byMajor({ 3: false, 4: true, 5: true })) : f.present('aad.managed', 'azure_active_directory_role_based_access_control'),
      azureRbac: f.read('aad.azureRbac', 'azure_active_directory_role_based_access_control[0].azure_rbac_enabled', asBool, false),
    },
    rbacEnabled: f.read('rbacEnabled', 'role_based_access_control_enabled', asBool, true),
    network: {
      plugin: f.read('network.plugin', 'network_profile[0].network_plugin', asString),
      pluginMode: f.read('network.pluginMode', 'network_profile[0].network_plugin_mode', asString),
      policy: f.read('network.policy', 'network_profile[0].network_policy', asString, 'none'),
      // v3 `ebpf_data_plane` became `network_data_plane` in 4.0.
      dataplane: f.read('network.dataplane', ['network_profile[0].network_data_plane', 'network_profile[0].ebpf_data_plane'], asString, 'azure'),
      outboundType: f.read('network.outboundType', 'network_profile[0].outbound_type', asString, 'loadBalancer'),
      podLinkLocalAccess: f.unknowable('network.podLinkLocalAccess', LIVE_ONLY, 'network_profile[0].pod_link_local_access'),
    },
    defenderEnabled: f.present('defenderEnabled', 'microsoft_defender'),
    kmsEnabled: f.present('kmsEnabled', 'key_management_service'),
    addons: addonsOf(f),
    containerInsightsEnabled: f.fixed('containerInsightsEnabled', false, 'azurerm sets Container insights only as the oms_agent add-on'),
    // v3 names: `automatic_channel_upgrade`, `node_os_channel_upgrade` (the latter without a documented default).
    autoUpgradeChannel: f.read('autoUpgradeChannel', ['automatic_upgrade_channel', 'automatic_channel_upgrade'], asString, 'none'),
    nodeOsUpgradeChannel: f.read('nodeOsUpgradeChannel', ['node_os_upgrade_channel', 'node_os_channel_upgrade'], asString, index.byMajor({ 3: undefined, 4: 'NodeImage', 5: 'NodeImage' })),
    agentPools: agentPoolsOf(base, f, index),
    diagnosticSettings: diagnosticSettingsOf(base.id, index, f),
  };
}

/** A cluster with a managed identity uses it in place of a service principal: `msi`, as ARM says. */
function servicePrincipalOf(f: AttributeReader): Maybe<string> {
  const sp = f.raw('service_principal');
  if (Array.isArray(sp) && sp.length > 0) return f.read('identity.servicePrincipalClientId', 'service_principal[0].client_id', asString);
  f.provenance.paths['identity.servicePrincipalClientId'] = 'identity[0].type';
  return 'msi';
}


/**
 * Add-ons by their state names: azurerm spells each as a flag or a block whose presence turns
 * it on. Only the config entries rules read are kept (the workspace, secret rotation, AGIC's gateway).
 */
function addonsOf(f: AttributeReader): Partial<Record<AddonName, AksAddon>> {
  const config = (entries: Partial<Record<keyof AddonConfig, TfValue | undefined>>): AddonConfig =>
    Object.fromEntries(Object.entries(entries).flatMap(([k, v]) => (typeof v === 'string' || typeof v === 'boolean' ? [[k, String(v)]] : [])));
  return {
    azurePolicy: { enabled: f.read('addons.azurePolicy.enabled', 'azure_policy_enabled', asBool, false), config: {} },
    httpApplicationRouting: { enabled: f.read('addons.httpApplicationRouting.enabled', 'http_application_routing_enabled', asBool, false), config: {} },
    containerInsights: { enabled: f.present('addons.containerInsights.enabled', 'oms_agent'), config: config({ logAnalyticsWorkspaceId: f.raw('oms_agent[0].log_analytics_workspace_id') }) },
    keyVaultSecretsProvider: { enabled: f.present('addons.keyVaultSecretsProvider.enabled', 'key_vault_secrets_provider'), config: config({ secretRotation: f.raw('key_vault_secrets_provider[0].secret_rotation_enabled') }) },
    applicationGatewayIngress: { enabled: f.present('addons.applicationGatewayIngress.enabled', 'ingress_application_gateway'), config: agicConfig(f) },
  };
}

/** The gateway AGIC uses: the one `gateway_id` refers to (a gateway of the configuration or an ARM id), or the one it created. */
function agicConfig(f: AttributeReader): AddonConfig {
  const given = f.target('addons.applicationGatewayIngress.config.applicationGatewayId', 'ingress_application_gateway[0].gateway_id');
  const effective = f.raw('ingress_application_gateway[0].effective_gateway_id');
  return { ...(given && { applicationGatewayId: given }), ...(typeof effective === 'string' && { effectiveApplicationGatewayId: effective }) };
}

/**
 * The default node pool (a System pool, in the cluster's block) and the
 * `azurerm_kubernetes_cluster_node_pool`s whose `kubernetes_cluster_id` refers to the cluster.
 */
function agentPoolsOf(cluster: ResourceBase, f: AttributeReader, index: TfIndex): AgentPool[] {
  const parent = refOf(cluster);
  const pools: AgentPool[] = [];
  const builtIn = f.raw('default_node_pool');
  if (Array.isArray(builtIn) && builtIn.length > 0) {
    const p = f.block('default_node_pool[0]');
    const name = p.read('name', 'name', asString) ?? 'default';
    const base: ResourceBase = { ...cluster, id: `${cluster.id}/agentPools/${name}`, name, tags: {}, provenance: p.provenance, parent };
    pools.push(poolOf(p, base, p.fixed('mode', 'System', 'the default node pool is the System pool')));
  }
  for (const pool of index.referring(cluster.id, NODE_POOL, 'kubernetes_cluster_id')) {
    const p = index.reader(pool);
    const base = { ...tfBase(pool, AGENT_POOL, index.ids, p), parent };
    pools.push(poolOf(p, base, p.read('mode', 'mode', asString, 'User')));
  }
  return pools;
}

/** A pool's settings, in the names azurerm 3 (`enable_*`) and 4+ (`*_enabled`) give them. */
function poolOf(p: AttributeReader, base: ResourceBase, mode: Maybe<string>): AgentPool {
  const autoscaling = p.read('enableAutoScaling', ['auto_scaling_enabled', 'enable_auto_scaling'], asBool, false);
  return {
    ...base,
    type: AGENT_POOL,
    mode,
    count: p.read('count', 'node_count', asNumber),
    // The version asked for: what runs is known only once AKS reports it.
    orchestratorVersion: p.read('orchestratorVersion', 'orchestrator_version', asString),
    poolType: p.read('poolType', 'type', asString, 'VirtualMachineScaleSets'),
    scaleMinNodes: p.unknowable('scaleMinNodes', LIVE_ONLY, 'node_count'),
    osType: p.read('osType', 'os_type', asString, 'Linux'),
    vmSize: p.read('vmSize', 'vm_size', asString),
    enableNodePublicIP: p.read('enableNodePublicIP', ['node_public_ip_enabled', 'enable_node_public_ip'], asBool, false),
    enableEncryptionAtHost: p.read('enableEncryptionAtHost', ['host_encryption_enabled', 'enable_host_encryption'], asBool, false),
    // `availability_zones` is the v2 name.
    availabilityZones: p.read('availabilityZones', ['zones', 'availability_zones'], asStrings, [] as string[]),
    enableAutoScaling: autoscaling,
    minCount: autoscaling === false ? p.fixed('minCount', null, 'min_count applies only with autoscaling') : p.read('minCount', 'min_count', asNumber),
    vnetSubnetId: p.target('vnetSubnetId', 'vnet_subnet_id'),
  };
}
