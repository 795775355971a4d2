import { describe, expect, it } from 'vitest';
import { withSubnetReferences } from '../../../src/adapters/arm/network.ts';
import { Analyses } from '../../../src/engine/analysis.ts';
import { clusterTopology, dependencyScope } from '../../../src/rules/analyses/cluster-topology.ts';
import { keyVault } from '../../helpers/key-vault.ts';
import { AKS_SUBNET_ID, NSG_ID, nsg, ROUTE_TABLE_ID, routeTable, vnet } from '../../helpers/network.ts';
import { privateEndpoint } from '../../helpers/private-link.ts';
import { redisCache } from '../../helpers/redis.ts';
import { cluster, pool, state } from '../../helpers/state.ts';

const SCOPE = dependencyScope(undefined);

describe('clusterTopology', () => {
  it("lists a cluster's VNet, node subnet, its NSG and route table, and the services of its subscription", () => {
    const s = state({ clusters: [cluster({ agentPools: [pool({ vnetSubnetId: AKS_SUBNET_ID })] })], network: { ...state().network, virtualNetworks: [vnet()], networkSecurityGroups: [nsg([])], routeTables: [routeTable()] }, keyVaults: [keyVault()], redisCaches: [redisCache()] });
    const [topology] = clusterTopology(new Analyses(s), SCOPE);
    expect(topology).toMatchObject({ name: 'aks-prod', networkKnown: true });
    expect(topology!.dependsOn.map((d) => [d.kind, d.name])).toEqual([
      ['Virtual network', 'vnet-prod'],
      ['Subnet', 'snet-aks'],
      ['Network security group', 'nsg-aks'],
      ['Route table', 'rt-egress'],
      ['Key Vault', 'kv-prod'],
      ['Redis cache', 'redis-prod'],
    ]);
    // A service's private endpoints follow it: their DNS findings are theirs.
    const withEndpoint = { ...s, network: { ...s.network, privateEndpoints: [privateEndpoint(keyVault())] } };
    expect(clusterTopology(new Analyses(withEndpoint), SCOPE)[0]!.dependsOn.slice(4).map((d) => [d.kind, d.name])).toEqual([
      ['Key Vault', 'kv-prod'],
      ['Private endpoint', 'pe-kv-prod'],
      ['Redis cache', 'redis-prod'],
    ]);
    expect(topology!.dependsOn.find((d) => d.kind === 'Network security group')?.id).toBe(NSG_ID);
    expect(topology!.dependsOn.find((d) => d.kind === 'Route table')?.id).toBe(ROUTE_TABLE_ID);
  });

  it('finds the NSG from the NSG body when the subnet is not in the input, and lists each dependency once', () => {
    const nsgListing = { ...state().network, networkSecurityGroups: [nsg([], { subnetIds: [AKS_SUBNET_ID.toUpperCase()] })] };
    // The subnet is known only by reference: the adapter names its VNet.
    const s = withSubnetReferences(state({ clusters: [cluster({ agentPools: [pool({ vnetSubnetId: AKS_SUBNET_ID }), pool({ name: 'user', vnetSubnetId: AKS_SUBNET_ID.toUpperCase() })] })], network: nsgListing }));
    expect(clusterTopology(new Analyses(s), SCOPE)[0]!.dependsOn.map((d) => [d.kind, d.name])).toEqual([
      ['Virtual network', 'vnet-prod'],
      ['Subnet', 'snet-aks'],
      ['Network security group', 'nsg-aks'],
    ]);
  });

  it('says the network is unknown when no pool states a subnet, and still lists the services', () => {
    const s = state({ clusters: [cluster({ agentPools: [pool({ vnetSubnetId: null })] })], keyVaults: [keyVault()] });
    const [topology] = clusterTopology(new Analyses(s), SCOPE);
    expect(topology!.networkKnown).toBe(false);
    expect(topology!.dependsOn.map((d) => d.kind)).toEqual(['Key Vault']);
  });

  it("follows the cross-resource rule's scope: a resource group, or a tag", () => {
    const s = state({ clusters: [cluster()], keyVaults: [keyVault(), keyVault({ name: 'kv-other', resourceGroup: 'rg-other' }), keyVault({ name: 'kv-tagged', resourceGroup: 'rg-other', tags: { Workload: 'payments' } })] });
    const names = (params: Record<string, unknown>) => clusterTopology(new Analyses(s), dependencyScope(params))[0]!.dependsOn.filter((d) => d.kind === 'Key Vault').map((d) => d.name);
    expect(names({ scope: 'subscription', tag: null })).toEqual(['kv-prod', 'kv-other', 'kv-tagged']);
    expect(names({ scope: 'resourceGroup', tag: null })).toEqual(['kv-prod']);
    expect(names({ scope: 'subscription', tag: { key: 'workload', value: 'payments' } })).toEqual(['kv-tagged']);
  });
});
