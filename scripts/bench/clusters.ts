/** Synthetic AKS clusters for the benchmark: REST bodies with their pools and diagnostic settings, drawn so every rule takes each branch. */

/** Deterministic PRNG (mulberry32): the same estate on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Json = Record<string, unknown>;

export const REGIONS = ['westeurope', 'northeurope', 'eastus2', 'uksouth', 'swedencentral', 'australiaeast'];
const VERSIONS = ['1.29.15', '1.30.14', '1.31.11', '1.32.9', '1.33.5', '1.34.3', '1.35.4', '1.36.2', '1.37.1'];
const VM_SIZES = ['Standard_D4ds_v5', 'Standard_D8ds_v5', 'Standard_E8ds_v5', 'Standard_D4s_v3', 'Standard_F8s_v2', 'Standard_B4ms'];
export const ENVS = ['prod', 'staging', 'dev'];

export function guid(rand: () => number): string {
  const hex = () => Math.floor(rand() * 16).toString(16);
  const part = (n: number) => Array.from({ length: n }, hex).join('');
  return `${part(8)}-${part(4)}-4${part(3)}-a${part(3)}-${part(12)}`;
}

export function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

export interface GeneratedCluster {
  id: string;
  name: string;
  env: string;
  region: string;
  hardened: boolean;
  body: Json;
  pools: Json[];
  diagnosticSettings: Json[];
}

/** One cluster with 3–5 pools and 1–2 diagnostic settings, its settings drawn so rules take different branches. */
export function makeCluster(rand: () => number, sub: string, i: number): GeneratedCluster {
  const env = ENVS[i % ENVS.length] as string;
  const region = pick(rand, REGIONS);
  const name = `aks-${env}-${region.slice(0, 6)}-${i.toString().padStart(5, '0')}`;
  const rg = `rg-${name}`;
  const id = `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.ContainerService/managedClusters/${name}`;
  const law = `/subscriptions/${sub}/resourceGroups/rg-ops-${region}/providers/Microsoft.OperationalInsights/workspaces/log-${env}-${region}`;
  const version = pick(rand, VERSIONS);
  const minor = Number(version.split('.')[1]);
  const hardened = env === 'prod' && rand() < 0.8;
  const zones = hardened || rand() < 0.3 ? ['1', '2', '3'] : rand() < 0.5 ? ['1'] : undefined;
  const poolCount = 3 + Math.floor(rand() * 3);
  const pools: Json[] = [];
  for (let p = 0; p < poolCount; p++) {
    const skewed = p > 0 && rand() < 0.1;
    const poolVersion = skewed ? `1.${minor - 4}.10` : version;
    const pool: Json = {
      name: p === 0 ? 'system' : `user${p}`,
      count: p === 0 ? (hardened ? 3 : 1 + Math.floor(rand() * 3)) : 2 + Math.floor(rand() * 10),
      vmSize: pick(rand, VM_SIZES),
      osDiskSizeGB: 128,
      osDiskType: rand() < 0.5 ? 'Ephemeral' : 'Managed',
      vnetSubnetID: `/subscriptions/${sub}/resourceGroups/rg-net-${region}/providers/Microsoft.Network/virtualNetworks/vnet-spoke-${env}/subnets/snet-${name}-${p}`,
      maxPods: 50,
      type: 'VirtualMachineScaleSets',
      enableAutoScaling: rand() < 0.6,
      provisioningState: 'Succeeded',
      powerState: { code: 'Running' },
      orchestratorVersion: poolVersion,
      currentOrchestratorVersion: poolVersion,
      enableNodePublicIP: !hardened && rand() < 0.15,
      mode: p === 0 ? 'System' : 'User',
      osType: 'Linux',
      osSKU: rand() < 0.5 ? 'AzureLinux' : 'Ubuntu',
      nodeImageVersion: 'AKSAzureLinux-V3gen2-202611.03.0',
      upgradeSettings: { maxSurge: '33%' },
    };
    if (hardened || rand() < 0.4) pool.enableEncryptionAtHost = hardened || rand() < 0.5;
    if (zones) pool.availabilityZones = zones;
    if (pool.enableAutoScaling) Object.assign(pool, { minCount: p === 0 ? 3 : 1, maxCount: 20 });
    pools.push(pool);
  }
  const isPrivate = hardened || rand() < 0.2;
  const apiServerAccessProfile: Json = { enablePrivateCluster: isPrivate };
  if (!isPrivate) {
    const r = rand();
    apiServerAccessProfile.authorizedIPRanges = r < 0.3 ? [] : r < 0.5 ? ['20.0.0.0/8'] : r < 0.6 ? ['0.0.0.0/0'] : ['203.0.113.16/28', '198.51.100.7/32'];
  } else if (rand() < 0.1) {
    apiServerAccessProfile.enablePrivateClusterPublicFQDN = true;
  }
  const identity = hardened || rand() < 0.6 ? (rand() < 0.5 ? { type: 'SystemAssigned', principalId: guid(rand), tenantId: guid(rand) } : { type: 'UserAssigned', userAssignedIdentities: { [`${id}-identity`]: { principalId: guid(rand), clientId: guid(rand) } } }) : undefined;
  const addonProfiles: Json = {};
  if (hardened || rand() < 0.5) addonProfiles.azurepolicy = { enabled: true, config: null };
  if (hardened || rand() < 0.5) addonProfiles.azureKeyvaultSecretsProvider = { enabled: true, config: { enableSecretRotation: hardened || rand() < 0.5 ? 'true' : 'false' } };
  if (rand() < 0.6) addonProfiles.omsagent = { enabled: hardened || rand() < 0.7, config: { logAnalyticsWorkspaceResourceID: law } };
  if (!hardened && rand() < 0.05) addonProfiles.httpApplicationRouting = { enabled: true, config: { HTTPApplicationRoutingZoneName: `${i}.${region}.aksapp.io` } };
  if (!hardened && rand() < 0.03) addonProfiles.kubeDashboard = { enabled: true, config: null };
  const properties: Json = {
    provisioningState: 'Succeeded',
    powerState: { code: 'Running' },
    kubernetesVersion: version,
    currentKubernetesVersion: version,
    dnsPrefix: name,
    agentPoolProfiles: pools,
    servicePrincipalProfile: { clientId: identity ? 'msi' : guid(rand) },
    addonProfiles,
    nodeResourceGroup: `MC_${rg}_${name}_${region}`,
    enableRBAC: hardened || rand() < 0.9,
    supportPlan: 'KubernetesOfficial',
    networkProfile: {
      networkPlugin: rand() < 0.8 ? 'azure' : 'kubenet',
      networkPolicy: hardened ? 'cilium' : pick(rand, ['azure', 'calico', 'cilium', 'none']),
      podLinkLocalAccess: hardened ? 'None' : pick(rand, ['None', 'IMDS', undefined]),
      serviceCidr: '10.0.0.0/16',
      dnsServiceIP: '10.0.0.10',
      outboundType: isPrivate ? 'userDefinedRouting' : 'loadBalancer',
    },
    aadProfile: hardened || rand() < 0.6 ? { managed: true, enableAzureRBAC: hardened || rand() < 0.5, tenantID: guid(rand) } : undefined,
    apiServerAccessProfile,
    autoUpgradeProfile: { upgradeChannel: hardened ? 'patch' : pick(rand, ['none', 'patch', 'stable', 'rapid', 'node-image']), nodeOSUpgradeChannel: pick(rand, ['NodeImage', 'SecurityPatch', 'None', 'Unmanaged', undefined]) },
    disableLocalAccounts: hardened || rand() < 0.3,
    securityProfile: {
      defender: hardened || rand() < 0.4 ? { logAnalyticsWorkspaceResourceId: law, securityMonitoring: { enabled: true } } : undefined,
      workloadIdentity: hardened || rand() < 0.5 ? { enabled: true } : undefined,
      azureKeyVaultKms: hardened || rand() < 0.2 ? { enabled: true, keyId: `https://kv-${name}.vault.azure.net/keys/etcd/0123456789abcdef`, keyVaultNetworkAccess: 'Private' } : undefined,
    },
    podIdentityProfile: !hardened && rand() < 0.1 ? { enabled: true, userAssignedIdentities: [] } : undefined,
    oidcIssuerProfile: { enabled: hardened || rand() < 0.6 },
  };
  if (isPrivate) properties.privateFQDN = `${name}-1a2b3c4d.privatelink.${region}.azmk8s.io`;
  else properties.fqdn = `${name}-1a2b3c4d.hcp.${region}.azmk8s.io`;
  const body: Json = {
    id,
    name,
    type: 'Microsoft.ContainerService/managedClusters',
    location: region,
    tags: { env, owner: `team-${i % 17}@contoso.com`, 'cost-center': `CC-${4000 + (i % 40)}` },
    sku: { name: 'Base', tier: hardened ? 'Standard' : pick(rand, ['Free', 'Standard', 'Premium']) },
    properties,
  };
  if (identity) body.identity = identity;
  const diagnosticSettings: Json[] = [];
  const settings = 1 + Math.floor(rand() * 2);
  for (let d = 0; d < settings; d++) {
    const auditOn = hardened || rand() < 0.5;
    diagnosticSettings.push({
      id: `${id}/providers/microsoft.insights/diagnosticSettings/diag-${d}`,
      name: `diag-${d}`,
      type: 'Microsoft.Insights/diagnosticSettings',
      properties: {
        workspaceId: law,
        metrics: [{ category: 'AllMetrics', enabled: true }],
        logs: d === 1 ? [{ categoryGroup: 'allLogs', enabled: auditOn }] : ['kube-apiserver', 'kube-audit', 'kube-audit-admin', 'guard'].map((category) => ({ category, enabled: category === 'kube-apiserver' || (auditOn && category === 'kube-audit-admin') })),
      },
    });
  }
  return { id, name, env, region, hardened, body, pools, diagnosticSettings };
}

/** Azure PowerShell / PSRule shape: PascalCase envelope, children nested in `resources`. */
export function powershellShape(c: GeneratedCluster): Json {
  const envelope = (obj: Json, extra: Json = {}): Json => ({
    ResourceId: obj.id,
    Id: obj.id,
    Name: obj.name,
    ResourceName: obj.name,
    ResourceType: obj.type,
    Type: obj.type,
    Location: obj.location ?? null,
    Tags: obj.tags ?? null,
    Sku: obj.sku ?? null,
    Identity: obj.identity ?? null,
    Properties: obj.properties,
    ...extra,
  });
  const children = [
    ...c.pools.map((p) => envelope({ id: `${c.id}/agentPools/${p.name as string}`, name: p.name, type: 'Microsoft.ContainerService/managedClusters/agentPools', properties: p })),
    ...c.diagnosticSettings.map((d) => envelope({ ...d, type: 'microsoft.containerservice/managedclusters' }, { ExtensionResourceType: 'microsoft.insights/diagnosticSettings' })),
  ];
  const body = structuredClone(c.body);
  // Pools come both inline and as child resources in these exports; keep one inline.
  (body.properties as Json).agentPoolProfiles = c.pools.slice(0, 1);
  return { ...envelope(body), resources: children };
}
