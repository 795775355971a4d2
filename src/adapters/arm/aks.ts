import type { AgentPool, AksAddon, AksCluster } from '../../state/aks.ts';
import type { ArmResource } from './collect-resources.ts';
import { adaptDiagnosticSettings } from './diagnostic-settings.ts';
import { FieldReader } from './fields.ts';
import type { ArmIndex } from './index-resources.ts';
import type { Node } from './properties.ts';
import { baseOf } from './base.ts';

export const MANAGED_CLUSTER = 'microsoft.containerservice/managedclusters';
export const AGENT_POOL = 'microsoft.containerservice/managedclusters/agentpools';

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

  return {
    ...baseOf(r, f.defaulted),
    apiVersion: r.apiVersion,
    provisioningState: f.stated(p?.string('provisioningState')),
    kubernetesVersion: f.stated(version.value),
    kubernetesVersionFrom: version.from,
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
    agentPools: agentPoolsOf(r, index, f),
    diagnosticSettings: adaptDiagnosticSettings(r, index),
  };
}

/**
 * The add-on `config` entries rules read (lower case): Container insights' workspace and the
 * Secrets Store CSI driver's rotation flag. The map is free-form, so nothing else in it is kept:
 * it would reach snapshots and report evidence, and a value there can be a credential.
 */
const KEPT_ADDON_CONFIG = new Set(['loganalyticsworkspaceresourceid', 'enablesecretrotation']);

function addonsOf(profiles: Node | undefined): Record<string, AksAddon> | undefined {
  if (!profiles) return undefined;
  const out: [string, AksAddon][] = [];
  for (const name of Object.keys(profiles.obj)) {
    const addon = profiles.child(name);
    if (!addon) continue;
    const config = Object.entries(addon.stringMap('config') ?? {}).filter(([key]) => KEPT_ADDON_CONFIG.has(key.toLowerCase()));
    out.push([name.toLowerCase(), { enabled: addon.bool('enabled') ?? null, config: Object.fromEntries(config) }]);
  }
  // fromEntries: an add-on named `__proto__` in hostile input stays data.
  return Object.fromEntries(out);
}

/**
 * Pools from `properties.agentPoolProfiles` and from separate `agentPools` child resources;
 * a separate resource describes the pool more fully, so it wins on a name clash.
 */
function agentPoolsOf(r: ArmResource, index: ArmIndex, f: FieldReader): AgentPool[] | null {
  const pools = new Map<string, AgentPool>();
  r.properties?.children('agentPoolProfiles')?.forEach((node, i) => {
    const pool = adaptPool(node, f.nested(`agentPools[${i}].`), `properties.agentPoolProfiles[${i}]`, 'type');
    pools.set(pool.name.toLowerCase(), pool);
  });
  for (const child of index.attachedTo(r.id, AGENT_POOL)) {
    if (!child.properties) continue;
    // az aks nodepool show prints the pool's own `type` as `typePropertiesType`: `type` at the root is the resource type.
    const typeKey = child.properties === child.node ? 'typePropertiesType' : 'type';
    const pool = adaptPool(child.properties, f.nested(`agentPools[${child.name}].`, child.complete), child.id, typeKey, child.name);
    pools.set(pool.name.toLowerCase(), pool);
  }
  if (pools.size === 0) return null;
  return [...pools.values()];
}

function adaptPool(n: Node, f: FieldReader, path: string, typeKey: string, name?: string): AgentPool {
  // A GET body always states a pool's version: one that does not is a fragment, not a pool on the control plane's version.
  const version = versionOf(n, 'currentOrchestratorVersion', 'orchestratorVersion');
  return {
    name: name ?? n.string('name') ?? '(unnamed)',
    mode: f.stated(n.string('mode')),
    count: f.stated(n.number('count')),
    orchestratorVersion: f.stated(version.value),
    orchestratorVersionFrom: version.from,
    type: f.read('type', n.string(typeKey), 'VirtualMachineScaleSets'),
    scaleMinNodes: f.stated(scaleMinNodesOf(n.child('virtualMachinesProfile')?.child('scale'))),
    osType: f.read('osType', n.string('osType'), 'Linux'),
    vmSize: f.stated(n.string('vmSize')),
    enableNodePublicIP: f.read('enableNodePublicIP', n.bool('enableNodePublicIP'), false),
    enableEncryptionAtHost: f.read('enableEncryptionAtHost', n.bool('enableEncryptionAtHost'), false),
    availabilityZones: f.read('availabilityZones', n.strings('availabilityZones'), [] as string[]),
    enableAutoScaling: f.read('enableAutoScaling', n.bool('enableAutoScaling'), false),
    minCount: f.stated(n.number('minCount')),
    vnetSubnetId: f.stated(n.string('vnetSubnetID')),
    path,
  };
}

/** The running version where the body has it, else the requested one (API versions before 2022 have only that), and which was read. */
function versionOf(n: Node | undefined, running: string, requested: string): { value: string | null | undefined; from: string | null } {
  const current = n?.string(running);
  if (current !== undefined) return { value: current, from: current === null ? null : running };
  const asked = n?.string(requested);
  return asked !== undefined ? { value: asked, from: asked === null ? null : requested } : { value: undefined, from: null };
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
