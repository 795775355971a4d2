import type { Evidence } from '../../engine/finding.ts';
import { defineRule, notStated } from '../../engine/rule.ts';
import type { AgentPool, AksCluster } from '../../state/aks.ts';
import { partitionPools, poolEvidence, poolNames, POOLS_PATH } from '../lib/pools.ts';

interface Params {
  minNodes: number;
}

/**
 * The System-mode pools, which run CoreDNS, metrics-server and the other critical add-ons,
 * keep at least `minNodes` nodes between them, even when the autoscaler shrinks them.
 */
export default defineRule<Params>({
  id: 'aks-system-pool-min-nodes',
  check(ctx) {
    const { minNodes } = ctx.params;
    for (const cluster of ctx.state.clusters) {
      const modes = partitionPools(cluster, 'mode', (mode) => mode.toLowerCase() !== 'system');
      if (!modes) {
        ctx.unknown(cluster, notStated(POOLS_PATH));
        continue;
      }
      // AKS requires a System pool, so a cluster's only pool is one whatever its body says.
      const onlyPool = cluster.agentPools?.length === 1 ? cluster.agentPools : null;
      const system = onlyPool ?? modes.passing;
      const undecided = onlyPool ? [] : modes.unknown;
      const floors = system.map((pool) => ({ pool, nodes: nodeFloor(pool) }));
      const counted = floors.reduce((sum, f) => sum + (f.nodes ?? 0), 0);
      const evidence = [...modes.evidence, ...system.flatMap((pool) => sizeEvidence(cluster, pool))];
      const uncounted = [...floors.filter((f) => f.nodes === null).map((f) => f.pool), ...undecided];

      if (counted >= minNodes) {
        ctx.pass(cluster, `The System pool(s) of cluster ${cluster.name} (${poolNames(system)}) keep at least ${counted} node(s)`, evidence);
      } else if (uncounted.length) {
        ctx.unknown(cluster, `The mode or size of pool(s) ${poolNames(uncounted)} is not stated by the source, so the System node count of cluster ${cluster.name} cannot be judged`, evidence);
      } else if (system.length === 0) {
        ctx.unknown(cluster, `No pool of cluster ${cluster.name} is in System mode, which AKS does not allow: the source lists its pools incompletely`, evidence);
      } else {
        ctx.fail(cluster, `The System pool(s) of cluster ${cluster.name} (${poolNames(system)}) can run on ${counted} node(s), fewer than ${minNodes}`, evidence);
      }
    }
  },
});

/**
 * The fewest nodes a pool can run on: a `VirtualMachines` pool's scale profile; else the
 * autoscaler's floor when it scales, else its fixed count.
 */
function nodeFloor(pool: AgentPool): number | null {
  // The pool type says where its size is: unknown type, unknown size.
  if (pool.type === null) return null;
  if (isVirtualMachines(pool)) return pool.scaleMinNodes ?? null;
  if (pool.enableAutoScaling === null) return null;
  return pool.enableAutoScaling ? pool.minCount : pool.count;
}

function sizeEvidence(cluster: AksCluster, pool: AgentPool): Evidence[] {
  if (isVirtualMachines(pool)) return [poolEvidence(cluster, pool, 'type'), poolEvidence(cluster, pool, 'scaleMinNodes')];
  const size = pool.enableAutoScaling ? 'minCount' : 'count';
  return [poolEvidence(cluster, pool, 'enableAutoScaling'), poolEvidence(cluster, pool, size)];
}

/** A pool of individual VMs, sized by its scale profile rather than `count` and `minCount`. */
function isVirtualMachines(pool: AgentPool): boolean {
  return pool.type?.toLowerCase() === 'virtualmachines';
}
