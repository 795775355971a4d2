import type { Evidence } from '../../engine/finding.ts';
import { observed } from '../../engine/rule.ts';
import type { AgentPool, AksCluster } from '../../state/aks.ts';
import { propertyPrefix } from './property-path.ts';

/** Where a cluster's pools live in an ARM body: the unknown reason when `agentPools` is null. */
export const POOLS_PATH = 'properties.agentPoolProfiles';

/** A pool field's ARM property name, where it differs from the state name. */
const ARM_NAMES: Partial<Record<keyof AgentPool, string>> = {
  orchestratorVersion: 'currentOrchestratorVersion',
  vnetSubnetId: 'vnetSubnetID',
  scaleMinNodes: 'virtualMachinesProfile.scale',
};

/** The ARM property a pool field was read from: the version's depends on the body's API version. */
function armNameOf(pool: AgentPool, field: keyof AgentPool): string {
  if (field === 'orchestratorVersion' && pool.orchestratorVersionFrom) return pool.orchestratorVersionFrom;
  return ARM_NAMES[field] ?? field;
}

/** A cluster's pools sorted by one field: failing the predicate, not stated, or passing. */
export interface PoolPartition {
  failing: AgentPool[];
  unknown: AgentPool[];
  passing: AgentPool[];
  /** One observation of the field per pool, in pool order. */
  evidence: Evidence[];
}

/**
 * Judges one field of every pool (or of `options.pools`, a subset such as the system pools).
 * A pool whose field is null goes to `unknown` without calling `isFailing`.
 * Returns null when the cluster's pools are unknown (`POOLS_PATH` not stated).
 */
export function partitionPools<K extends keyof AgentPool>(
  cluster: AksCluster,
  field: K,
  isFailing: (value: NonNullable<AgentPool[K]>, pool: AgentPool) => boolean,
  options: { pools?: AgentPool[] } = {},
): PoolPartition | null {
  const pools = options.pools ?? cluster.agentPools;
  if (pools === null) return null;
  const out: PoolPartition = { failing: [], unknown: [], passing: [], evidence: [] };
  for (const pool of pools) {
    const value = pool[field];
    out.evidence.push(poolEvidence(cluster, pool, field));
    if (value === null || value === undefined) out.unknown.push(pool);
    else if (isFailing(value as NonNullable<AgentPool[K]>, pool)) out.failing.push(pool);
    else out.passing.push(pool);
  }
  return out;
}

/** Evidence for one pool field, noting when the adapter filled in the API default. */
export function poolEvidence(cluster: AksCluster, pool: AgentPool, field: keyof AgentPool): Evidence {
  const { statePrefix, armPrefix } = pathsOf(cluster, pool);
  return observed(cluster, `${statePrefix}.${field}`, `${armPrefix}${armNameOf(pool, field)}`, pool[field]);
}

/** Per pool, worked out once: every rule asks for several fields of every pool. */
const POOL_PATHS = new WeakMap<AgentPool, { statePrefix: string; armPrefix: string }>();

function pathsOf(cluster: AksCluster, pool: AgentPool): { statePrefix: string; armPrefix: string } {
  let paths = POOL_PATHS.get(pool);
  if (!paths) {
    // Pools inside the cluster body are read at `properties.agentPoolProfiles[i]`; separate agentPools resources at their id (relative to the cluster's).
    const profile = /^properties\.agentPoolProfiles\[(\d+)\]$/.exec(pool.path);
    paths = { statePrefix: profile ? `agentPools[${profile[1]}]` : `agentPools[${pool.name}]`, armPrefix: propertyPrefix(cluster, pool.path) };
    POOL_PATHS.set(pool, paths);
  }
  return paths;
}

/** `system, user` for messages. */
export function poolNames(pools: AgentPool[]): string {
  return pools.map((p) => p.name).join(', ');
}
