import { defineRule, notStated, observed } from '../../engine/rule.ts';

const TIER = 'sku.tier';

/** Tiers with the financially backed API server SLA; `Paid` is their name before API 2023-02-01. */
const SLA_TIERS = new Set(['standard', 'premium', 'paid']);

/** A production cluster runs on a pricing tier with the uptime SLA (Standard or Premium). */
export default defineRule({
  id: 'aks-uptime-sla-enabled',
  check(ctx) {
    for (const cluster of ctx.state.clusters) {
      const tier = cluster.skuTier;
      const evidence = [observed(cluster, 'skuTier', TIER, tier)];
      if (tier === null) {
        ctx.unknown(cluster, notStated(TIER), evidence);
      } else if (SLA_TIERS.has(tier.toLowerCase())) {
        ctx.pass(cluster, `Cluster ${cluster.name} runs on the ${tier} tier, with the uptime SLA`, evidence);
      } else {
        ctx.fail(cluster, `Cluster ${cluster.name} runs on the ${tier} tier: no uptime SLA for its API server, and a control plane sized for development`, evidence);
      }
    }
  },
});
