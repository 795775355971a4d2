import { evidence, unknownReason } from '../../engine/evidence.ts';
import { defineRule, type RuleContext } from '../../engine/rule.ts';
import type { AgentPool, AksCluster } from '../../state/aks.ts';
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
      const mayBeUser = pool.mode === null || pool.mode.toLowerCase() === 'user';
      if (cluster.agentPools!.length > 1 && mayBeUser) judgePool(ctx, pool, cluster);
    });
  },
});

/** A pool that is, or may be, a User pool. */
function judgePool(ctx: RuleContext<unknown>, pool: AgentPool, cluster: AksCluster): void {
  const label = poolLabel(pool, cluster);
  const mode = evidence(pool, 'mode');
  const type = evidence(pool, 'poolType');
  const enabled = evidence(pool, 'enableAutoScaling');
  const min = evidence(pool, 'minCount');
  const max = evidence(pool, 'maxCount');
  const { enableAutoScaling, minCount, maxCount } = pool;
  // The range matters only while the autoscaler is on.
  const read = enableAutoScaling ? [mode, type, enabled, min, max] : [mode, type, enabled];
  const unread = read.find((e) => e.value === null);
  if (unread) ctx.unknown(pool, unknownReason(unread), read);
  else if (pool.poolType!.toLowerCase() === 'virtualmachines') {
    ctx.unknown(pool, `${label} is a VirtualMachines pool, which scales through its scale profile's autoscale entries; aks-audit reads only their floor`, [mode, type]);
  } else if (!enableAutoScaling) ctx.fail(pool, `${label} does not run the cluster autoscaler: it stays at ${pool.count ?? 'its fixed'} node(s) whatever the load`, [mode, enabled, evidence(pool, 'count')]);
  else if (minCount! >= maxCount!) ctx.fail(pool, `${label} runs the cluster autoscaler with minCount ${minCount} and maxCount ${maxCount}: it cannot scale`, [mode, enabled, min, max]);
  else ctx.pass(pool, `${label} autoscales between ${minCount} and ${maxCount} nodes`, [mode, enabled, min, max]);
}
