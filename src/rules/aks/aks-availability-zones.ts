import { evidence as evidenceOf, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';
import { eachPool, poolLabel } from '../lib/pools.ts';

interface Params {
  minZones: number;
}

/** Every node pool spreads its nodes over at least `minZones` availability zones. */
export default defineRule<Params>({
  id: 'aks-availability-zones',
  check(ctx) {
    const { minZones } = ctx.params;
    eachPool(ctx, (pool, cluster) => {
      const evidence = [evidenceOf(pool, 'availabilityZones')];
      const zones = pool.availabilityZones === null ? null : [...new Set(pool.availabilityZones)];
      if (zones === null) ctx.unknown(pool, unknownReason(evidence[0]!), evidence);
      else if (zones.length >= minZones) ctx.pass(pool, `${poolLabel(pool, cluster)} spans ${zones.length} availability zones (${zones.join(', ')})`, evidence);
      else if (zones.length) ctx.fail(pool, `${poolLabel(pool, cluster)} uses zone(s) ${zones.join(', ')}, fewer than ${minZones} availability zones`, evidence);
      else ctx.fail(pool, `${poolLabel(pool, cluster)} is not zonal: a zone outage can take all its nodes (at least ${minZones} availability zones wanted)`, evidence);
    });
  },
});
