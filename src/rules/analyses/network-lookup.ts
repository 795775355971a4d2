import { defineAnalysis } from '../../engine/analysis.ts';
import { evidence } from '../../engine/evidence.ts';
import type { Evidence } from '../../engine/finding.ts';
import type { AgentPool, AksCluster } from '../../state/aks.ts';
import type { NamedRef, NetworkSecurityGroup, RouteTable, Subnet, SubnetReference } from '../../state/network.ts';
import type { State } from '../../state/state.ts';

/**
 * The estate's subnets, NSGs and route tables indexed by identity, built once per evaluation: rules
 * ask for them per cluster and per pool, and estates have thousands of subnets. Identities are
 * compared case-insensitively, as ARM ids are.
 */
export class NetworkLookup {
  private readonly subnets = new Map<string, Subnet>();
  private readonly references = new Map<string, SubnetReference>();
  private readonly nsgsBySubnet = new Map<string, NetworkSecurityGroup>();
  private readonly routeTables = new Map<string, RouteTable>();
  /** Names of the network resources a subnet is associated with, for reports. */
  private readonly names = new Map<string, string>();

  constructor(state: State) {
    const { network } = state;
    for (const vnet of network.virtualNetworks) for (const subnet of vnet.subnets ?? []) this.subnets.set(subnet.id.toLowerCase(), subnet);
    for (const reference of network.subnetReferences) this.references.set(reference.id.toLowerCase(), reference);
    for (const nsg of network.networkSecurityGroups) for (const id of nsg.subnetIds ?? []) this.nsgsBySubnet.set(id.toLowerCase(), nsg);
    for (const table of network.routeTables) this.routeTables.set(table.id.toLowerCase(), table);
    for (const resource of [...network.networkSecurityGroups, ...network.routeTables, ...network.natGateways]) this.names.set(resource.id.toLowerCase(), resource.name);
  }

  /** A subnet the input holds. */
  subnet(id: string): Subnet | undefined {
    return this.subnets.get(id.toLowerCase());
  }

  /** The VNet of a subnet the input holds or names; undefined when nothing says. */
  vnetOf(subnetId: string): NamedRef | undefined {
    const key = subnetId.toLowerCase();
    return this.subnets.get(key)?.parent ?? this.references.get(key)?.virtualNetwork;
  }

  /** `vnet/snet` for messages; the identity itself when the subnet is not known. */
  subnetLabel(subnetId: string): string {
    const key = subnetId.toLowerCase();
    const subnet = this.subnets.get(key) ?? this.references.get(key);
    const vnet = this.vnetOf(subnetId);
    return subnet && vnet ? `${vnet.name}/${subnet.name}` : subnetId;
  }

  /** A subnet's own name, or its identity when it is not known. */
  subnetName(subnetId: string): string {
    const key = subnetId.toLowerCase();
    return (this.subnets.get(key) ?? this.references.get(key))?.name ?? subnetId;
  }

  /** A network resource's name (NSG, route table, NAT gateway), or its identity when it is not in the input. */
  nameOf(id: string): string {
    return this.names.get(id.toLowerCase()) ?? id;
  }

  /** An NSG whose body lists the subnet among its associations. */
  nsgListing(subnetId: string): NetworkSecurityGroup | undefined {
    return this.nsgsBySubnet.get(subnetId.toLowerCase());
  }

  routeTable(id: string): RouteTable | undefined {
    return this.routeTables.get(id.toLowerCase());
  }
}

export const NETWORK_LOOKUP = defineAnalysis('network lookup', (state) => new NetworkLookup(state));

/**
 * Pools that do not state `vnetSubnetID` while others of the cluster do. AKS puts every pool of
 * a cluster in the same kind of network, so theirs is a subnet the source did not say, not the
 * AKS-managed network: a rule about node subnets cannot pass them.
 */
export function poolsWithUnstatedSubnet(cluster: AksCluster): AgentPool[] {
  const pools = cluster.agentPools ?? [];
  return nodeSubnetIds(cluster).length ? pools.filter((p) => p.vnetSubnetId === null) : [];
}

/** Why such pools leave a node-subnet verdict unknown, for the rule's message. */
export function unstatedSubnetReason(pools: AgentPool[]): string {
  return `the vnetSubnetID of pool(s) ${pools.map((p) => p.name).join(', ')} is not stated by the source`;
}

/** The distinct subnets a cluster's pools name in `vnetSubnetID`, in pool order (ids as first written). */
export function nodeSubnetIds(cluster: AksCluster): string[] {
  let found = NODE_SUBNETS.get(cluster);
  if (!found) {
    const ids = new Map<string, string>();
    for (const pool of cluster.agentPools ?? []) {
      const key = pool.vnetSubnetId?.toLowerCase();
      if (key && !ids.has(key)) ids.set(key, pool.vnetSubnetId as string);
    }
    NODE_SUBNETS.set(cluster, (found = [...ids.values()]));
  }
  return found;
}

/** Several rules and the report ask for every cluster's subnets: worked out once per cluster. */
const NODE_SUBNETS = new WeakMap<AksCluster, string[]>();

/**
 * Evidence for a subnet's association (NSG, route table, NAT gateway) as `value` (the subnet's
 * own, or an NSG listing it): "none" shows as null with a note saying whether the source said
 * so or left it out of a complete body.
 */
export function associationEvidence(subnet: Subnet, field: 'networkSecurityGroupId' | 'routeTableId' | 'natGatewayId', value: string | false | null = subnet[field]): Evidence {
  const e = evidence(subnet, field, value === false ? null : value);
  if (value !== false) return e;
  return { ...e, note: subnet.provenance.defaulted.includes(field) ? 'not set in the source: the subnet has none' : 'stated as none by the source' };
}
