import { evidence } from '../../engine/evidence.ts';
import type { Evidence } from '../../engine/finding.ts';
import { defineRule } from '../../engine/rule.ts';
import { subscriptionScope, type ResourceBase } from '../../state/resource.ts';
import { defenderPlan, type DefenderPlan, type Subscription } from '../../state/subscription.ts';

const PLAN = 'Containers';

/**
 * Defender for Containers protects a cluster only when both halves are on: the subscription's
 * `Containers` plan at Standard tier (billing, agentless discovery, image scanning) and the
 * cluster's Defender security profile (the runtime sensor). The finding is the cluster's: it
 * judges the cluster's protection, and the plan's own finding comes from defender-plans-enabled.
 */
export default defineRule({
  id: 'aks-defender-for-containers-enabled',
  check(ctx) {
    const subscriptions = new Map(ctx.state.subscriptions.map((s) => [subscriptionScope(s), s]));
    for (const cluster of ctx.state.clusters) {
      const profileOn = cluster.defenderEnabled;
      const sub = subscriptions.get(subscriptionScope(cluster));
      const plan = sub && defenderPlan(sub, PLAN);
      const tier = plan?.tier ?? null;
      const planOn = tier === null ? null : tier.toLowerCase() === 'standard';
      const profile = evidence(cluster, 'defenderEnabled');
      const evidenceOf = [profile, planEvidence(sub, plan)];

      const missing = [
        ...(planOn === false ? [`subscription ${cluster.subscriptionId} has the Defender for Containers plan at ${tier} tier, not Standard`] : []),
        ...(profileOn === false ? ['the cluster\'s Defender security profile (runtime sensor) is off'] : []),
      ];
      if (missing.length) {
        ctx.fail(cluster, `Cluster ${cluster.name} is not protected by Defender for Containers: ${missing.join('; and ')}`, evidenceOf);
      } else if (profileOn === null) {
        ctx.unknown(cluster, `${profile.path} is not stated by the source, so whether the Defender sensor runs cannot be judged; export the full resource or scan it live`, evidenceOf);
      } else if (planOn === null) {
        ctx.unknown(cluster, `The cluster's Defender security profile is on, but the Defender plans of subscription ${cluster.subscriptionId} are not in the input: export Microsoft.Security/pricings (the ${PLAN} plan) for it, or scan it live`, evidenceOf);
      } else {
        ctx.pass(cluster, `Cluster ${cluster.name} is protected by Defender for Containers: the subscription's plan is Standard and the cluster's Defender sensor is on`, evidenceOf);
      }
    }
  },
});

/** The plan's tier, named with the plan's identity (the finding is the cluster's), or why it is missing. */
function planEvidence(sub: Subscription | undefined, plan: DefenderPlan | undefined): Evidence {
  if (plan) return onOther(plan, evidence(plan, 'tier'));
  const note = `not in the input: no ${PLAN} pricing for this subscription`;
  return sub ? { ...onOther(sub, evidence(sub, 'defenderPlans', null)), note } : { path: 'subscriptionId', value: null, note: `${note}, nor the subscription` };
}

/** Evidence read on another resource than the finding's: its path is prefixed with that resource's identity. */
function onOther(resource: ResourceBase, e: Evidence): Evidence {
  return { ...e, path: `${resource.id}#${e.path}` };
}
