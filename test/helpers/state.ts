import { loadReferenceData } from '../../src/cli/reference-data.ts';
import { loadCatalogue, defaultParameters } from '../../src/engine/catalogue.ts';
import { evaluate } from '../../src/engine/evaluate.ts';
import { unscopedPolicy } from '../../src/engine/policy.ts';
import { STATUSES, type Finding, type Status } from '../../src/engine/finding.ts';
import type { Rule } from '../../src/engine/rule.ts';
import { CLUSTER_PATHS, POOL_PATHS } from '../../src/adapters/arm/aks.ts';
import { SETTING_PATHS } from '../../src/adapters/arm/diagnostic-settings.ts';
import type { AgentPool, AksCluster } from '../../src/state/aks.ts';
import type { DiagnosticSetting } from '../../src/state/diagnostic-setting.ts';
import { emptyState, type State } from '../../src/state/state.ts';
import { DEFENDER_PLAN_PATHS, subscriptionPaths } from '../../src/adapters/arm/subscriptions.ts';
import type { Provenance } from '../../src/state/provenance.ts';
import type { ResourceBase, ResourceRef } from '../../src/state/resource.ts';
import type { DefenderPlan, Subscription } from '../../src/state/subscription.ts';

/** The reference data aks-audit ships (the dated AKS support calendar), as a scan loads it. */
export const REFERENCE = loadReferenceData();

export const SUB = '00000000-0000-0000-0000-0000000000aa';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends unknown[] | null ? T[K] : T[K] extends object | null ? DeepPartial<NonNullable<T[K]>> | null : T[K] };

const CLUSTER_TYPE = 'microsoft.containerservice/managedclusters';
const clusterId = (name: string) => `/subscriptions/${SUB}/resourceGroups/rg-prod/providers/Microsoft.ContainerService/managedClusters/${name}`;

/**
 * A node pool as a hardened production estate has it, read as the ARM adapter reads a pool in
 * the cluster body; override what a test is about. `cluster()` places its pools: each gets its
 * id under the cluster, the cluster as parent, and its index in `agentPoolProfiles`.
 */
export function pool(overrides: Partial<AgentPool> = {}): AgentPool {
  const name = overrides.name ?? 'system';
  return {
    id: `${clusterId('aks-prod')}/agentPools/${name}`,
    name,
    type: 'microsoft.containerservice/managedclusters/agentpools',
    subscriptionId: SUB,
    resourceGroup: 'rg-prod',
    location: 'westeurope',
    tags: {},
    origin: { source: 'file:test.json', file: 'test.json', pointer: '/0/properties/agentPoolProfiles/0' },
    provenance: { paths: POOL_PATHS, at: 'properties.agentPoolProfiles[0]', defaulted: [] },
    parent: { id: clusterId('aks-prod'), name: 'aks-prod', type: CLUSTER_TYPE, subscriptionId: SUB, resourceGroup: 'rg-prod' },
    mode: 'System',
    count: 3,
    orchestratorVersion: '1.35.4',
    poolType: 'VirtualMachineScaleSets',
    scaleMinNodes: null,
    osType: 'Linux',
    vmSize: 'Standard_D4ds_v5',
    enableNodePublicIP: false,
    enableEncryptionAtHost: true,
    availabilityZones: ['1', '2', '3'],
    enableAutoScaling: true,
    minCount: 3,
    maxCount: 6,
    vnetSubnetId: `/subscriptions/${SUB}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-prod/subnets/snet-aks`,
    ...overrides,
  };
}

/** A pool read from its own `agentPools` resource in an ARM export, rather than from the cluster body. */
export function separatePool(overrides: Partial<AgentPool> = {}): AgentPool {
  const p = pool(overrides);
  return { ...p, provenance: { ...p.provenance, at: `agentPools/${p.name}#properties` } };
}

/**
 * A cluster that passes every control-plane rule: private, Entra-only, workload identity,
 * Defender, zones, Standard tier. Tests override the one thing they are about.
 */
export function cluster(overrides: DeepPartial<AksCluster> = {}): AksCluster {
  const name = overrides.name ?? 'aks-prod';
  const id = clusterId(name);
  const base: AksCluster = {
    id,
    name,
    type: CLUSTER_TYPE,
    subscriptionId: SUB,
    resourceGroup: 'rg-prod',
    location: 'westeurope',
    tags: {},
    origin: { source: 'file:test.json', file: 'test.json', pointer: '/0' },
    provenance: { paths: CLUSTER_PATHS, defaulted: [] },
    apiVersion: null,
    provisioningState: 'Succeeded',
    kubernetesVersion: '1.35.4',
    skuTier: 'Standard',
    supportPlan: 'KubernetesOfficial',
    fqdn: null,
    privateFqdn: `${name}-abc.privatelink.westeurope.azmk8s.io`,
    nodeResourceGroup: `MC_rg-prod_${name}_westeurope`,
    apiServer: { privateCluster: true, privateClusterPublicFqdn: false, authorizedIpRanges: [], vnetIntegration: false },
    identity: { type: 'UserAssigned', servicePrincipalClientId: 'msi' },
    oidcIssuerEnabled: true,
    workloadIdentityEnabled: true,
    podIdentityEnabled: false,
    localAccountsDisabled: true,
    aad: { managed: true, azureRbac: true },
    rbacEnabled: true,
    network: { plugin: 'azure', pluginMode: 'overlay', policy: 'cilium', dataplane: 'cilium', outboundType: 'userDefinedRouting', podLinkLocalAccess: 'None' },
    defenderEnabled: true,
    kmsEnabled: true,
    addons: {
      azurePolicy: { enabled: true, config: {} },
      keyVaultSecretsProvider: { enabled: true, config: { secretRotation: 'true' } },
      containerInsights: { enabled: true, config: { logAnalyticsWorkspaceId: `/subscriptions/${SUB}/resourceGroups/rg-ops/providers/Microsoft.OperationalInsights/workspaces/log-prod` } },
    },
    containerInsightsEnabled: false,
    autoUpgradeChannel: 'patch',
    nodeOsUpgradeChannel: 'NodeImage',
    agentPools: [pool(), pool({ name: 'user', mode: 'User' })],
    diagnosticSettings: [diagnosticSetting(id, 'to-log-analytics', { categories: ['kube-audit-admin', 'kube-apiserver'] })],
  };
  const out = merge(base, overrides) as AksCluster;
  const parent: ResourceRef = { id: out.id, name: out.name, type: out.type, subscriptionId: out.subscriptionId, resourceGroup: out.resourceGroup };
  // Pools belong to the cluster they are given to, at their place in its body (a separate agentPools resource keeps its own).
  out.agentPools = out.agentPools?.map((p, i) => {
    const inBody = p.provenance.at?.startsWith('properties.agentPoolProfiles[') ?? false;
    const at = inBody ? `properties.agentPoolProfiles[${i}]` : p.provenance.at;
    return { ...p, id: `${out.id}/agentPools/${p.name}`, parent, subscriptionId: out.subscriptionId, resourceGroup: out.resourceGroup, provenance: { ...p.provenance, at } };
  }) ?? null;
  return out;
}

/** A diagnostic setting on the resource `ownerId`, sending the logs a test gives it to a workspace. */
export function diagnosticSetting(ownerId: string, name: string, overrides: Partial<DiagnosticSetting> = {}): DiagnosticSetting {
  const relative = `providers/Microsoft.Insights/diagnosticSettings/${name}`;
  return {
    id: `${ownerId}/${relative}`,
    name,
    type: 'microsoft.insights/diagnosticsettings',
    subscriptionId: SUB,
    resourceGroup: 'rg-prod',
    location: null,
    tags: {},
    origin: { source: 'file:test.json', file: 'test.json', pointer: '/1' },
    provenance: { paths: SETTING_PATHS, at: `${relative}#properties`, defaulted: [] },
    categories: [],
    categoryGroups: [],
    hasDestination: true,
    ...overrides,
  };
}

/** The envelope of any resource in the test subscription, with its adapter's table of source paths: tests add the service's own fields. */
export function resource(type: string, name: string, resourceGroup = 'rg-prod', paths: Readonly<Record<string, string>> = {}): ResourceBase {
  const [namespace, kind] = type.split('/');
  return {
    id: `/subscriptions/${SUB}/resourceGroups/${resourceGroup}/providers/${namespace}/${kind}/${name}`,
    name,
    type: type.toLowerCase(),
    subscriptionId: SUB,
    resourceGroup,
    location: 'westeurope',
    tags: {},
    origin: { source: 'file:test.json', file: 'test.json', pointer: '/0' },
    provenance: { paths, defaulted: [] },
  };
}

/** Provenance as the helpers give it: the adapter's table, whatever `defaulted` a test sets. */
export function provenanceWith(paths: Readonly<Record<string, string>>, overrides: { provenance?: Provenance }): Provenance {
  return { paths, defaulted: [...(overrides.provenance?.defaulted ?? [])] };
}

const SUBSCRIPTION_ID = `/subscriptions/${SUB}`;
const SUBSCRIPTION_REF: ResourceRef = { id: SUBSCRIPTION_ID, name: 'platform-prod', type: 'microsoft.resources/subscriptions', subscriptionId: SUB, resourceGroup: null };

/** A Defender plan of the test subscription, as the ARM adapter makes it. */
export function defenderPlan(name: string, tier: string | null = 'Standard', extensions: Record<string, boolean> = {}): DefenderPlan {
  return {
    id: `${SUBSCRIPTION_ID}/providers/Microsoft.Security/pricings/${name}`,
    name,
    type: 'microsoft.security/pricings',
    subscriptionId: SUB,
    resourceGroup: null,
    location: null,
    tags: {},
    origin: { source: 'file:test.json', file: 'test.json', pointer: '/2' },
    provenance: { paths: DEFENDER_PLAN_PATHS, defaulted: [] },
    parent: SUBSCRIPTION_REF,
    tier,
    subPlan: null,
    extensions,
  };
}

export function subscription(overrides: Partial<Subscription> = {}): Subscription {
  const displayName = overrides.displayName === undefined ? 'platform-prod' : overrides.displayName;
  const sub: Subscription = {
    id: SUBSCRIPTION_ID,
    name: displayName ?? SUB,
    type: 'microsoft.resources/subscriptions',
    subscriptionId: SUB,
    resourceGroup: null,
    location: null,
    tags: {},
    origin: { source: 'file:test.json', file: 'test.json', pointer: '/3' },
    provenance: { paths: {}, defaulted: [] },
    displayName,
    defenderPlans: [defenderPlan('Containers', 'Standard', { ContainerSensor: true })],
    securityContacts: [
      {
        id: `/subscriptions/${SUB}/providers/Microsoft.Security/securityContacts/default`,
        name: 'default',
        emails: ['secops@contoso.com'],
        phone: null,
        isEnabled: true,
        alertNotifications: true,
        alertMinimalSeverity: 'Medium',
        notificationsByRole: { state: 'On', roles: ['Owner'] },
        origin: { source: 'file:test.json', file: 'test.json', pointer: '/1' },
      },
    ],
    ...overrides,
  };
  sub.provenance = { paths: subscriptionPaths(sub.id, sub.securityContacts), defaulted: [] };
  return sub;
}

export function state(parts: Partial<State> = {}): State {
  return { ...emptyState(), subscriptions: [subscription()], ...parts };
}

const catalogue = loadCatalogue();

/** Runs one rule over a state with its catalogue defaults, overridden by `params`. */
export function run(rule: Rule<never>, s: State, params: Record<string, unknown> = {}, now = new Date('2026-11-22T00:00:00Z'), reference = REFERENCE): Finding[] {
  const entry = catalogue.get(rule.id);
  if (!entry) throw new Error(`${rule.id} has no rules.yaml entry`);
  // Rules are judged on every object here: setting AKS-managed ones apart is policy, tested in test/policy.
  const policy = unscopedPolicy(new Map([[rule.id, { severity: entry.severity, params: { ...defaultParameters(entry), ...params } }]]), 'judge');
  const { findings, crashes } = evaluate(s, [rule], policy, now, reference);
  if (crashes.length) throw new Error(`${rule.id} crashed: ${crashes[0]?.message}`);
  return findings;
}

/** The single finding a rule gave for one resource (throws when there is not exactly one). */
export function only(findings: Finding[], name?: string): Finding {
  const mine = name === undefined ? findings : findings.filter((f) => f.resource.name === name);
  if (mine.length !== 1) throw new Error(`expected one finding${name ? ` for ${name}` : ''}, got ${mine.length}: ${mine.map((f) => f.status).join(', ')}`);
  return mine[0]!;
}

/**
 * A cluster's verdict as peers give it, one per cluster: the worst of the cluster's own finding
 * and its pools' (fail, then unknown, ..., then pass).
 */
export function clusterStatus(findings: Finding[], name: string): Status {
  const mine = findings.filter((f) => (f.resource.name === name && f.resource.parent === undefined) || f.resource.parent?.name === name);
  const worst = STATUSES.find((s) => mine.some((f) => f.status === s));
  if (!worst) throw new Error(`no finding for cluster ${name} or its pools`);
  return worst;
}

function merge(base: unknown, patch: unknown): unknown {
  if (patch === undefined) return base;
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch) || base === null || typeof base !== 'object' || Array.isArray(base)) return patch;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch)) out[k] = merge(out[k], v);
  return out;
}
