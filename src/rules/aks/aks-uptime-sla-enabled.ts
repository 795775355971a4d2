import { evidence as evidenceOf, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';

/** Tiers with the financially backed API server SLA; `Paid` is their name before API 2023-02-01. */
const SLA_TIERS = new Set(['standard', 'premium', 'paid']);

/** A production cluster runs on a pricing tier with the uptime SLA (Standard or Premium). */
export default defineRule({
  id: 'aks-uptime-sla-enabled',
  check(ctx) {
    for (const cluster of ctx.state.clusters) {
      const tier = cluster.skuTier;
      const evidence = [evidenceOf(cluster, 'skuTier')];
      if (tier === null) {
        ctx.unknown(cluster, unknownReason(evidence[0]!), evidence);
      } else if (SLA_TIERS.has(tier.toLowerCase())) {
        ctx.pass(cluster, `Cluster ${cluster.name} runs on the ${tier} tier, with the uptime SLA`, evidence);
      } else {
        ctx.fail(cluster, `Cluster ${cluster.name} runs on the ${tier} tier: no uptime SLA for its API server, and a control plane sized for development`, evidence);
      }
    }
  },
});
