import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adaptArm } from '../../../src/adapters/arm/adapt.ts';
import { collectArmFiles } from '../../../src/collectors/files/collect-arm-files.ts';
import type { AksCluster } from '../../../src/state/aks.ts';
import type { Rule } from '../../../src/engine/rule.ts';
import auditLogs from '../../../src/rules/aks/aks-audit-logs-enabled.ts';
import azurePolicy from '../../../src/rules/aks/aks-azure-policy-addon-enabled.ts';
import systemPool from '../../../src/rules/aks/aks-system-pool-min-nodes.ts';
import userPoolAutoscaling from '../../../src/rules/aks/aks-user-pool-autoscaling.ts';
import { stateOf } from '../../helpers/scan.ts';
import { run, state } from '../../helpers/state.ts';

const INPUTS = 'fixtures/inputs';
const SUB = '4f1c2a36-9d2e-4b8f-a6c1-2f0e8d7b5c91';
const CLUSTER_ID = `/subscriptions/${SUB}/resourceGroups/rg-payments-prod/providers/Microsoft.ContainerService/managedClusters/aks-payments-prod`;

/** The one cluster in a file's state. */
const clusterOf = (...files: string[]): AksCluster => {
  const { clusters } = stateOf(...files.map((f) => join(INPUTS, f)));
  expect(clusters).toHaveLength(1);
  return clusters[0]!;
};
/** What must agree across shapes: everything but where it was read and how the source spelled the id. */
const comparable = (c: AksCluster) => ({
  ...c,
  id: c.id.toLowerCase(),
  origin: undefined,
  diagnosticSettings: undefined,
  agentPools: c.agentPools?.map((p) => ({ ...p, id: p.id.toLowerCase(), origin: undefined, parent: { ...p.parent, id: p.parent?.id.toLowerCase() } })),
});

/** A throwaway input file holding `document`. */
function inputFile(document: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'aks-audit-shapes-')), 'input.json');
  writeFileSync(file, JSON.stringify(document));
  return file;
}

describe('ARM input shapes', () => {
  const reference = clusterOf('cluster-resource.json');

  it('reads a single resource (az resource show) into the full cluster state', () => {
    expect(reference).toMatchObject({
      id: CLUSTER_ID,
      name: 'aks-payments-prod',
      type: 'microsoft.containerservice/managedclusters',
      subscriptionId: SUB,
      resourceGroup: 'rg-payments-prod',
      location: 'westeurope',
      tags: { env: 'prod', costCenter: 'payments' },
      kubernetesVersion: '1.33.2',
      skuTier: 'Standard',
      identity: { type: 'SystemAssigned', servicePrincipalClientId: 'msi' },
      rbacEnabled: true,
      aad: { managed: true, azureRbac: true },
      apiServer: { privateCluster: false, privateClusterPublicFqdn: null, authorizedIpRanges: ['203.0.113.0/28', '198.51.100.17/32'], vnetIntegration: false },
      network: { plugin: 'azure', pluginMode: 'overlay', policy: 'cilium', dataplane: 'cilium', outboundType: 'loadBalancer', podLinkLocalAccess: null },
      workloadIdentityEnabled: true,
      defenderEnabled: true,
      autoUpgradeChannel: 'patch',
      nodeOsUpgradeChannel: 'NodeImage',
      addons: { azurePolicy: { enabled: true, config: {} }, containerInsights: { enabled: true } },
    });
    expect(reference.agentPools?.map((p) => [p.name, p.mode, p.orchestratorVersion])).toEqual([
      ['system', 'System', '1.33.2'],
      ['payments', 'User', '1.33.2'],
    ]);
    expect(reference.origin).toEqual({ source: 'file:fixtures/inputs/cluster-resource.json', file: 'fixtures/inputs/cluster-resource.json', pointer: '' });
  });

  it.each([
    ['az aks show -o json (flattened, az casing, unset printed as null)', 'cluster-az-aks-show.json', ''],
    ['an array', 'cluster-array.json', '/0'],
    ['a list response { value, nextLink }', 'cluster-list.json', '/value/0'],
    ['Resource Graph { data: [...] }', 'cluster-resource-graph.json', '/data/0'],
    ['Resource Graph resultFormat table { data: { columns, rows } }', 'cluster-resource-graph-table.json', '/data/rows/0'],
    ['an Azure PowerShell / PSRule export with mixed casing', 'estate-psrule-export.json', '/1'],
  ])('reads %s into the same cluster state', (_shape, file, pointer) => {
    const c = clusterOf(file);
    expect(comparable(c)).toEqual(comparable(reference));
    expect(c.origin.pointer).toBe(pointer);
  });

  it('takes the API default for a property a complete body omits, and says so', () => {
    expect(reference.localAccountsDisabled).toBe(false);
    expect(reference.provenance.defaulted).toContain('localAccountsDisabled');
    expect(reference.agentPools?.[1]?.provenance.defaulted).toContain('enableEncryptionAtHost');
    expect(reference.provenance.defaulted).not.toContain('rbacEnabled');
  });

  it('treats a null az CLI prints for an unset property like an omitted one', () => {
    const c = clusterOf('cluster-az-aks-show.json');
    expect(c.localAccountsDisabled).toBe(false);
    expect(c.provenance.defaulted).toEqual(reference.provenance.defaulted);
  });

  it('leaves everything unknown for a fragment without properties', () => {
    const { clusters } = stateOf(inputFile({ id: CLUSTER_ID, name: 'aks-payments-prod', type: 'Microsoft.ContainerService/managedClusters', location: 'westeurope' }));
    const c = clusters[0]!;
    expect(c.localAccountsDisabled).toBeNull();
    expect(c.apiServer.privateCluster).toBeNull();
    expect(c.network.plugin).toBeNull();
    expect(c.agentPools).toBeNull();
    expect(c.provenance.defaulted).toEqual([]);
  });

  it('keeps preview-only and version-dependent properties unknown when absent', () => {
    expect(reference.network.podLinkLocalAccess).toBeNull();
    expect(reference.provenance.defaulted).not.toContain('network.podLinkLocalAccess');
    const preview = clusterOf('cluster-az-aks-show.json');
    expect(preview.network.podLinkLocalAccess).toBeNull();
  });
});

describe('diagnostic settings', () => {
  it('are unknown when the input carried neither the children nor a setting', () => {
    expect(clusterOf('cluster-resource.json').diagnosticSettings).toBeNull();
  });

  it('are read from nested children marked with ExtensionResourceType, placed relative to the cluster', () => {
    expect(clusterOf('estate-psrule-export.json').diagnosticSettings).toEqual([
      expect.objectContaining({
        id: expect.stringMatching(/\/providers\/microsoft\.insights\/diagnosticSettings\/aks-to-log-analytics$/),
        name: 'aks-to-log-analytics',
        type: 'microsoft.insights/diagnosticsettings',
        provenance: expect.objectContaining({ at: 'providers/microsoft.insights/diagnosticSettings/aks-to-log-analytics#properties' }),
        categories: ['kube-audit-admin', 'kube-apiserver'],
        categoryGroups: [],
        hasDestination: true,
      }),
    ]);
  });

  it('are attached by id when they come from another file', () => {
    const c = clusterOf('cluster-resource.json', 'cluster-diagnostic-settings.json');
    expect(c.diagnosticSettings).toEqual([expect.objectContaining({ name: 'aks-audit-to-storage', categoryGroups: ['audit'], hasDestination: true })]);
  });

  it('are known to be none when the export carried the children and no setting', () => {
    const rest = { ...rawFixture('cluster-resource.json'), resources: [] };
    const { clusters } = stateOf(inputFile(rest));
    expect(clusters[0]!.diagnosticSettings).toEqual([]);
  });
});

describe('agent pools', () => {
  it('merge separate agentPools resources with agentPoolProfiles, the separate resource winning', () => {
    const c = clusterOf('cluster-with-agentpool-resources.json');
    expect(c.agentPools?.map((p) => ({ id: p.id, name: p.name, count: p.count, enableEncryptionAtHost: p.enableEncryptionAtHost, at: p.provenance.at }))).toEqual([
      { id: `${CLUSTER_ID}/agentPools/system`, name: 'system', count: 4, enableEncryptionAtHost: true, at: 'agentPools/system#properties' },
      { id: `${CLUSTER_ID}/agentPools/payments`, name: 'payments', count: 2, enableEncryptionAtHost: true, at: 'agentPools/payments#properties' },
    ]);
  });

  it('carry the autoscaler range, which the User-pool rule judges on each pool', () => {
    const c = clusterOf('cluster-resource.json');
    expect(c.agentPools!.map((p) => [p.name, p.enableAutoScaling, p.minCount, p.maxCount])).toEqual([['system', true, 3, 5], ['payments', false, null, null]]);
    const [payments] = run(userPoolAutoscaling, state({ clusters: [c] }));
    expect(payments).toMatchObject({ status: 'fail', resource: { name: 'payments' } });
    expect(payments!.evidence).toContainEqual({ path: 'properties.agentPoolProfiles[1].enableAutoScaling', value: false });
  });

  it('are resources of their own, with the cluster as parent and the defaults they took', () => {
    const [system, payments] = clusterOf('cluster-resource.json').agentPools!;
    expect(system).toMatchObject({
      id: `${CLUSTER_ID}/agentPools/system`,
      type: 'microsoft.containerservice/managedclusters/agentpools',
      subscriptionId: SUB,
      resourceGroup: 'rg-payments-prod',
      parent: { id: CLUSTER_ID, name: 'aks-payments-prod', type: 'microsoft.containerservice/managedclusters' },
      origin: { file: 'fixtures/inputs/cluster-resource.json', pointer: '/properties/agentPoolProfiles/0' },
      provenance: { at: 'properties.agentPoolProfiles[0]' },
    });
    expect(payments?.provenance.defaulted).toContain('enableEncryptionAtHost');
    expect(system?.provenance.paths.orchestratorVersion).toBe('currentOrchestratorVersion');
  });
});

describe('subscriptions and unrecognized types', () => {
  const files = collectArmFiles([join(INPUTS, 'estate-psrule-export.json')]);
  const { state, unrecognized } = adaptArm(files.resources);

  it('reads a PowerShell subscription object whose Id is a bare GUID', () => {
    expect(state.subscriptions).toHaveLength(1);
    expect(state.subscriptions[0]).toMatchObject({ id: `/subscriptions/${SUB}`, subscriptionId: SUB, name: 'payments-prod', displayName: 'payments-prod', origin: { pointer: '/0' } });
  });

  it('turns Defender pricings into plans named by plan name', () => {
    expect(Object.fromEntries(state.subscriptions[0]!.defenderPlans!.map((p) => [p.name, p]))).toMatchObject({
      Containers: { tier: 'Standard', subPlan: null, extensions: { ContainerRegistriesVulnerabilityAssessments: true, AgentlessDiscoveryForKubernetes: true, ContainerSensor: false } },
      VirtualMachines: { tier: 'Free', subPlan: null, extensions: {} },
    });
  });

  it('has unknown Defender plans for a subscription only seen in resource ids', () => {
    expect(stateOf(join(INPUTS, 'cluster-resource.json')).subscriptions).toMatchObject([{ id: `/subscriptions/${SUB}`, name: SUB, subscriptionId: SUB, origin: { source: 'inferred' }, displayName: null, defenderPlans: null, securityContacts: null }]);
  });

  it('counts resource types no adapter reads, and objects without an id', () => {
    expect(unrecognized).toEqual([
      { type: 'microsoft.containerservice/managedclusters/maintenanceconfigurations', count: 1 },
    ]);
    expect(files.sources).toEqual([
      { id: 'file:fixtures/inputs/estate-psrule-export.json', kind: 'file', target: 'fixtures/inputs/estate-psrule-export.json', status: 'ok', resources: 8, message: '1 object(s) without an ARM resource id were skipped' },
    ]);
  });

  it('keeps only the add-on config entries rules read: a free-form value can be a credential', () => {
    const body = JSON.parse(readFileSync(join(INPUTS, 'cluster-resource.json'), 'utf8')) as { properties: { addonProfiles: Record<string, unknown> } };
    body.properties.addonProfiles.azureKeyvaultSecretsProvider = { enabled: true, config: { enableSecretRotation: 'true', rotationPollInterval: '2m' } };
    body.properties.addonProfiles.ingressApplicationGateway = { enabled: true, config: { applicationGatewayName: 'agw-payments', subnetCIDR: '10.225.0.0/16', webhookToken: 'CANARY-SECRET-7e20-addon' } };

    const { clusters } = stateOf(inputFile(body));

    expect(clusters[0]?.addons).toEqual({
      azurePolicy: { enabled: true, config: {} },
      containerInsights: { enabled: true, config: { logAnalyticsWorkspaceId: '/subscriptions/4f1c2a36-9d2e-4b8f-a6c1-2f0e8d7b5c91/resourceGroups/rg-monitoring/providers/Microsoft.OperationalInsights/workspaces/log-platform-prod' } },
      keyVaultSecretsProvider: { enabled: true, config: { secretRotation: 'true' } },
      applicationGatewayIngress: { enabled: true, config: {} },
    });
  });

  it('keys add-ons by what they do, matching ARM names in any casing, and drops add-ons no rule knows', () => {
    const body = rawFixture('cluster-resource.json') as { properties: { addonProfiles: Record<string, unknown> } };
    body.properties.addonProfiles = {
      AzurePolicy: { enabled: true },
      OMSAgent: { enabled: true, config: { LOGANALYTICSWORKSPACERESOURCEID: 'ws' } },
      kubedashboard: { enabled: false },
      aciConnectorLinux: { enabled: true, config: { SubnetName: 'snet-aci' } },
      someFutureAddon: { enabled: true },
    };
    const c = stateOf(inputFile(body)).clusters[0]!;
    expect(c.addons).toEqual({
      azurePolicy: { enabled: true, config: {} },
      containerInsights: { enabled: true, config: { logAnalyticsWorkspaceId: 'ws' } },
      kubeDashboard: { enabled: false, config: {} },
      virtualNodes: { enabled: true, config: {} },
    });
  });

  it('marks a file that is one page of a longer list as partial', () => {
    const paged = inputFile({ value: [rawFixture('cluster-resource.json')], nextLink: `https://management.azure.com/subscriptions/${SUB}/providers/Microsoft.ContainerService/managedClusters?api-version=2026-08-01&$skiptoken=abc` });
    const { sources } = collectArmFiles([paged]);
    expect(sources[0]).toMatchObject({ status: 'partial', code: 'more-pages', resources: 1 });
  });
});

describe('an Azure PowerShell export of several clusters (PSRule shape)', () => {
  const byName = new Map(stateOf(join(INPUTS, 'aks-powershell-export.json')).clusters.map((c) => [c.name, c]));
  const prod = byName.get('aks-checkout-prod-weu')!;
  const batch = byName.get('aks-checkout-batch-weu')!;
  const edge = byName.get('aks-checkout-edge-weu')!;

  it('reads every cluster of the file', () => {
    expect([...byName.keys()]).toEqual(['aks-checkout-prod-weu', 'aks-checkout-batch-weu', 'aks-checkout-edge-weu']);
  });

  it('attaches a nested diagnostic setting to the cluster it is nested in, though its id names another cluster', () => {
    expect(prod.diagnosticSettings).toEqual([
      expect.objectContaining({
        id: expect.stringMatching(/\/managedclusters\/aks-checkout-stg-weu\/providers\/microsoft\.insights\/diagnosticSettings\/checkout-audit$/),
        name: 'checkout-audit',
        categories: ['kube-audit-admin', 'guard'],
        categoryGroups: [],
        hasDestination: true,
      }),
    ]);
    expect(byName.has('aks-checkout-stg-weu')).toBe(false);
  });

  it('knows a cluster exported with an empty list of children has no setting, and one exported without children says nothing', () => {
    expect(edge.diagnosticSettings).toEqual([]);
    expect(batch.diagnosticSettings).toBeNull();
  });

  it('reads lower-case add-on and config keys and the string booleans PowerShell writes', () => {
    expect(prod.addons).toEqual({
      azurePolicy: { enabled: true, config: {} },
      containerInsights: { enabled: false, config: { logAnalyticsWorkspaceId: expect.stringMatching(/workspaces\/log-checkout-prod$/) } },
      keyVaultSecretsProvider: { enabled: true, config: { secretRotation: 'false' } },
      httpApplicationRouting: { enabled: false, config: {} },
    });
    expect(prod.containerInsightsEnabled).toBe(false);
    expect(batch.addons).toEqual({ azurePolicy: { enabled: false, config: {} } });
  });

  it('takes agent pools from nested child resources when the body lists none, and from agentPoolProfiles otherwise', () => {
    expect(prod.agentPools?.map((p) => [p.name, p.mode, p.count, p.provenance.at])).toEqual([
      ['system', 'System', 3, 'agentPools/system#properties'],
      ['checkout', 'User', 5, 'agentPools/checkout#properties'],
    ]);
    expect(batch.agentPools?.map((p) => [p.name, p.mode, p.count, p.provenance.at])).toEqual([
      ['sysbatch', 'System', 1, 'properties.agentPoolProfiles[0]'],
      ['batch', 'User', 4, 'properties.agentPoolProfiles[1]'],
    ]);
    expect(edge.agentPools?.map((p) => [p.name, p.count, p.availabilityZones])).toEqual([['system', 2, ['1', '2', '3']]]);
  });

  it('gives the rules what they need: audit logs, Azure Policy and system pool size judged per cluster (or its one System pool)', () => {
    const status = (rule: Rule<never>, params: Record<string, unknown> = {}) => Object.fromEntries(run(rule, state({ clusters: [...byName.values()] }), params).map((f) => [f.resource.parent?.name ?? f.resource.name, f.status]));
    expect(status(auditLogs)).toEqual({ 'aks-checkout-prod-weu': 'pass', 'aks-checkout-batch-weu': 'unknown', 'aks-checkout-edge-weu': 'fail' });
    expect(status(azurePolicy)).toEqual({ 'aks-checkout-prod-weu': 'pass', 'aks-checkout-batch-weu': 'fail', 'aks-checkout-edge-weu': 'fail' });
    expect(status(systemPool)).toEqual({ 'aks-checkout-prod-weu': 'pass', 'aks-checkout-batch-weu': 'fail', 'aks-checkout-edge-weu': 'fail' });
  });
});

/** The parsed JSON of a fixture, to vary. */
function rawFixture(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(INPUTS, file), 'utf8')) as Record<string, unknown>;
}
