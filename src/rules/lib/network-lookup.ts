import type { Evidence } from '../../engine/finding.ts';
import type { AgentPool, AksCluster } from '../../state/aks.ts';
import type { NetworkSecurityGroup, RouteTable, Subnet, VirtualNetwork } from '../../state/network.ts';
import type { State } from '../../state/state.ts';

/** A subnet with the virtual network it was read from. */
export interface LocatedSubnet {
  subnet: Subnet;
  vnet: VirtualNetwork;
}

/**
 * The estate's subnets, NSGs and route tables indexed by id, built once per state: rules ask
 * for them per cluster and per pool, and estates have thousands of subnets.
 */
export class NetworkLookup {
  private readonly subnets = new Map<string, LocatedSubnet>();
  private readonly nsgsBySubnet = new Map<string, NetworkSecurityGroup>();
  private readonly routeTables = new Map<string, RouteTable>();

  constructor(state: State) {
    for (const vnet of state.network.virtualNetworks) for (const subnet of vnet.subnets ?? []) this.subnets.set(subnet.id.toLowerCase(), { subnet, vnet });
    for (const nsg of state.network.networkSecurityGroups) for (const id of nsg.subnetIds ?? []) this.nsgsBySubnet.set(id.toLowerCase(), nsg);
    for (const table of state.network.routeTables) this.routeTables.set(table.id.toLowerCase(), table);
  }

  subnet(id: string): LocatedSubnet | undefined {
    return this.subnets.get(id.toLowerCase());
  }

  /** An NSG whose body lists the subnet among its associations. */
  nsgListing(subnetId: string): NetworkSecurityGroup | undefined {
    return this.nsgsBySubnet.get(subnetId.toLowerCase());
  }

  routeTable(id: string): RouteTable | undefined {
    return this.routeTables.get(id.toLowerCase());
  }
}

const LOOKUPS = new WeakMap<State, NetworkLookup>();

export function networkLookup(state: State): NetworkLookup {
  let lookup = LOOKUPS.get(state);
  if (!lookup) LOOKUPS.set(state, (lookup = new NetworkLookup(state)));
  return lookup;
}

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

/** Evidence for one subnet field: where the subnet was read (its VNet's body or its own resource) and the value. */
export function subnetEvidence(located: LocatedSubnet, field: 'networkSecurityGroup' | 'routeTable' | 'natGateway', value: unknown): Evidence {
  const { subnet, vnet } = located;
  const where = subnet.path.startsWith('properties.') ? `${vnet.id}#${subnet.path}` : `${subnet.path}#properties`;
  const statePath = `subnets[${subnet.name}].${field}Id`;
  const evidence: Evidence = { path: `${where}.${field}.id`, value: value === false ? null : value };
  if (value === false) evidence.note = vnet.provenance.defaulted.includes(statePath) ? 'not set in the source: the subnet has none' : 'stated as none by the source';
  else if (value === null) evidence.note = 'not stated by the source';
  return evidence;
}

/** `…/virtualNetworks/vnet/subnets/snet` → `vnet/snet` for messages. */
export function subnetLabel(id: string): string {
  const m = /\/virtualNetworks\/([^/]+)\/subnets\/([^/]+)$/i.exec(id);
  return m ? `${m[1]}/${m[2]}` : id;
}

