import { describe, expect, it } from 'vitest';
import { ClusterDependencies } from '../../../src/rules/analyses/cluster-dependencies.ts';
import { withSubnetReferences } from '../../../src/adapters/arm/network.ts';
import { clusterVnets, platformTargets, privateDnsZoneNames, PrivateReachability, type PlatformTarget } from '../../../src/rules/analyses/private-reachability.ts';
import type { NetworkState } from '../../../src/state/network.ts';
import type { State } from '../../../src/state/state.ts';
import { keyVault } from '../../helpers/key-vault.ts';
import { mysqlFlexible } from '../../helpers/mysql.ts';
import { pgFlexible } from '../../helpers/postgresql.ts';
import { NetworkLookup } from '../../../src/rules/analyses/network-lookup.ts';
import { CLUSTER_VNET, HUB_VNET, named, OTHER_VNET, privateDnsZone, privateEndpoint, subnetIn, virtualNetwork, zoneId } from '../../helpers/private-link.ts';
import { redisCache } from '../../helpers/redis.ts';
import { storageAccount } from '../../helpers/storage-account.ts';
import { cluster, pool, state } from '../../helpers/state.ts';

const KV_ZONE = 'privatelink.vaultcore.azure.net';
const vault = keyVault({ name: 'kv-app' });
const target: PlatformTarget = { resource: vault, service: 'Key Vault', groupIds: ['vault'] };

function withNetwork(network: Partial<NetworkState>, parts: Partial<State> = {}): State {
  const s = state(parts);
  return withSubnetReferences({ ...s, network: { ...s.network, ...network } });
}

function reachabilityOf(s: State): PrivateReachability {
  return new PrivateReachability(s, new NetworkLookup(s));
}

/** The target's reachability and, for each endpoint in the input, whether its name resolves, from these VNets. */
function judge(network: Partial<NetworkState>, t: PlatformTarget = target, vnets = [CLUSTER_VNET], parts: Partial<State> = {}) {
  const reach = reachabilityOf(withNetwork(network, parts));
  const from = reach.from(vnets.map((v) => named(v)));
  return { ...reach.judge(from, t), dns: reach.endpointDns(t).map((d) => reach.judgeDns(from, d)) };
}

describe('private reachability', () => {
  it('is reachable through an approved endpoint in the cluster VNet; the endpoint resolves through its zone group zone linked to it', () => {
    const r = judge({ privateEndpoints: [privateEndpoint(vault)], privateDnsZones: [privateDnsZone(KV_ZONE)] });
    expect(r).toMatchObject({ status: 'reachable', detail: "approved private endpoint pe-kv-app in the cluster's VNet vnet-prod" });
    expect(r.dns).toEqual([expect.objectContaining({ status: 'reachable', detail: `DNS zone ${KV_ZONE} linked to the cluster's VNet` })]);
    expect(r.dns[0]!.evidence.map((e) => e.path)).toEqual(['privateDnsZoneGroups[].privateDnsZoneConfigs[].privateDnsZoneId', `${zoneId(KV_ZONE)}#virtualNetworkLinks[].virtualNetwork.id`]);
  });

  it('accepts an endpoint and a zone link in a VNet peered with the cluster VNet (either side lists the peering)', () => {
    const endpoint = privateEndpoint(vault, { subnetId: subnetIn(HUB_VNET) });
    const zone = privateDnsZone(KV_ZONE, [HUB_VNET]);
    for (const vnets of [[virtualNetwork(CLUSTER_VNET, [[HUB_VNET, 'Connected']])], [virtualNetwork(HUB_VNET, [[CLUSTER_VNET, 'Connected']])]]) {
      const r = judge({ privateEndpoints: [endpoint], privateDnsZones: [zone], virtualNetworks: vnets });
      expect(r.status).toBe('reachable');
      expect(r.detail).toContain('in vnet-hub, peered with the cluster\'s VNet vnet-prod');
      expect(r.dns[0]!.detail).toContain('linked to the peered VNet vnet-hub');
    }
  });

  it('names every missing link of a broken endpoint', () => {
    const endpoint = privateEndpoint(vault, { subnetId: subnetIn(OTHER_VNET), status: 'Pending' });
    const r = judge({
      privateEndpoints: [endpoint],
      privateDnsZones: [privateDnsZone(KV_ZONE, [OTHER_VNET])],
      virtualNetworks: [virtualNetwork(CLUSTER_VNET, [[HUB_VNET, 'Connected'], [OTHER_VNET, 'Disconnected']])],
    });
    expect(r).toMatchObject({ status: 'unreachable', detail: "private endpoint pe-kv-app: not approved (Pending), in VNet vnet-other, which is not peered with the cluster's VNet vnet-prod" });
    expect(r.dns[0]).toMatchObject({ status: 'unreachable', detail: `its zone group's DNS zone ${KV_ZONE} is linked only to vnet-other, not to the cluster's VNet vnet-prod or a VNet peered with it` });
  });

  it('fails without any endpoint when the target says it has none, and is unknown when it does not say', () => {
    expect(judge({}, { ...target, resource: keyVault({ name: 'kv-app', privateEndpointIds: [] }) })).toMatchObject({ status: 'unreachable', detail: 'no private endpoint connects to it' });
    expect(judge({}, { ...target, resource: keyVault({ name: 'kv-app', privateEndpointIds: null }) }).status).toBe('unknown');
  });

  it('is unknown when an endpoint the target lists is not in the input', () => {
    const r = judge({});
    expect(r.status).toBe('unknown');
    // Not in the input, the endpoint is named by the identity the target states.
    expect(r.detail).toBe(`private endpoint ${vault.privateEndpointIds![0]}: listed in its privateEndpointConnections but not in the input`);
  });

  it('finds endpoints by their own connection when the target does not list them, matching ids case-insensitively', () => {
    const endpoint = privateEndpoint(vault, { connections: [{ targetId: vault.id.toUpperCase(), groupIds: ['vault'], status: 'Approved' }] });
    const r = judge({ privateEndpoints: [endpoint], privateDnsZones: [privateDnsZone(KV_ZONE)] }, { ...target, resource: keyVault({ name: 'kv-app', privateEndpointIds: [] }) });
    expect(r.status).toBe('reachable');
  });

  it('is unknown when the endpoint VNet peering cannot be seen, and fails once a side of it is known', () => {
    const endpoint = privateEndpoint(vault, { subnetId: subnetIn(HUB_VNET) });
    const zone = privateDnsZone(KV_ZONE, [CLUSTER_VNET]);
    expect(judge({ privateEndpoints: [endpoint], privateDnsZones: [zone] })).toMatchObject({ status: 'unknown', detail: expect.stringContaining('whose peering with the cluster\'s VNet vnet-prod is not in the input') });
    expect(judge({ privateEndpoints: [endpoint], privateDnsZones: [zone], virtualNetworks: [virtualNetwork(HUB_VNET, [])] }).status).toBe('unreachable');
    // A peering whose state is not stated leaves that VNet's list incomplete.
    expect(judge({ privateEndpoints: [endpoint], privateDnsZones: [zone], virtualNetworks: [virtualNetwork(HUB_VNET, [[OTHER_VNET, null]])] }).status).toBe('unknown');
  });

  it('is unknown when the zone links or the zone itself are not in the input', () => {
    expect(judge({ privateEndpoints: [privateEndpoint(vault)], privateDnsZones: [privateDnsZone(KV_ZONE, null)] }).dns[0]!.detail).toContain(`the virtual network links of ${KV_ZONE} are not in the input`);
    const [dns] = judge({ privateEndpoints: [privateEndpoint(vault)] }).dns;
    expect(dns!.status).toBe('unknown');
    expect(dns!.detail).toContain(`${zoneId(KV_ZONE)} is not in the input`);
  });

  it('without a zone group, looks the zone up by the sub-resource privatelink name', () => {
    const endpoint = privateEndpoint(vault, { privateDnsZoneIds: [] });
    expect(judge({ privateEndpoints: [endpoint], privateDnsZones: [privateDnsZone(KV_ZONE)] }).dns[0]!.status).toBe('reachable');
    expect(judge({ privateEndpoints: [endpoint] }).dns[0]).toMatchObject({ status: 'unreachable', detail: `no DNS zone group, and no ${KV_ZONE} private DNS zone` });
    // Zone groups not in the input: a linked zone of the right name still proves resolution; anything else is unknown.
    const unseenGroups = privateEndpoint(vault, { privateDnsZoneIds: null });
    expect(judge({ privateEndpoints: [unseenGroups], privateDnsZones: [privateDnsZone(KV_ZONE)] }).dns[0]!.status).toBe('reachable');
    expect(judge({ privateEndpoints: [unseenGroups], privateDnsZones: [privateDnsZone(KV_ZONE, [OTHER_VNET])], virtualNetworks: [virtualNetwork(CLUSTER_VNET, [])] }).dns[0]!.status).toBe('unknown');
  });

  it('takes any one complete path among several endpoints, and lists what each lacks when none is complete', () => {
    const far = privateEndpoint(vault, { name: 'pe-far', id: `${vault.id}-far`, subnetId: subnetIn(OTHER_VNET) });
    const near = privateEndpoint(vault);
    const network = { privateDnsZones: [privateDnsZone(KV_ZONE)], virtualNetworks: [virtualNetwork(CLUSTER_VNET, [])] };
    expect(judge({ ...network, privateEndpoints: [far, near] }).status).toBe('reachable');
    const pending = privateEndpoint(vault, { status: 'Rejected' });
    expect(judge({ ...network, privateEndpoints: [far, pending] }).detail).toBe(
      "private endpoint pe-far: in VNet vnet-other, which is not peered with the cluster's VNet vnet-prod; private endpoint pe-kv-app: not approved (Rejected)",
    );
  });

  it('counts a flexible server in VNet integration through its delegated subnet and its private DNS zone', () => {
    const zone = 'psql-app.private.postgres.database.azure.com';
    const server = pgFlexible({ name: 'psql-app', privateEndpointIds: [], network: { delegatedSubnetResourceId: subnetIn(CLUSTER_VNET, 'snet-psql'), privateDnsZoneArmResourceId: zoneId(zone) } });
    const [pg] = platformTargets(state({ postgresFlexibleServers: [server] }));
    expect(pg?.injection).toMatchObject({ subnetId: subnetIn(CLUSTER_VNET, 'snet-psql') });
    const parts = { postgresFlexibleServers: [server] };
    expect(judge({ privateDnsZones: [privateDnsZone(zone)] }, pg, [CLUSTER_VNET], parts)).toMatchObject({ status: 'reachable', detail: `VNet integration in the cluster's VNet vnet-prod, DNS zone ${zone} linked to the cluster's VNet` });
    expect(judge({ privateDnsZones: [privateDnsZone(zone, [])] }, pg, [CLUSTER_VNET], parts)).toMatchObject({ status: 'unreachable', detail: `VNet integration (subnet snet-psql): the PostgreSQL flexible server's private DNS zone ${zone} has no virtual network links, not to the cluster's VNet vnet-prod or a VNet peered with it` });
  });

  it('counts a VNet-injected Redis cache by its subnet alone', () => {
    const cache = redisCache({ name: 'redis-app', privateEndpointIds: [], vnetInjected: true, subnetId: subnetIn(CLUSTER_VNET, 'snet-redis') });
    const [redis] = platformTargets(state({ redisCaches: [cache] }));
    expect(judge({}, redis, [CLUSTER_VNET], { redisCaches: [cache] })).toMatchObject({ status: 'reachable', detail: "VNet integration in the cluster's VNet vnet-prod, resolved by Azure DNS in its VNet" });
  });
});

describe('platform targets and cluster dependencies', () => {
  it('lists every PaaS family with its service label', () => {
    const s = state({ keyVaults: [keyVault()], mysqlFlexibleServers: [mysqlFlexible()], storageAccounts: [storageAccount()], redisCaches: [redisCache()] });
    expect(platformTargets(s).map((t) => t.service)).toEqual(['Key Vault', 'MySQL flexible server', 'Redis cache', 'Storage account']);
  });

  it('reads a cluster VNet from its pools, and none for an AKS-managed VNet', () => {
    const vnets = (c: ReturnType<typeof cluster>) => {
      const s = withNetwork({}, { clusters: [c] });
      return clusterVnets(c, new NetworkLookup(s));
    };
    expect(vnets(cluster())).toEqual([named(CLUSTER_VNET)]);
    expect(vnets(cluster({ agentPools: [pool({ vnetSubnetId: null })] }))).toBeNull();
    expect(vnets(cluster({ agentPools: null }))).toBeNull();
  });

  it('scopes dependencies to the subscription, the resource group, a list of groups, and a tag', () => {
    const inRg = keyVault({ name: 'kv-a', resourceGroup: 'rg-prod', tags: { Workload: 'saas' } });
    const elsewhere = keyVault({ name: 'kv-b', resourceGroup: 'RG-Data' });
    const otherSub = keyVault({ name: 'kv-c', subscriptionId: 'ffffffff-0000-0000-0000-000000000000' });
    const deps = new ClusterDependencies(platformTargets(state({ keyVaults: [inRg, elsewhere, otherSub] })));
    const names = (scope: Parameters<ClusterDependencies['of']>[1]) => deps.of(cluster(), scope).map((t) => t.resource.name);
    expect(names({ scope: 'subscription', tag: null })).toEqual(['kv-a', 'kv-b']);
    expect(names({ scope: 'resourceGroup', tag: null })).toEqual(['kv-a']);
    expect(names({ scope: ['rg-data'], tag: null })).toEqual(['kv-b']);
    expect(names({ scope: 'subscription', tag: { key: 'workload' } })).toEqual(['kv-a']);
    expect(names({ scope: 'subscription', tag: { key: 'workload', value: 'other' } })).toEqual([]);
  });

  it('groups clusters into cohorts that depend on the same targets: by subscription, and by resource group under that scope', () => {
    const targets = platformTargets(state({ keyVaults: [keyVault({ name: 'kv-a', resourceGroup: 'rg-prod' }), keyVault({ name: 'kv-b', resourceGroup: 'rg-data' })] }));
    const deps = new ClusterDependencies(targets);
    const clusters = [cluster({ name: 'aks-a' }), cluster({ name: 'aks-b', resourceGroup: 'RG-DATA' }), cluster({ name: 'aks-c', subscriptionId: 'ffffffff-0000-0000-0000-000000000000' }), cluster({ name: 'aks-d' })];
    const cohorts = (scope: Parameters<ClusterDependencies['of']>[1]) => deps.cohorts(clusters, scope).map((c) => [c.clusters.map((k) => k.name), c.targets.map((t) => t.resource.name)]);
    expect(cohorts({ scope: 'subscription', tag: null })).toEqual([
      [['aks-a', 'aks-b', 'aks-d'], ['kv-a', 'kv-b']],
      [['aks-c'], []],
    ]);
    expect(cohorts({ scope: 'resourceGroup', tag: null })).toEqual([
      [['aks-a', 'aks-d'], ['kv-a']],
      [['aks-b'], ['kv-b']],
      [['aks-c'], []],
    ]);
  });

  it('knows the privatelink zone of each sub-resource', () => {
    expect(privateDnsZoneNames(['redisCache'])).toEqual(['privatelink.redis.cache.windows.net']);
    expect(privateDnsZoneNames(['redisEnterprise'])).toEqual(['privatelink.redis.azure.net', 'privatelink.redisenterprise.cache.azure.net']);
    expect(privateDnsZoneNames(['blob', 'blob_secondary'])).toEqual(['privatelink.blob.core.windows.net']);
    expect(privateDnsZoneNames(['postgresqlServer', 'sqlServer', 'registry'])).toEqual(['privatelink.postgres.database.azure.com', 'privatelink.database.windows.net', 'privatelink.azurecr.io']);
  });

  it('judges 2,000 clusters against 5,000 targets without nested scans', () => {
    const vaults = Array.from({ length: 5000 }, (_, i) => keyVault({ name: `kv-${i}`, id: `/subscriptions/s${i % 1000}/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-${i}`, subscriptionId: `s${i % 1000}` }));
    const endpoints = vaults.map((v) => privateEndpoint(v, { id: `${v.id}-pe`, name: `pe-${v.name}` }));
    const clusters = Array.from({ length: 2000 }, (_, i) => cluster({ name: `aks-${i}`, subscriptionId: `s${i % 1000}` }));
    const s = withNetwork({ privateEndpoints: endpoints, privateDnsZones: [privateDnsZone(KV_ZONE)] }, { keyVaults: vaults, clusters });
    const reach = reachabilityOf(s);
    const deps = new ClusterDependencies(platformTargets(s));
    const from = reach.from([named(CLUSTER_VNET)]);
    let pairs = 0;
    for (const c of clusters) for (const t of deps.of(c, { scope: 'subscription', tag: null })) if (reach.judge(from, t).status === 'reachable') pairs++;
    expect(pairs).toBe(10000);
  });
});
