import type { Evidence } from '../../engine/finding.ts';
import { defineRule } from '../../engine/rule.ts';
import type { DefenderPlan, Subscription } from '../../state/subscription.ts';
import { subscriptionResource } from '../lib/subscription-resource.ts';

interface Params {
  requiredPlans: string[];
}

/**
 * Every plan in `requiredPlans` is at Standard tier in every subscription. A plan listed at
 * Free fails; a plan the input has no pricing for is unknown, not Free: older API versions
 * and partial exports leave plans out.
 */
export default defineRule<Params>({
  id: 'defender-plans-enabled',
  check(ctx) {
    for (const sub of ctx.state.subscriptions) {
      const resource = subscriptionResource(sub);
      if (sub.defenderPlans === null) {
        ctx.unknown(resource, `The input holds no Defender for Cloud pricing (Microsoft.Security/pricings) for subscription ${sub.id}; export them (az security pricing list, or Resource Graph securityresources) or scan it live`, []);
        continue;
      }
      const free: string[] = [];
      const absent: string[] = [];
      const evidence: Evidence[] = [];
      for (const name of ctx.params.requiredPlans) {
        const plan = planNamed(sub, name);
        const path = `providers/Microsoft.Security/pricings/${name}#properties.pricingTier`;
        if (!plan || plan.tier === null) {
          absent.push(name);
          evidence.push({ path, value: null, note: plan ? 'not stated by the source' : 'no pricing for this plan in the input' });
        } else {
          if (plan.tier.toLowerCase() !== 'standard') free.push(`${name} (${plan.tier})`);
          evidence.push({ path, value: plan.tier });
        }
      }
      const label = `Subscription ${sub.displayName ?? sub.id}`;
      if (free.length) {
        const alsoUnknown = absent.length ? `; not in the input: ${absent.join(', ')}` : '';
        ctx.fail(resource, `${label} does not have these Defender for Cloud plans at Standard tier: ${free.join(', ')}${alsoUnknown}`, evidence);
      } else if (absent.length) {
        ctx.unknown(resource, `${label}: the input states no pricing tier for the Defender plan(s) ${absent.join(', ')}; export every Microsoft.Security/pricings of the subscription or scan it live`, evidence);
      } else {
        ctx.pass(resource, `${label} has every required Defender for Cloud plan at Standard tier (${ctx.params.requiredPlans.join(', ')})`, evidence);
      }
    }
  },
});

/** Plan names are compared case-insensitively: exports disagree on casing (`KeyVaults`, `keyvaults`). */
function planNamed(sub: Subscription, name: string): DefenderPlan | undefined {
  const plans = sub.defenderPlans ?? {};
  const key = Object.keys(plans).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : plans[key];
}
