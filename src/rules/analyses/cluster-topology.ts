import type { AksCluster } from '../../state/aks.ts';
import type { State } from '../../state/state.ts';
import { networkLookup, nodeSubnetIds } from './network-lookup.ts';
import { ClusterDependencies, type TargetScope } from './cluster-dependencies.ts';
import { platformTargets, PrivateReachability } from './private-reachability.ts';

/** A resource a cluster depends on, named for people. */
export interface Dependency {
  id: string;
  name: string;
  /** `Virtual network`, `Network security group`, `Key Vault`, `PostgreSQL flexible server`, ... */
  kind: string;
}

/** One cluster and what it stands on: the network its nodes use and the services in its scope. */
export interface ClusterTopology {
  id: string;
  name: string;
  subscriptionId: string | null;
  resourceGroup: string | null;
  /** False when no pool states a subnet (an AKS-managed VNet, or an export without it): its network is not known. */
  networkKnown: boolean;
  dependsOn: Dependency[];
}

/**
 * For every cluster: its VNets, node subnets and what guards and routes them (NSG, route table,
 * NAT gateway), then the PaaS resources in its dependency scope — the same scope the
 * cross-resource rule judges. Linear: every lookup is an index built once.
 */
export function clusterTopology(state: State, scope: TargetScope): ClusterTopology[] {
  const lookup = networkLookup(state);
  const services = servicesByCluster(state, scope, new PrivateReachability(state, lookup));
  return state.clusters.map((cluster) => {
    const found = new Map<string, Dependency>();
    const add = (id: string | false | null | undefined, kind: string, name?: string): void => {
      if (id && !found.has(id.toLowerCase())) found.set(id.toLowerCase(), { id, name: name ?? lookup.nameOf(id), kind });
    };
    const subnets = nodeSubnetIds(cluster);
    for (const subnetId of subnets) {
      const vnet = lookup.vnetOf(subnetId);
      add(vnet?.id, 'Virtual network', vnet?.name);
      add(subnetId, 'Subnet', lookup.subnetName(subnetId));
      const subnet = lookup.subnet(subnetId);
      add(subnet?.networkSecurityGroupId || lookup.nsgListing(subnetId)?.id, 'Network security group');
      add(subnet?.routeTableId, 'Route table');
      add(subnet?.natGatewayId, 'NAT gateway');
    }
    return {
      id: cluster.id,
      name: cluster.name,
      subscriptionId: cluster.subscriptionId,
      resourceGroup: cluster.resourceGroup,
      networkKnown: subnets.length > 0,
      // Network resources and PaaS services never share an id: the cohort's list is appended as it is.
      dependsOn: [...found.values(), ...(services.get(cluster) ?? [])],
    };
  });
}

/**
 * The services each cluster depends on, each followed by its private endpoints (judged for whether
 * their names resolve), worked out once per cohort: every cluster of a subscription (or resource
 * group) shares the same list, which on large estates runs to hundreds of services.
 */
function servicesByCluster(state: State, scope: TargetScope, reachability: PrivateReachability): Map<AksCluster, Dependency[]> {
  const byCluster = new Map<AksCluster, Dependency[]>();
  for (const cohort of new ClusterDependencies(platformTargets(state)).cohorts(state.clusters, scope)) {
    const services = new Map<string, Dependency>();
    const add = (dependency: Dependency): void => {
      const key = dependency.id.toLowerCase();
      if (!services.has(key)) services.set(key, dependency);
    };
    for (const { resource, service } of cohort.targets) {
      add({ id: resource.id, name: resource.name, kind: service });
      for (const endpoint of reachability.endpointsOf(resource).found) add({ id: endpoint.id, name: endpoint.name, kind: 'Private endpoint' });
    }
    const list = [...services.values()];
    for (const cluster of cohort.clusters) byCluster.set(cluster, list);
  }
  return byCluster;
}

/** The scope the cross-resource rule runs with, so the report and the rule agree on what a cluster depends on. */
export function dependencyScope(params: Record<string, unknown> | undefined): TargetScope {
  return { scope: (params?.scope as TargetScope['scope'] | undefined) ?? 'subscription', tag: (params?.tag as TargetScope['tag'] | undefined) ?? null };
}
