import type { AddonConfig, AddonName, AgentPool, AksAddon, AksCluster } from '../../state/aks.ts';
import { refOf, type ResourceBase } from '../../state/resource.ts';
import type { ArmResource } from './collect-resources.ts';
import { DIAGNOSTIC_SETTINGS_PATH, adaptDiagnosticSettings } from './diagnostic-settings.ts';
import { FieldReader } from './fields.ts';
import type { ArmIndex } from './index-resources.ts';
import type { Node } from './properties.ts';
import { baseOf } from './base.ts';
import { relativeId } from './resource-id.ts';

export const MANAGED_CLUSTER = 'microsoft.containerservice/managedclusters';
export const AGENT_POOL = 'microsoft.containerservice/managedclusters/agentpools';

/** Where each cluster field is in the ARM body (2026-08-01 REST API names). */
export const CLUSTER_PATHS = {
  ...DIAGNOSTIC_SETTINGS_PATH,
  provisioningState: 'properties.provisioningState',
  kubernetesVersion: 'properties.currentKubernetesVersion',
  skuTier: 'sku.tier',
  supportPlan: 'properties.supportPlan',
  fqdn: 'properties.fqdn',
  privateFqdn: 'properties.privateFQDN',
  nodeResourceGroup: 'properties.nodeResourceGroup',
  'apiServer.privateCluster': 'properties.apiServerAccessProfile.enablePrivateCluster',
  'apiServer.privateClusterPublicFqdn': 'properties.apiServerAccessProfile.enablePrivateClusterPublicFQDN',
  'apiServer.authorizedIpRanges': 'properties.apiServerAccessProfile.authorizedIPRanges',
  'apiServer.vnetIntegration': 'properties.apiServerAccessProfile.enableVnetIntegration',
  'identity.type': 'identity.type',
  'identity.servicePrincipalClientId': 'properties.servicePrincipalProfile.clientId',
  oidcIssuerEnabled: 'properties.oidcIssuerProfile.enabled',
  workloadIdentityEnabled: 'properties.securityProfile.workloadIdentity.enabled',
  podIdentityEnabled: 'properties.podIdentityProfile.enabled',
  localAccountsDisabled: 'properties.disableLocalAccounts',
  'aad.managed': 'properties.aadProfile.managed',
  'aad.azureRbac': 'properties.aadProfile.enableAzureRBAC',
  rbacEnabled: 'properties.enableRBAC',
  'network.plugin': 'properties.networkProfile.networkPlugin',
  'network.pluginMode': 'properties.networkProfile.networkPluginMode',
  'network.policy': 'properties.networkProfile.networkPolicy',
  'network.dataplane': 'properties.networkProfile.networkDataplane',
  'network.outboundType': 'properties.networkProfile.outboundType',
  'network.podLinkLocalAccess': 'properties.networkProfile.podLinkLocalAccess',
  defenderEnabled: 'properties.securityProfile.defender.securityMonitoring.enabled',
  kmsEnabled: 'properties.securityProfile.azureKeyVaultKms.enabled',
  addons: 'properties.addonProfiles',
  'addons.azurePolicy': 'properties.addonProfiles.azurepolicy',
  'addons.keyVaultSecretsProvider': 'properties.addonProfiles.azureKeyvaultSecretsProvider',
  'addons.keyVaultSecretsProvider.config.secretRotation': 'properties.addonProfiles.azureKeyvaultSecretsProvider.config.enableSecretRotation',
  'addons.containerInsights': 'properties.addonProfiles.omsagent',
  'addons.containerInsights.config.logAnalyticsWorkspaceId': 'properties.addonProfiles.omsagent.config.logAnalyticsWorkspaceResourceID',
  'addons.httpApplicationRouting': 'properties.addonProfiles.httpApplicationRouting',
  'addons.kubeDashboard': 'properties.addonProfiles.kubeDashboard',
  'addons.virtualNodes': 'properties.addonProfiles.aciConnectorLinux',
  'addons.applicationGatewayIngress': 'properties.addonProfiles.ingressApplicationGateway',
  'addons.openServiceMesh': 'properties.addonProfiles.openServiceMesh',
  'addons.confidentialComputing': 'properties.addonProfiles.ACCSGXDevicePlugin',
  containerInsightsEnabled: 'properties.azureMonitorProfile.containerInsights.enabled',
  autoUpgradeChannel: 'properties.autoUpgradeProfile.upgradeChannel',
  nodeOsUpgradeChannel: 'properties.autoUpgradeProfile.nodeOSUpgradeChannel',
  agentPools: 'properties.agentPoolProfiles',
};
/** An older body states only the requested version. */
const CLUSTER_PATHS_REQUESTED_VERSION = { ...CLUSTER_PATHS, kubernetesVersion: 'properties.kubernetesVersion' };

/** Where each pool field is, relative to the pool's profile (or its agentPools resource's properties). */
export const POOL_PATHS = {
  mode: 'mode',
  count: 'count',
  orchestratorVersion: 'currentOrchestratorVersion',
  poolType: 'type',
  scaleMinNodes: 'virtualMachinesProfile.scale',
  osType: 'osType',
  vmSize: 'vmSize',
  enableNodePublicIP: 'enableNodePublicIP',
  enableEncryptionAtHost: 'enableEncryptionAtHost',
  availabilityZones: 'availabilityZones',
  enableAutoScaling: 'enableAutoScaling',
  minCount: 'minCount',
  vnetSubnetId: 'vnetSubnetID',
};
const POOL_PATHS_REQUESTED_VERSION = { ...POOL_PATHS, orchestratorVersion: 'orchestratorVersion' };

/** The add-on profiles' ARM names (lower case) and the add-ons they are. */
const ADDON_NAMES: ReadonlyMap<string, AddonName> = new Map([
  ['azurepolicy', 'azurePolicy'],
  ['azurekeyvaultsecretsprovider', 'keyVaultSecretsProvider'],
  ['omsagent', 'containerInsights'],
  ['httpapplicationrouting', 'httpApplicationRouting'],
  ['kubedashboard', 'kubeDashboard'],
  ['aciconnectorlinux', 'virtualNodes'],
  ['ingressapplicationgateway', 'applicationGatewayIngress'],
  ['openservicemesh', 'openServiceMesh'],
  ['accsgxdeviceplugin', 'confidentialComputing'],
]);

/**
 * The add-on `config` entries rules read (ARM key, lower case, and the state's name): Container
 * insights' workspace, the Secrets Store CSI driver's rotation flag, AGIC's gateway. The map is free-form, so
 * nothing else in it is kept: it would reach snapshots and report evidence, and a value there
 * can be a credential.
 */
const KEPT_ADDON_CONFIG: ReadonlyMap<string, keyof AddonConfig> = new Map([
  ['loganalyticsworkspaceresourceid', 'logAnalyticsWorkspaceId'],
  ['enablesecretrotation', 'secretRotation'],
  ['applicationgatewayid', 'applicationGatewayId'],
  ['effectiveapplicationgatewayid', 'effectiveApplicationGatewayId'],
]);

/** `Microsoft.ContainerService/managedClusters` → AksCluster. Property names and defaults follow the 2026-08-01 REST API. */
export function adaptClusters(index: ArmIndex): AksCluster[] {
  return index.ofType(MANAGED_CLUSTER).map((r) => adaptCluster(r, index));
}

function adaptCluster(r: ArmResource, index: ArmIndex): AksCluster {
  const f = new FieldReader(r.complete);
  const p = r.properties;
  const api = p?.child('apiServerAccessProfile');
  const security = p?.child('securityProfile');
  const aad = p?.child('aadProfile');
  const net = p?.child('networkProfile');
  const upgrade = p?.child('autoUpgradeProfile');
  const version = versionOf(p, 'currentKubernetesVersion', 'kubernetesVersion');
  const base = baseOf(r, f.defaulted, version.requested ? CLUSTER_PATHS_REQUESTED_VERSION : CLUSTER_PATHS);

  return {
    ...base,
    apiVersion: r.apiVersion,
    provisioningState: f.stated(p?.string('provisioningState')),
    kubernetesVersion: f.stated(version.value),
    skuTier: f.read('skuTier', r.node.child('sku')?.string('tier'), 'Free'),
    supportPlan: f.read('supportPlan', p?.string('supportPlan'), 'KubernetesOfficial'),
    fqdn: f.stated(p?.string('fqdn')),
    privateFqdn: f.stated(p?.string('privateFQDN')),
    nodeResourceGroup: f.stated(p?.string('nodeResourceGroup')),
    apiServer: {
      privateCluster: f.read('apiServer.privateCluster', api?.bool('enablePrivateCluster'), false),
      // No documented default: az CLI turns it on for private clusters, ARM templates leave it off.
      privateClusterPublicFqdn: f.stated(api?.bool('enablePrivateClusterPublicFQDN')),
      authorizedIpRanges: f.read('apiServer.authorizedIpRanges', api?.strings('authorizedIPRanges'), [] as string[]),
      vnetIntegration: f.read('apiServer.vnetIntegration', api?.bool('enableVnetIntegration'), false),
    },
    identity: {
      type: f.read('identity.type', r.node.child('identity')?.string('type'), 'None'),
      servicePrincipalClientId: f.stated(p?.child('servicePrincipalProfile')?.string('clientId')),
    },
    oidcIssuerEnabled: f.read('oidcIssuerEnabled', p?.child('oidcIssuerProfile')?.bool('enabled'), false),
    workloadIdentityEnabled: f.read('workloadIdentityEnabled', security?.child('workloadIdentity')?.bool('enabled'), false),
    podIdentityEnabled: f.read('podIdentityEnabled', p?.child('podIdentityProfile')?.bool('enabled'), false),
    localAccountsDisabled: f.read('localAccountsDisabled', p?.bool('disableLocalAccounts'), false),
    aad: {
      managed: f.read('aad.managed', aad?.bool('managed'), false),
      azureRbac: f.read('aad.azureRbac', aad?.bool('enableAzureRBAC'), false),
    },
    // Older bodies omit enableRBAC and its default changed over API versions: unknown when absent.
    rbacEnabled: f.stated(p?.bool('enableRBAC')),
    network: {
      plugin: f.read('network.plugin', net?.string('networkPlugin'), 'kubenet'),
      pluginMode: f.stated(net?.string('networkPluginMode')),
      policy: f.read('network.policy', net?.string('networkPolicy'), 'none'),
      dataplane: f.stated(net?.string('networkDataplane')),
      outboundType: f.read('network.outboundType', net?.string('outboundType'), 'loadBalancer'),
      // Only preview API versions expose it, so its absence proves nothing.
      podLinkLocalAccess: f.stated(net?.string('podLinkLocalAccess')),
    },
    defenderEnabled: f.read('defenderEnabled', security?.child('defender')?.child('securityMonitoring')?.bool('enabled'), false),
    kmsEnabled: f.read('kmsEnabled', security?.child('azureKeyVaultKms')?.bool('enabled'), false),
    addons: f.read('addons', addonsOf(p?.child('addonProfiles')), {}),
    containerInsightsEnabled: f.read('containerInsightsEnabled', p?.child('azureMonitorProfile')?.child('containerInsights')?.bool('enabled'), false),
    autoUpgradeChannel: f.read('autoUpgradeChannel', upgrade?.string('upgradeChannel'), 'none'),
    // Absent from API versions before 2023-06-01, and AKS picks a default per cluster age: unknown when absent.
    nodeOsUpgradeChannel: f.stated(upgrade?.string('nodeOSUpgradeChannel')),
    agentPools: agentPoolsOf(r, base, index),
    diagnosticSettings: adaptDiagnosticSettings(r, index),
  };
}

/** The add-ons under their domain names; ARM names match in any casing, and add-ons no rule knows are not kept. */
function addonsOf(profiles: Node | undefined): Partial<Record<AddonName, AksAddon>> | undefined {
  if (!profiles) return undefined;
  const out: Partial<Record<AddonName, AksAddon>> = {};
  for (const armName of Object.keys(profiles.obj)) {
    const name = ADDON_NAMES.get(armName.toLowerCase());
    const addon = name && profiles.child(armName);
    if (!name || !addon) continue;
    const config: AddonConfig = {};
    for (const [key, value] of Object.entries(addon.stringMap('config') ?? {})) {
      const kept = KEPT_ADDON_CONFIG.get(key.toLowerCase());
      if (kept) config[kept] = value;
    }
    out[name] = { enabled: addon.bool('enabled') ?? null, config };
  }
  return out;
}

/**
 * Pools from `properties.agentPoolProfiles` and from separate `agentPools` child resources;
 * a separate resource describes the pool more fully, so it wins on a name clash.
 */
function agentPoolsOf(r: ArmResource, cluster: ResourceBase, index: ArmIndex): AgentPool[] | null {
  const pools = new Map<string, AgentPool>();
  const parent = refOf(cluster);
  r.properties?.children('agentPoolProfiles')?.forEach((node, i) => {
    const name = node.string('name') ?? '(unnamed)';
    const identity: ResourceBase = {
      ...cluster,
      id: `${cluster.id}/agentPools/${name}`,
      name,
      tags: node.stringMap('tags') ?? {},
      origin: { source: r.source, file: node.file, pointer: node.pointer },
      parent,
    };
    pools.set(name.toLowerCase(), adaptPool(node, identity, `properties.agentPoolProfiles[${i}]`, r.complete, 'type'));
  });
  for (const child of index.attachedTo(r.id, AGENT_POOL)) {
    if (!child.properties) continue;
    // az aks nodepool show prints the pool's own `type` as `typePropertiesType`: `type` at the root is the resource type.
    const typeKey = child.properties === child.node ? 'typePropertiesType' : 'type';
    const identity: ResourceBase = { ...baseOf(child, []), location: child.location ?? cluster.location, parent };
    pools.set(child.name.toLowerCase(), adaptPool(child.properties, identity, `${relativeId(cluster.id, child.id)}#properties`, child.complete, typeKey));
  }
  if (pools.size === 0) return null;
  return [...pools.values()];
}

/**
 * One pool, read at `at`: its profile in the cluster body, or its own resource named relative to
 * the cluster's id, so evidence reads as the place to fix in the cluster's export.
 */
function adaptPool(n: Node, identity: ResourceBase, at: string, complete: boolean, typeKey: string): AgentPool {
  const f = new FieldReader(complete);
  // A GET body always states a pool's version: one that does not is a fragment, not a pool on the control plane's version.
  const version = versionOf(n, 'currentOrchestratorVersion', 'orchestratorVersion');
  return {
    ...identity,
    type: AGENT_POOL,
    provenance: { paths: version.requested ? POOL_PATHS_REQUESTED_VERSION : POOL_PATHS, at, defaulted: f.defaulted },
    mode: f.stated(n.string('mode')),
    count: f.stated(n.number('count')),
    orchestratorVersion: f.stated(version.value),
    poolType: f.read('poolType', n.string(typeKey), 'VirtualMachineScaleSets'),
    scaleMinNodes: f.stated(scaleMinNodesOf(n.child('virtualMachinesProfile')?.child('scale'))),
    osType: f.read('osType', n.string('osType'), 'Linux'),
    vmSize: f.stated(n.string('vmSize')),
    enableNodePublicIP: f.read('enableNodePublicIP', n.bool('enableNodePublicIP'), false),
    enableEncryptionAtHost: f.read('enableEncryptionAtHost', n.bool('enableEncryptionAtHost'), false),
    availabilityZones: f.read('availabilityZones', n.strings('availabilityZones'), [] as string[]),
    enableAutoScaling: f.read('enableAutoScaling', n.bool('enableAutoScaling'), false),
    minCount: f.stated(n.number('minCount')),
    vnetSubnetId: f.stated(n.string('vnetSubnetID')),
  };
}

/** The running version where the body has it, else the requested one (API versions before 2022 have only that), and whether that was it. */
function versionOf(n: Node | undefined, running: string, requested: string): { value: string | null | undefined; requested: boolean } {
  const current = n?.string(running);
  if (current !== undefined) return { value: current, requested: false };
  const asked = n?.string(requested);
  return { value: asked, requested: asked !== undefined && asked !== null };
}

/**
 * The fewest nodes a `VirtualMachines` pool's scale profile keeps: `manual` entries (`{ size, count }`)
 * run their count, `autoscale` entries (`{ size, minCount, maxCount }`) at least their minimum.
 * Undefined when an entry does not say, or the profile has neither list.
 */
function scaleMinNodesOf(scale: Node | undefined): number | undefined {
  const manual = scale?.children('manual');
  const autoscale = scale?.children('autoscale');
  if (!manual && !autoscale) return undefined;
  let nodes = 0;
  for (const [entries, key] of [[manual, 'count'], [autoscale, 'minCount']] as const) {
    for (const entry of entries ?? []) {
      const count = entry.number(key);
      if (count === undefined || count === null) return undefined;
      nodes += count;
    }
  }
  return nodes;
}
