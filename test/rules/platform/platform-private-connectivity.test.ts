import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/finding.ts';
import rule from '../../../src/rules/platform/platform-private-connectivity.ts';
import type { NetworkState } from '../../../src/state/network.ts';
import { TAG_VALUE_NOT_KEPT } from '../../../src/state/resource.ts';
import type { State } from '../../../src/state/state.ts';
import { keyVault } from '../../helpers/key-vault.ts';
import { CLUSTER_VNET, HUB_VNET, OTHER_VNET, privateDnsZone, privateEndpoint, virtualNetwork } from '../../helpers/private-link.ts';
import { redisCache } from '../../helpers/redis.ts';
import { stateOf } from '../../helpers/scan.ts';
import { cluster, pool, run, state } from '../../helpers/state.ts';
import { withSubnetReferences } from '../../../src/adapters/arm/network.ts';

const KV_ZONE = 'privatelink.vaultcore.azure.net';
/** `kv-app` with the source path the Key Vault adapter gives its public access setting. */
const kv = (overrides: Parameters<typeof keyVault>[0] = {}) => keyVault({ name: 'kv-app', provenance: { paths: { publicNetworkAccess: 'properties.publicNetworkAccess' }, defaulted: [] }, ...overrides });
const vault = kv();

/** The estate as the ARM adapter gives it: the clusters' subnets known by reference, placed in their VNets. */
function estate(parts: Partial<State> = {}, network: Partial<NetworkState> = {}): State {
  const s = state({ clusters: [cluster()], keyVaults: [vault], ...parts });
  return withSubnetReferences({ ...s, network: { ...s.network, privateEndpoints: [privateEndpoint(vault)], privateDnsZones: [privateDnsZone(KV_ZONE)], ...network } });
}

function one(findings: Finding[], resource: string): Finding {
  const mine = findings.filter((f) => f.resource.name === resource);
  expect(mine).toHaveLength(1);
  return mine[0]!;
}

describe('platform-private-connectivity', () => {
  it('passes a vault reached through an approved endpoint in the cluster VNet, with public access off; the endpoint, its zone linked, passes under the vault', () => {
    const findings = run(rule, estate());
    const f = one(findings, 'kv-app');
    expect(f.status).toBe('pass');
    expect(f.message).toBe("Key Vault kv-app is reachable only privately, from cluster aks-prod in VNet vnet-prod: approved private endpoint pe-kv-app in the cluster's VNet vnet-prod; public network access is disabled");
    expect(f.evidence).toContainEqual({ path: 'properties.publicNetworkAccess', value: 'Disabled' });
    const endpoint = one(findings, 'pe-kv-app');
    expect(endpoint).toMatchObject({ status: 'pass', resource: { type: 'microsoft.network/privateendpoints', parent: { id: vault.id } } });
    expect(endpoint.message).toBe(`Private endpoint pe-kv-app of Key Vault kv-app resolves to it for the clusters that depend on it, from cluster aks-prod in VNet vnet-prod: DNS zone ${KV_ZONE} linked to the cluster's VNet`);
  });

  it('fails when the zone is linked only to a VNet the cluster is not peered with, naming both and the missing link', () => {
    const s = estate({}, { privateDnsZones: [privateDnsZone(KV_ZONE, [HUB_VNET])], virtualNetworks: [virtualNetwork(CLUSTER_VNET, [])] });
    const findings = run(rule, s);
    expect(one(findings, 'kv-app').status).toBe('pass');
    const f = one(findings, 'pe-kv-app');
    expect(f).toMatchObject({ status: 'fail', resource: { parent: { name: 'kv-app' } } });
    expect(f.message).toBe(
      `Private endpoint pe-kv-app of Key Vault kv-app does not resolve to it for the clusters that depend on it: from cluster aks-prod in VNet vnet-prod: its zone group's DNS zone ${KV_ZONE} is linked only to vnet-hub, not to the cluster's VNet vnet-prod or a VNet peered with it`,
    );
  });

  it('fails a public endpoint even when the private path is complete, and when the private path cannot be judged', () => {
    const open = kv({ publicNetworkAccess: 'Enabled' });
    expect(one(run(rule, estate({ keyVaults: [open] })), 'kv-app').message).toMatch(/^Key Vault kv-app is not private to the clusters that depend on it: its public endpoint is on \(publicNetworkAccess Enabled\) \(reachable from cluster aks-prod in VNet vnet-prod: approved private endpoint pe-kv-app/);
    const managedVnet = cluster({ agentPools: [pool({ vnetSubnetId: null })] });
    const f = one(run(rule, estate({ keyVaults: [open], clusters: [managedVnet] })), 'kv-app');
    expect(f.status).toBe('fail');
    expect(f.message).toContain('(not judged: from cluster aks-prod: its VNet is unknown');
    const perimeter = kv({ publicNetworkAccess: 'SecuredByPerimeter' });
    expect(one(run(rule, estate({ keyVaults: [perimeter] })), 'kv-app').status).toBe('fail');
  });

  it('fails a target without any private endpoint', () => {
    const bare = redisCache({ name: 'redis-app', privateEndpointIds: [] });
    const f = one(run(rule, estate({ redisCaches: [bare] })), 'redis-app');
    expect(f.status).toBe('fail');
    expect(f.message).toBe('Redis cache redis-app is not private to the clusters that depend on it: from cluster aks-prod in VNet vnet-prod: no private endpoint connects to it');
  });

  it('is unknown for a cluster in an AKS-managed VNet, and when public network access is not stated', () => {
    const managedVnet = cluster({ agentPools: [pool({ vnetSubnetId: null })] });
    const f = one(run(rule, estate({ clusters: [managedVnet] })), 'kv-app');
    expect(f.status).toBe('unknown');
    expect(f.message).toContain('its VNet is unknown: no node pool states a vnetSubnetID (an AKS-managed VNet');
    const silent = kv({ publicNetworkAccess: null });
    const g = one(run(rule, estate({ keyVaults: [silent] })), 'kv-app');
    expect(g.status).toBe('unknown');
    expect(g.evidence).toContainEqual({ path: 'properties.publicNetworkAccess', value: null, note: 'not stated by the source' });
  });

  it('gives one finding per service, naming the clusters that depend on it grouped by VNet', () => {
    const elsewhere = (name: string) => cluster({ name, agentPools: [pool({ vnetSubnetId: `${OTHER_VNET}/subnets/snet-aks` })] });
    const s = estate({ clusters: [cluster(), cluster({ name: 'aks-ops' }), elsewhere('aks-batch'), elsewhere('aks-etl')] }, { virtualNetworks: [virtualNetwork(CLUSTER_VNET, []), virtualNetwork(OTHER_VNET, [])] });
    const findings = run(rule, s);
    expect(findings.map((f) => f.resource.name)).toEqual(['kv-app', 'pe-kv-app']);
    const f = one(findings, 'kv-app');
    expect(f.status).toBe('fail');
    expect(f.message).toContain('from 2 clusters (aks-batch, aks-etl) in VNet vnet-other: private endpoint pe-kv-app: in VNet vnet-prod, which is not peered');
    expect(f.message).toContain('reachable from 2 clusters (aks-prod, aks-ops) in VNet vnet-prod: approved private endpoint');
    expect(f.part).toBeUndefined();
  });

  it('names at most eight clusters per outcome', () => {
    const clusters = Array.from({ length: 11 }, (_, i) => cluster({ name: `aks-${i}` }));
    expect(one(run(rule, estate({ clusters })), 'kv-app').message).toContain('from 11 clusters (aks-0, aks-1, aks-2, aks-3, aks-4, aks-5, aks-6, aks-7 and 3 more) in VNet vnet-prod');
  });

  it('honours the scope and tag parameters', () => {
    const s = estate({ keyVaults: [vault, keyVault({ name: 'kv-data', resourceGroup: 'rg-data', tags: { workload: 'saas' } })] });
    const judged = (params = {}) => run(rule, s, params).map((f) => f.resource.name);
    expect(judged().sort()).toEqual(['kv-app', 'kv-data', 'pe-kv-app']);
    expect(judged({ scope: 'resourceGroup' })).toEqual(['kv-app', 'pe-kv-app']);
    expect(judged({ scope: ['RG-DATA'] })).toEqual(['kv-data']);
    expect(judged({ tag: { key: 'workload', value: 'saas' } })).toEqual(['kv-data']);
  });

  it('judges a resource whose tag value a saved snapshot did not keep, rather than leaving it out unseen', () => {
    const s = estate({ keyVaults: [vault, keyVault({ name: 'kv-data', resourceGroup: 'rg-data', tags: { Workload: TAG_VALUE_NOT_KEPT } })] });
    expect(run(rule, s, { tag: { key: 'workload', value: 'saas' } }).map((f) => f.resource.name)).toEqual(['kv-data']);
  });

  it('on the demo estate: the prod vault and database endpoints resolve in the prod spoke, the Redis zone is linked only to a legacy VNet', () => {
    const demo = stateOf('fixtures/demo/platform/private-link.json');
    const spoke = '/subscriptions/5f1c2a9e-3b7d-4c8e-a6f2-91d4e0b7c3a1/resourceGroups/rg-saas-prod-weu-network/providers/Microsoft.Network/virtualNetworks/vnet-saas-prod-weu-spoke';
    const subnet = `${spoke}/subnets/snet-aks-apps`;
    const data = '/subscriptions/5f1c2a9e-3b7d-4c8e-a6f2-91d4e0b7c3a1/resourceGroups/rg-saas-prod-weu-data/providers';
    const prod = cluster({ name: 'aks-saas-prod-weu', subscriptionId: '5f1c2a9e-3b7d-4c8e-a6f2-91d4e0b7c3a1', agentPools: [pool({ vnetSubnetId: subnet })] });
    const target = <T extends { id: string; subscriptionId: string | null; resourceGroup: string | null }>(r: T, id: string): T => ({ ...r, id, subscriptionId: prod.subscriptionId, resourceGroup: 'rg-saas-prod-weu-data' });
    const s: State = {
      ...demo,
      clusters: [prod],
      keyVaults: [target(keyVault({ name: 'kv-saas-prod-weu', privateEndpointIds: null }), `${data}/Microsoft.KeyVault/vaults/kv-saas-prod-weu`)],
      redisCaches: [target(redisCache({ name: 'redis-saas-prod-weu', privateEndpointIds: null }), `${data}/Microsoft.Cache/Redis/redis-saas-prod-weu`)],
    };
    const findings = run(rule, withSubnetReferences(s));
    expect(one(findings, 'kv-saas-prod-weu').status).toBe('pass');
    expect(one(findings, 'pe-kv-saas-prod-weu').status).toBe('pass');
    expect(one(findings, 'redis-saas-prod-weu').status).toBe('pass');
    const redis = one(findings, 'pe-redis-saas-prod-weu');
    expect(redis.status).not.toBe('pass');
    expect(redis.resource.parent?.name).toBe('redis-saas-prod-weu');
    expect(redis.message).toContain('privatelink.redis.cache.windows.net');
    expect(redis.message).toContain('vnet-saas-legacy-weu');
  });
});
