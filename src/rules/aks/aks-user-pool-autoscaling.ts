import { evidence, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';
import { eachPool, poolLabel } from '../lib/pools.ts';

/**
 * Every User-mode pool runs the cluster autoscaler with room to move (`minCount` < `maxCount`),
 * so the workloads' nodes follow their load. System pools are judged by aks-system-pool-min-nodes.
 */
export default defineRule({
  id: 'aks-user-pool-autoscaling',
  check(ctx) {
    eachPool(ctx, (pool, cluster) => {
      // AKS requires a System pool, so a cluster's only pool is one whatever its body says.
      if (cluster.agentPools!.length === 1) return;
      const label = poolLabel(pool, cluster);
      const mode = evidence(pool, 'mode');
      if (pool.mode === null) return ctx.unknown(pool, unknownReason(mode), [mode]);
      if (pool.mode.toLowerCase() !== 'user') return;
      if (pool.poolType?.toLowerCase() === 'virtualmachines') {
        return ctx.unknown(pool, `${label} is a VirtualMachines pool, which scales through its scale profile's autoscale entries; aks-audit reads only their floor`, [mode, evidence(pool, 'poolType')]);
      }
      const enabled = evidence(pool, 'enableAutoScaling');
      const { enableAutoScaling, minCount, maxCount } = pool;
      if (enableAutoScaling === null) return ctx.unknown(pool, unknownReason(enabled), [mode, enabled]);
      if (!enableAutoScaling) return ctx.fail(pool, `${label} does not run the cluster autoscaler: it stays at ${pool.count ?? 'its fixed'} node(s) whatever the load`, [mode, enabled, evidence(pool, 'count')]);
      const range = [evidence(pool, 'minCount'), evidence(pool, 'maxCount')];
      const all = [mode, enabled, ...range];
      const missing = range.find((e) => e.value === null);
      if (missing) ctx.unknown(pool, unknownReason(missing), all);
      else if (minCount! >= maxCount!) ctx.fail(pool, `${label} runs the cluster autoscaler with minCount ${minCount} and maxCount ${maxCount}: it cannot scale`, all);
      else ctx.pass(pool, `${label} autoscales between ${minCount} and ${maxCount} nodes`, all);
    });
  },
});
