import type { Evidence } from '../../engine/finding.ts';
import { evidence as evidenceOf } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';
import type { AgentPool } from '../../state/aks.ts';
import { poolNames, poolsNotStated } from '../lib/pools.ts';

interface Params {
  minNodes: number;
}

/**
 * The System-mode pools, which run CoreDNS, metrics-server and the other critical add-ons,
 * keep at least `minNodes` nodes between them, even when the autoscaler shrinks them. A verdict
 * on the cluster when the System pools count together, on the pool when there is one.
 */
export default defineRule<Params>({
  id: 'aks-system-pool-min-nodes',
  check(ctx) {
    const { minNodes } = ctx.params;
    for (const cluster of ctx.state.clusters) {
      const pools = cluster.agentPools;
      if (pools === null) {
        ctx.unknown(cluster, poolsNotStated(cluster));
        continue;
      }
      // AKS requires a System pool, so a cluster's only pool is one whatever its body says.
      const onlyPool = pools.length === 1;
      const system = onlyPool ? pools : pools.filter((pool) => pool.mode?.toLowerCase() === 'system');
      const undecided = onlyPool ? [] : pools.filter((pool) => pool.mode === null);
      const floors = system.map((pool) => ({ pool, nodes: nodeFloor(pool) }));
      const counted = floors.reduce((sum, f) => sum + (f.nodes ?? 0), 0);
      const evidence = [...pools.map((pool) => evidenceOf(pool, 'mode')), ...system.flatMap(sizeEvidence)];
      const uncounted = [...floors.filter((f) => f.nodes === null).map((f) => f.pool), ...undecided];
      // One System pool is where the fix goes (its size); several count together, a verdict on the cluster.
      const subject = system.length === 1 && undecided.length === 0 ? system[0]! : cluster;

      if (counted >= minNodes) {
        ctx.pass(subject, `The System pool(s) of cluster ${cluster.name} (${poolNames(system)}) keep at least ${counted} node(s)`, evidence);
      } else if (uncounted.length) {
        ctx.unknown(subject, `The mode or size of pool(s) ${poolNames(uncounted)} is not stated by the source, so the System node count of cluster ${cluster.name} cannot be judged`, evidence);
      } else if (system.length === 0) {
        ctx.unknown(subject, `No pool of cluster ${cluster.name} is in System mode, which AKS does not allow: the source lists its pools incompletely`, evidence);
      } else {
        ctx.fail(subject, `The System pool(s) of cluster ${cluster.name} (${poolNames(system)}) can run on ${counted} node(s), fewer than ${minNodes}`, evidence);
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
  if (pool.poolType === null) return null;
  if (isVirtualMachines(pool)) return pool.scaleMinNodes ?? null;
  if (pool.enableAutoScaling === null) return null;
  return pool.enableAutoScaling ? pool.minCount : pool.count;
}

function sizeEvidence(pool: AgentPool): Evidence[] {
  if (isVirtualMachines(pool)) return [evidenceOf(pool, 'poolType'), evidenceOf(pool, 'scaleMinNodes')];
  const size = pool.enableAutoScaling ? 'minCount' : 'count';
  return [evidenceOf(pool, 'enableAutoScaling'), evidenceOf(pool, size)];
}

/** A pool of individual VMs, sized by its scale profile rather than `count` and `minCount`. */
function isVirtualMachines(pool: AgentPool): boolean {
  return pool.poolType?.toLowerCase() === 'virtualmachines';
}
