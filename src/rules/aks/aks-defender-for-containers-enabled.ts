import type { Evidence } from '../../engine/finding.ts';
import { defineRule, observed } from '../../engine/rule.ts';
import type { AksCluster } from '../../state/aks.ts';
import type { DefenderPlan, Subscription } from '../../state/subscription.ts';

const PROFILE = 'properties.securityProfile.defender.securityMonitoring.enabled';
const PLAN = 'Containers';

/**
 * Defender for Containers protects a cluster only when both halves are on: the subscription's
 * `Containers` plan at Standard tier (billing, agentless discovery, image scanning) and the
 * cluster's Defender security profile (the runtime sensor).
 */
export default defineRule({
  id: 'aks-defender-for-containers-enabled',
  check(ctx) {
    // Per subscription, not per cluster: a subscription holds many clusters.
    const plans = new Map(ctx.state.subscriptions.map((s) => [s.id.toLowerCase(), containersPlan(s)]));
    for (const cluster of ctx.state.clusters) {
      const profileOn = cluster.defenderEnabled;
      const plan = plans.get((cluster.subscriptionId ?? '').toLowerCase());
      const tier = plan?.tier ?? null;
      const planOn = tier === null ? null : tier.toLowerCase() === 'standard';
      const evidence = [observed(cluster, 'defenderEnabled', PROFILE, profileOn), planEvidence(cluster, plan)];

      const missing = [
        ...(planOn === false ? [`subscription ${cluster.subscriptionId} has the Defender for Containers plan at ${tier} tier, not Standard`] : []),
        ...(profileOn === false ? ['the cluster\'s Defender security profile (runtime sensor) is off'] : []),
      ];
      if (missing.length) {
        ctx.fail(cluster, `Cluster ${cluster.name} is not protected by Defender for Containers: ${missing.join('; and ')}`, evidence);
      } else if (profileOn === null) {
        ctx.unknown(cluster, `${PROFILE} is not stated by the source, so whether the Defender sensor runs cannot be judged; export the full resource or scan it live`, evidence);
      } else if (planOn === null) {
        ctx.unknown(cluster, `The cluster's Defender security profile is on, but the Defender plans of subscription ${cluster.subscriptionId} are not in the input: export Microsoft.Security/pricings (the ${PLAN} plan) for it, or scan it live`, evidence);
      } else {
        ctx.pass(cluster, `Cluster ${cluster.name} is protected by Defender for Containers: the subscription's plan is Standard and the cluster's Defender sensor is on`, evidence);
      }
    }
  },
});

/** The subscription's `Containers` plan; undefined when its plans, or that plan, are not in the input. */
function containersPlan(subscription: Subscription): DefenderPlan | undefined {
  const plans = subscription.defenderPlans;
  if (!plans) return undefined;
  const name = Object.keys(plans).find((k) => k.toLowerCase() === PLAN.toLowerCase());
  return name === undefined ? undefined : plans[name];
}

function planEvidence(cluster: AksCluster, plan: DefenderPlan | undefined): Evidence {
  const path = `/subscriptions/${cluster.subscriptionId}/providers/Microsoft.Security/pricings/${PLAN}#properties.pricingTier`;
  if (!plan) return { path, value: null, note: `not in the input: no ${PLAN} pricing for this subscription` };
  return plan.tier === null ? { path, value: null, note: 'not stated by the source' } : { path, value: plan.tier };
}
