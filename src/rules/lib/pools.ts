import { evidence, unknownReason } from '../../engine/evidence.ts';
import type { RuleContext } from '../../engine/rule.ts';
import type { AgentPool, AksCluster } from '../../state/aks.ts';

/**
 * Every pool of every cluster, for rules that judge each pool on its own: a pool carries its own
 * setting, so two bad pools are two findings. A cluster whose pools the source does not list is
 * unknown itself.
 */
export function eachPool<P>(ctx: RuleContext<P>, judge: (pool: AgentPool, cluster: AksCluster) => void): void {
  for (const cluster of ctx.state.clusters) {
    if (cluster.agentPools === null) ctx.unknown(cluster, poolsNotStated(cluster));
    else for (const pool of cluster.agentPools) judge(pool, cluster);
  }
}

/** Why a verdict on a cluster's pools cannot be given when the source does not list them. */
export function poolsNotStated(cluster: AksCluster): string {
  return unknownReason(evidence(cluster, 'agentPools'));
}

/** `Node pool user of cluster aks-prod`, how pool findings begin. */
export function poolLabel(pool: AgentPool, cluster: AksCluster): string {
  return `Node pool ${pool.name} of cluster ${cluster.name}`;
}

/** `system, user` for messages. */
export function poolNames(pools: AgentPool[]): string {
  return pools.map((p) => p.name).join(', ');
}
