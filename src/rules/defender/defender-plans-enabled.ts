import { evidence, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';
import { defenderPlan } from '../../state/subscription.ts';

interface Params {
  requiredPlans: string[];
}

/**
 * Every plan in `requiredPlans` is at Standard tier in every subscription; each plan's finding
 * is about the plan. A plan listed at Free fails; a plan the input has no pricing for is
 * unknown, not Free (older API versions and partial exports leave plans out), and as it is no
 * resource of the input its finding is the subscription's, for that plan.
 */
export default defineRule<Params>({
  id: 'defender-plans-enabled',
  check(ctx) {
    for (const sub of ctx.state.subscriptions) {
      if (sub.defenderPlans === null) {
        ctx.unknown(sub, `The input holds no Defender for Cloud pricing (Microsoft.Security/pricings) for subscription ${sub.subscriptionId}; export them (az security pricing list, or Resource Graph securityresources) or scan it live`, []);
        continue;
      }
      for (const name of ctx.params.requiredPlans) {
        const plan = defenderPlan(sub, name);
        if (!plan) {
          const absent = { ...evidence(sub, 'defenderPlans', null), note: `no ${name} pricing in the input` };
          ctx.unknown(sub, `Subscription ${sub.name}: the input has no pricing for the Defender plan ${name}; export every Microsoft.Security/pricings of the subscription or scan it live`, [absent], name);
          continue;
        }
        const tier = evidence(plan, 'tier');
        const label = `Defender for Cloud plan ${plan.name} of subscription ${sub.name}`;
        if (plan.tier === null) ctx.unknown(plan, unknownReason(tier), [tier]);
        else if (plan.tier.toLowerCase() === 'standard') ctx.pass(plan, `${label} is at Standard tier`, [tier]);
        else ctx.fail(plan, `${label} is at ${plan.tier} tier, not Standard`, [tier]);
      }
    }
  },
});
