import type { Analyses } from '../../engine/analysis.ts';
import type { Policy } from '../../engine/policy.ts';
import type { ClusterTopology, Dependency } from '../../engine/report.ts';
import type { AksCluster } from '../../state/aks.ts';
import { CLUSTER_DEPENDENCIES, type ClusterDependencies, type TargetScope } from './cluster-dependencies.ts';
import { NETWORK_LOOKUP, nodeSubnetIds } from './network-lookup.ts';
import { PRIVATE_REACHABILITY, type PrivateReachability } from './private-reachability.ts';

/** The rule whose scope parameters decide which services a cluster depends on. */
const CROSS_RESOURCE_RULE = 'platform-private-connectivity';

/** The report's topology of every cluster, from the analyses the rules shared, in the scope the cross-resource rule ran with. */
export function reportTopology(analyses: Analyses, policy: Policy): ClusterTopology[] {
  return clusterTopology(analyses, dependencyScope(policy.rules.get(CROSS_RESOURCE_RULE)?.params));
}

/**
 * For every cluster: its VNets, node subnets and what guards and routes them (NSG, route table,
 * NAT gateway), then the PaaS resources in its dependency scope — the same scope the
 * cross-resource rule judges. Linear: every lookup is an index built once.
 */
export function clusterTopology(analyses: Analyses, scope: TargetScope): ClusterTopology[] {
  const lookup = analyses.get(NETWORK_LOOKUP);
  const services = servicesByCluster(analyses.state.clusters, scope, analyses.get(CLUSTER_DEPENDENCIES), analyses.get(PRIVATE_REACHABILITY));
  return analyses.state.clusters.map((cluster) => {
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
function servicesByCluster(clusters: AksCluster[], scope: TargetScope, dependencies: ClusterDependencies, reachability: PrivateReachability): Map<AksCluster, Dependency[]> {
  const byCluster = new Map<AksCluster, Dependency[]>();
  for (const cohort of dependencies.cohorts(clusters, scope)) {
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
