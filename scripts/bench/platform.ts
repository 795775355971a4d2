/**
 * Synthetic platform around each benchmark cluster, in ARM REST shapes: the spoke networks
 * its pools live in (subnets, NSGs with rules, route tables, a peering to the hub), and the
 * services its workloads use (Key Vault, PostgreSQL and MySQL flexible servers with server
 * parameters and firewall rules, Azure SQL with databases, Redis, a registry, a storage
 * account), each with a private endpoint or not, and the subscription's private DNS zones.
 * About 50 resources per cluster, its own included, so 1,000 clusters make ~50,000.
 */
import { type GeneratedCluster, guid, type Json, pick } from './clusters.ts';

/** A subscription's share of the platform: top-level resources, and child resources listed separately (as `az` lists them). */
export interface GeneratedPlatform {
  resources: Json[];
  children: Json[];
}

const ZONES: Record<string, string> = {
  vault: 'privatelink.vaultcore.azure.net',
  postgresqlServer: 'privatelink.postgres.database.azure.com',
  mysqlServer: 'privatelink.mysql.database.azure.com',
  sqlServer: 'privatelink.database.windows.net',
  redisCache: 'privatelink.redis.cache.windows.net',
  registry: 'privatelink.azurecr.io',
  blob: 'privatelink.blob.core.windows.net',
};

const arm = (id: string, type: string, location: string | undefined, properties: Json, extra: Json = {}): Json => ({
  id,
  name: id.slice(id.lastIndexOf('/') + 1),
  type,
  ...(location ? { location } : {}),
  ...extra,
  properties,
});

/** The hub and its DNS zones: one per subscription. */
export function makeSubscriptionPlatform(sub: string): { hubId: string; zoneIds: Record<string, string>; out: GeneratedPlatform } {
  const hubId = `/subscriptions/${sub}/resourceGroups/rg-connectivity-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub`;
  const out: GeneratedPlatform = { resources: [], children: [] };
  out.resources.push(arm(hubId, 'Microsoft.Network/virtualNetworks', 'westeurope', { addressSpace: { addressPrefixes: ['10.0.0.0/16'] }, subnets: [{ id: `${hubId}/subnets/AzureFirewallSubnet`, name: 'AzureFirewallSubnet', properties: { addressPrefix: '10.0.0.0/26' } }] }));
  const zoneIds: Record<string, string> = {};
  for (const zone of Object.values(ZONES)) {
    const id = `/subscriptions/${sub}/resourceGroups/rg-connectivity-dns/providers/Microsoft.Network/privateDnsZones/${zone}`;
    zoneIds[zone] = id;
    out.resources.push(arm(id, 'Microsoft.Network/privateDnsZones', 'global', { numberOfRecordSets: 40, provisioningState: 'Succeeded' }));
    out.children.push(arm(`${id}/virtualNetworkLinks/link-hub`, 'Microsoft.Network/privateDnsZones/virtualNetworkLinks', 'global', { virtualNetwork: { id: hubId }, registrationEnabled: false, virtualNetworkLinkState: 'Completed' }));
  }
  return { hubId, zoneIds, out };
}

/** The spoke VNet of one (region, env) in a subscription, holding the subnets of every cluster placed in it. */
export function makeSpoke(sub: string, region: string, env: string, clusters: GeneratedCluster[], hubId: string, rand: () => number): GeneratedPlatform {
  const rg = `/subscriptions/${sub}/resourceGroups/rg-net-${region}/providers`;
  const id = `${rg}/Microsoft.Network/virtualNetworks/vnet-spoke-${env}`;
  const out: GeneratedPlatform = { resources: [], children: [] };
  const nsgId = `${rg}/Microsoft.Network/networkSecurityGroups/nsg-spoke-${env}`;
  const routeTableId = `${rg}/Microsoft.Network/routeTables/rt-spoke-${env}`;
  const subnets: Json[] = [];
  let octet = 0;
  for (const c of clusters) {
    for (const pool of c.pools) {
      const subnetId = pool.vnetSubnetID as string;
      const guarded = c.hardened || rand() < 0.7;
      subnets.push({
        id: subnetId,
        name: subnetId.slice(subnetId.lastIndexOf('/') + 1),
        properties: {
          addressPrefix: `10.${64 + Math.floor(octet / 256)}.${octet % 256}.0/24`,
          ...(guarded ? { networkSecurityGroup: { id: nsgId } } : {}),
          ...(c.hardened || rand() < 0.5 ? { routeTable: { id: routeTableId } } : {}),
          privateEndpointNetworkPolicies: 'Disabled',
        },
      });
      octet++;
    }
  }
  subnets.push({ id: `${id}/subnets/snet-private-endpoints`, name: 'snet-private-endpoints', properties: { addressPrefix: '10.63.0.0/24', networkSecurityGroup: { id: nsgId } } });
  out.resources.push(arm(id, 'Microsoft.Network/virtualNetworks', region, { addressSpace: { addressPrefixes: ['10.64.0.0/12', '10.63.0.0/24'] }, subnets, virtualNetworkPeerings: [] }));
  out.children.push(arm(`${id}/virtualNetworkPeerings/to-hub`, 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings', undefined, { remoteVirtualNetwork: { id: hubId }, peeringState: rand() < 0.9 ? 'Connected' : 'Disconnected', allowForwardedTraffic: true }));
  const rule = (name: string, priority: number, port: string, source: string, access = 'Allow'): Json =>
    arm(`${nsgId}/securityRules/${name}`, 'Microsoft.Network/networkSecurityGroups/securityRules', undefined, { protocol: 'Tcp', sourcePortRange: '*', destinationPortRange: port, sourceAddressPrefix: source, destinationAddressPrefix: '*', access, priority, direction: 'Inbound' });
  const open = env !== 'prod' && rand() < 0.5;
  out.resources.push(arm(nsgId, 'Microsoft.Network/networkSecurityGroups', region, { securityRules: [], subnets: subnets.filter((s) => (s.properties as Json).networkSecurityGroup).map((s) => ({ id: s.id })) }));
  out.children.push(
    rule('allow-https-from-frontdoor', 100, '443', 'AzureFrontDoor.Backend'),
    rule('allow-lb-probes', 110, '*', 'AzureLoadBalancer'),
    rule('deny-ssh-internet', open ? 4000 : 120, '22', 'Internet', 'Deny'),
    rule('allow-ssh-ops', 200, '22', open ? '*' : '203.0.113.0/28'),
    rule('allow-rdp-jump', 210, '3389', open ? 'Internet' : '10.0.1.0/24'),
    rule('allow-app-ports', 300, '8080-8090', open ? '0.0.0.0/0' : 'VirtualNetwork'),
  );
  out.resources.push(arm(routeTableId, 'Microsoft.Network/routeTables', region, { disableBgpRoutePropagation: true, routes: [{ id: `${routeTableId}/routes/default`, name: 'default', properties: { addressPrefix: '0.0.0.0/0', nextHopType: env === 'dev' && rand() < 0.5 ? 'Internet' : 'VirtualAppliance', nextHopIpAddress: '10.0.0.4' } }] }));
  return out;
}

/** The services one cluster's workloads use, with their private endpoints, diagnostic settings and child resources. */
export function makeServices(sub: string, c: GeneratedCluster, zoneIds: Record<string, string>, rand: () => number): GeneratedPlatform {
  const out: GeneratedPlatform = { resources: [], children: [] };
  const rg = `/subscriptions/${sub}/resourceGroups/rg-${c.name}-data/providers`;
  const peSubnet = `/subscriptions/${sub}/resourceGroups/rg-net-${c.region}/providers/Microsoft.Network/virtualNetworks/vnet-spoke-${c.env}/subnets/snet-private-endpoints`;
  const good = (p: number): boolean => c.hardened || rand() < p;
  const short = c.name.replace(/[^a-z0-9]/g, '').slice(-14);
  const law = `/subscriptions/${sub}/resourceGroups/rg-ops-${c.region}/providers/Microsoft.OperationalInsights/workspaces/log-${c.env}-${c.region}`;

  /** A private endpoint to `target` (group `group`) and the connection the target lists; or none. */
  const endpoint = (target: string, group: string, name: string): Json[] => {
    if (!good(0.5)) return [];
    const peId = `${rg}/Microsoft.Network/privateEndpoints/pe-${name}`;
    out.resources.push(arm(peId, 'Microsoft.Network/privateEndpoints', c.region, { subnet: { id: peSubnet }, privateLinkServiceConnections: [{ name: `pe-${name}`, properties: { privateLinkServiceId: target, groupIds: [group], privateLinkServiceConnectionState: { status: 'Approved', description: 'Auto-Approved' } } }], manualPrivateLinkServiceConnections: [] }));
    const zone = ZONES[group] as string;
    out.children.push(arm(`${peId}/privateDnsZoneGroups/default`, 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups', undefined, { privateDnsZoneConfigs: [{ name: zone, properties: { privateDnsZoneId: zoneIds[zone] } }] }));
    return [{ id: `${target}/privateEndpointConnections/pe-${name}`, properties: { privateEndpoint: { id: peId }, privateLinkServiceConnectionState: { status: 'Approved' } } }];
  };
  const diagnostics = (target: string, category: string): void => {
    if (good(0.6)) out.children.push(arm(`${target}/providers/microsoft.insights/diagnosticSettings/to-law`, 'Microsoft.Insights/diagnosticSettings', undefined, { workspaceId: law, logs: [{ category, enabled: good(0.7) }] }));
  };

  const kv = `${rg}/Microsoft.KeyVault/vaults/kv-${short}`;
  out.resources.push(arm(kv, 'Microsoft.KeyVault/vaults', c.region, {
    tenantId: guid(rand),
    sku: { family: 'A', name: 'standard' },
    enableSoftDelete: true,
    softDeleteRetentionInDays: 90,
    ...(good(0.5) ? { enablePurgeProtection: true } : {}),
    enableRbacAuthorization: good(0.6),
    accessPolicies: good(0.6) ? [] : [{ tenantId: guid(rand), objectId: guid(rand), permissions: { keys: ['get', 'list'], secrets: pick(rand, [['get', 'list'], ['all'], ['get', 'purge']]), certificates: [] } }],
    publicNetworkAccess: good(0.5) ? 'Disabled' : 'Enabled',
    networkAcls: { bypass: 'AzureServices', defaultAction: good(0.5) ? 'Deny' : 'Allow', ipRules: [], virtualNetworkRules: [] },
    privateEndpointConnections: endpoint(kv, 'vault', `kv-${short}`),
    vaultUri: `https://kv-${short}.vault.azure.net/`,
  }));
  diagnostics(kv, 'AuditEvent');

  for (const [engine, type, group, version] of [['psql', 'Microsoft.DBforPostgreSQL/flexibleServers', 'postgresqlServer', '16'], ['mysql', 'Microsoft.DBforMySQL/flexibleServers', 'mysqlServer', '8.0.21']] as const) {
    const id = `${rg}/${type}/${engine}-${short}`;
    const isPublic = !good(0.6);
    out.resources.push(arm(id, type, c.region, {
      version,
      state: 'Ready',
      administratorLogin: 'pgadmin',
      storage: { storageSizeGB: 128, autoGrow: 'Enabled' },
      backup: { backupRetentionDays: pick(rand, c.hardened ? [14, 35] : [3, 7, 14]), geoRedundantBackup: good(0.4) ? 'Enabled' : 'Disabled' },
      network: { publicNetworkAccess: isPublic ? 'Enabled' : 'Disabled' },
      highAvailability: { mode: good(0.5) ? 'ZoneRedundant' : 'Disabled' },
      ...(engine === 'psql' ? { authConfig: { activeDirectoryAuth: good(0.5) ? 'Enabled' : 'Disabled', passwordAuth: 'Enabled' } } : {}),
      privateEndpointConnections: isPublic ? [] : endpoint(id, group, `${engine}-${short}`),
    }, { sku: { name: 'Standard_D4ds_v5', tier: 'GeneralPurpose' } }));
    const parameters = engine === 'psql' ? { require_secure_transport: good(0.8) ? 'on' : 'off', ssl_min_protocol_version: good(0.7) ? 'TLSv1.2' : 'TLSv1', log_connections: 'on', 'azure.extensions': 'pgcrypto' } : { require_secure_transport: good(0.8) ? 'ON' : 'OFF', tls_version: good(0.7) ? 'TLSv1.2,TLSv1.3' : 'TLSv1,TLSv1.1,TLSv1.2' };
    for (const [name, value] of Object.entries(parameters)) out.children.push(arm(`${id}/configurations/${name}`, `${type}/configurations`, undefined, { value, source: 'user-override', dataType: 'Enumeration' }));
    if (isPublic) {
      out.children.push(arm(`${id}/firewallRules/office`, `${type}/firewallRules`, undefined, { startIpAddress: '203.0.113.0', endIpAddress: '203.0.113.255' }));
      out.children.push(arm(`${id}/firewallRules/${rand() < 0.5 ? 'AllowAllAzureServicesAndResourcesWithinAzureIps' : 'AllowAll'}`, `${type}/firewallRules`, undefined, rand() < 0.5 ? { startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' } : { startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' }));
    }
  }

  const sql = `${rg}/Microsoft.Sql/servers/sql-${short}`;
  out.resources.push(arm(sql, 'Microsoft.Sql/servers', c.region, {
    version: '12.0',
    state: 'Ready',
    minimalTlsVersion: good(0.7) ? '1.2' : '1.0',
    publicNetworkAccess: good(0.5) ? 'Disabled' : 'Enabled',
    administrators: { administratorType: 'ActiveDirectory', login: 'sql-admins', sid: guid(rand), tenantId: guid(rand), azureADOnlyAuthentication: good(0.5) },
    privateEndpointConnections: endpoint(sql, 'sqlServer', `sql-${short}`),
  }));
  out.children.push(arm(`${sql}/firewallRules/office`, 'Microsoft.Sql/servers/firewallRules', undefined, { startIpAddress: '203.0.113.0', endIpAddress: '203.0.113.31' }));
  if (!good(0.6)) out.children.push(arm(`${sql}/firewallRules/AllowAllWindowsAzureIps`, 'Microsoft.Sql/servers/firewallRules', undefined, { startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }));
  out.children.push(arm(`${sql}/auditingSettings/default`, 'Microsoft.Sql/servers/auditingSettings', undefined, { state: good(0.6) ? 'Enabled' : 'Disabled', isAzureMonitorTargetEnabled: true, retentionDays: 90 }));
  for (const db of ['orders', 'catalog', 'identity']) {
    out.children.push(arm(`${sql}/databases/${db}`, 'Microsoft.Sql/servers/databases', c.region, { status: 'Online', collation: 'SQL_Latin1_General_CP1_CI_AS', maxSizeBytes: 34359738368 }, { sku: { name: 'GP_Gen5_2', tier: 'GeneralPurpose' } }));
    out.children.push(arm(`${sql}/databases/${db}/transparentDataEncryption/current`, 'Microsoft.Sql/servers/databases/transparentDataEncryption', undefined, { state: good(0.9) ? 'Enabled' : 'Disabled' }));
  }

  const redis = `${rg}/Microsoft.Cache/Redis/redis-${short}`;
  out.resources.push(arm(redis, 'Microsoft.Cache/Redis', c.region, {
    sku: { name: 'Premium', family: 'P', capacity: 1 },
    enableNonSslPort: !good(0.8),
    minimumTlsVersion: good(0.7) ? '1.2' : '1.0',
    publicNetworkAccess: good(0.5) ? 'Disabled' : 'Enabled',
    disableAccessKeyAuthentication: good(0.4),
    redisConfiguration: { 'aad-enabled': 'true', 'maxmemory-policy': 'allkeys-lru' },
    redisVersion: '6.0',
    privateEndpointConnections: endpoint(redis, 'redisCache', `redis-${short}`),
  }));

  const acr = `${rg}/Microsoft.ContainerRegistry/registries/acr${short}`;
  const premium = good(0.6);
  out.resources.push(arm(acr, 'Microsoft.ContainerRegistry/registries', c.region, {
    loginServer: `acr${short}.azurecr.io`,
    adminUserEnabled: !good(0.8),
    publicNetworkAccess: premium && good(0.5) ? 'Disabled' : 'Enabled',
    networkRuleSet: premium ? { defaultAction: good(0.5) ? 'Deny' : 'Allow', ipRules: [] } : undefined,
    anonymousPullEnabled: !good(0.9),
    dataEndpointEnabled: false,
    privateEndpointConnections: premium ? endpoint(acr, 'registry', `acr${short}`) : [],
  }, { sku: { name: premium ? 'Premium' : 'Standard', tier: premium ? 'Premium' : 'Standard' } }));
  diagnostics(acr, 'ContainerRegistryLoginEvents');

  const st = `${rg}/Microsoft.Storage/storageAccounts/st${short}`;
  out.resources.push(arm(st, 'Microsoft.Storage/storageAccounts', c.region, {
    publicNetworkAccess: good(0.5) ? 'Disabled' : 'Enabled',
    networkAcls: { bypass: 'AzureServices', defaultAction: good(0.5) ? 'Deny' : 'Allow', ipRules: [], virtualNetworkRules: [] },
    allowBlobPublicAccess: !good(0.8),
    minimumTlsVersion: good(0.8) ? 'TLS1_2' : 'TLS1_0',
    supportsHttpsTrafficOnly: good(0.9),
    allowSharedKeyAccess: !good(0.5),
    privateEndpointConnections: endpoint(st, 'blob', `st${short}`),
  }, { kind: 'StorageV2', sku: { name: 'Standard_ZRS', tier: 'Standard' } }));
  diagnostics(`${st}/blobServices/default`, 'StorageRead');

  const nodeRg = (c.body.properties as Json).nodeResourceGroup as string;
  nodeResourceGroup(sub, c, nodeRg, out, rand);
  if (!c.hardened && rand() < 0.2) {
    const nic = `/subscriptions/${sub}/resourceGroups/${nodeRg}/providers/Microsoft.Compute/virtualMachineScaleSets/aks-user1-vmss/virtualMachines/0/networkInterfaces/aks-user1-nic/ipConfigurations/ipconfig1`;
    out.resources.push(arm(`/subscriptions/${sub}/resourceGroups/${nodeRg}/providers/Microsoft.Network/publicIPAddresses/pip-node-0`, 'Microsoft.Network/publicIPAddresses', c.region, { ipAddress: '20.1.2.3', publicIPAllocationMethod: 'Static', ipConfiguration: { id: nic } }, { sku: { name: 'Standard' } }));
  }
  return out;
}

/** What AKS creates in the node resource group: the load balancer's public IPs, the node NSG with service rules, the kubelet identity. */
function nodeResourceGroup(sub: string, c: GeneratedCluster, nodeRg: string, out: GeneratedPlatform, rand: () => number): void {
  const rg = `/subscriptions/${sub}/resourceGroups/${nodeRg}/providers`;
  const lb = `${rg}/Microsoft.Network/loadBalancers/kubernetes/frontendIPConfigurations`;
  for (const frontend of ['outbound', 'ingress']) {
    out.resources.push(arm(`${rg}/Microsoft.Network/publicIPAddresses/pip-${frontend}`, 'Microsoft.Network/publicIPAddresses', c.region, { ipAddress: `20.${Math.floor(rand() * 250)}.${Math.floor(rand() * 250)}.${Math.floor(rand() * 250)}`, publicIPAllocationMethod: 'Static', ipConfiguration: { id: `${lb}/${frontend}` } }, { sku: { name: 'Standard' } }));
  }
  const nsg = `${rg}/Microsoft.Network/networkSecurityGroups/aks-agentpool-nsg`;
  out.resources.push(arm(nsg, 'Microsoft.Network/networkSecurityGroups', c.region, { securityRules: [] }));
  ['80', '443', '8443', c.hardened ? '443' : '9000'].forEach((port, i) =>
    out.children.push(arm(`${nsg}/securityRules/svc-${i}-TCP-${port}-Internet`, 'Microsoft.Network/networkSecurityGroups/securityRules', undefined, { protocol: 'Tcp', sourcePortRange: '*', destinationPortRange: port, sourceAddressPrefix: 'Internet', destinationAddressPrefix: '20.1.2.3', access: 'Allow', priority: 500 + i, direction: 'Inbound' })),
  );
  out.resources.push(arm(`${rg}/Microsoft.ManagedIdentity/userAssignedIdentities/${c.name}-agentpool`, 'Microsoft.ManagedIdentity/userAssignedIdentities', c.region, { principalId: guid(rand), clientId: guid(rand), tenantId: guid(rand) }));
}
