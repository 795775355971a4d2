import { defineRule, notStated } from '../../engine/rule.ts';
import type { AgentPool } from '../../state/aks.ts';
import { partitionPools, poolNames, POOLS_PATH } from '../lib/pools.ts';

interface Params {
  minZones: number;
}

/** Every node pool spreads its nodes over at least `minZones` availability zones. */
export default defineRule<Params>({
  id: 'aks-availability-zones',
  check(ctx) {
    const { minZones } = ctx.params;
    for (const cluster of ctx.state.clusters) {
      const pools = partitionPools(cluster, 'availabilityZones', (zones) => distinct(zones) < minZones);
      if (!pools) {
        ctx.unknown(cluster, notStated(POOLS_PATH));
      } else if (pools.failing.length) {
        const spans = pools.failing.map(describe).join('; ');
        ctx.fail(cluster, `Cluster ${cluster.name} has node pools in fewer than ${minZones} availability zones: ${spans}`, pools.evidence);
      } else if (pools.unknown.length) {
        ctx.unknown(cluster, `The availability zones of pool(s) ${poolNames(pools.unknown)} are not stated by the source, so this cannot be judged`, pools.evidence);
      } else {
        ctx.pass(cluster, `Every node pool of cluster ${cluster.name} spans at least ${minZones} availability zones`, pools.evidence);
      }
    }
  },
});

function distinct(zones: string[]): number {
  return new Set(zones).size;
}

function describe(pool: AgentPool): string {
  const zones = pool.availabilityZones ?? [];
  return zones.length ? `${pool.name} uses zone(s) ${[...new Set(zones)].join(', ')}` : `${pool.name} is not zonal`;
}
