import { loadCatalogue, defaultParameters } from '../../src/engine/catalogue.ts';
import { evaluate } from '../../src/engine/evaluate.ts';
import type { Finding } from '../../src/engine/finding.ts';
import type { Rule } from '../../src/engine/rule.ts';
import type { AgentPool, AksCluster } from '../../src/state/aks.ts';
import { emptyState, type State } from '../../src/state/state.ts';
import { DEFENDER_PLAN_PATHS, subscriptionPaths } from '../../src/adapters/arm/subscriptions.ts';
import type { Provenance } from '../../src/state/provenance.ts';
import type { ResourceBase, ResourceRef } from '../../src/state/resource.ts';
import type { DefenderPlan, Subscription } from '../../src/state/subscription.ts';

export const SUB = '00000000-0000-0000-0000-0000000000aa';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends unknown[] | null ? T[K] : T[K] extends object | null ? DeepPartial<NonNullable<T[K]>> | null : T[K] };

/** A node pool as a hardened production estate has it; override what a test is about. */
export function pool(overrides: Partial<AgentPool> = {}): AgentPool {
  return {
    name: 'system',
    mode: 'System',
    count: 3,
    orchestratorVersion: '1.35.4',
    osType: 'Linux',
    vmSize: 'Standard_D4ds_v5',
    enableNodePublicIP: false,
    enableEncryptionAtHost: true,
    availabilityZones: ['1', '2', '3'],
    enableAutoScaling: true,
    minCount: 3,
    vnetSubnetId: `/subscriptions/${SUB}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-prod/subnets/snet-aks`,
    path: 'properties.agentPoolProfiles[0]',
    ...overrides,
  };
}

/**
 * A cluster that passes every control-plane rule: private, Entra-only, workload identity,
 * Defender, zones, Standard tier. Tests override the one thing they are about.
 */
export function cluster(overrides: DeepPartial<AksCluster> = {}): AksCluster {
  const name = overrides.name ?? 'aks-prod';
  const base: AksCluster = {
    id: `/subscriptions/${SUB}/resourceGroups/rg-prod/providers/Microsoft.ContainerService/managedClusters/${name}`,
    name,
    type: 'microsoft.containerservice/managedclusters',
    subscriptionId: SUB,
    resourceGroup: 'rg-prod',
    location: 'westeurope',
    tags: {},
    origin: { source: 'file:test.json', file: 'test.json', pointer: '/0' },
    provenance: { paths: {}, defaulted: [] },
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
      azurepolicy: { enabled: true, config: {} },
      azurekeyvaultsecretsprovider: { enabled: true, config: { enableSecretRotation: 'true', rotationPollInterval: '2m' } },
      omsagent: { enabled: true, config: { logAnalyticsWorkspaceResourceID: `/subscriptions/${SUB}/resourceGroups/rg-ops/providers/Microsoft.OperationalInsights/workspaces/log-prod` } },
    },
    containerInsightsEnabled: false,
    autoUpgradeChannel: 'patch',
    nodeOsUpgradeChannel: 'NodeImage',
    agentPools: [pool(), pool({ name: 'user', mode: 'User', path: 'properties.agentPoolProfiles[1]' })],
    diagnosticSettings: [{ id: 'diag', name: 'to-log-analytics', categories: ['kube-audit-admin', 'kube-apiserver'], categoryGroups: [], hasDestination: true }],
  };
  return merge(base, overrides) as AksCluster;
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
export function run(rule: Rule<never>, s: State, params: Record<string, unknown> = {}, now = new Date('2026-11-22T00:00:00Z')): Finding[] {
  const entry = catalogue.get(rule.id);
  if (!entry) throw new Error(`${rule.id} has no rules.yaml entry`);
  const policy = {
    rules: new Map([[rule.id, { severity: entry.severity, params: { ...defaultParameters(entry), ...params } }]]),
    scoped: () => undefined,
  };
  const { findings, crashes } = evaluate(s, [rule], policy, now);
  if (crashes.length) throw new Error(`${rule.id} crashed: ${crashes[0]?.message}`);
  return findings;
}

/** The single finding a rule gave for one resource (throws when there is not exactly one). */
export function only(findings: Finding[], name?: string): Finding {
  const mine = name === undefined ? findings : findings.filter((f) => f.resource.name === name);
  if (mine.length !== 1) throw new Error(`expected one finding${name ? ` for ${name}` : ''}, got ${mine.length}: ${mine.map((f) => f.status).join(', ')}`);
  return mine[0]!;
}

function merge(base: unknown, patch: unknown): unknown {
  if (patch === undefined) return base;
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch) || base === null || typeof base !== 'object' || Array.isArray(base)) return patch;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch)) out[k] = merge(out[k], v);
  return out;
}
