import type { DefenderPlan, Subscription } from '../../state/subscription.ts';
import type { Node } from './properties.ts';
import type { ArmIndex } from './index-resources.ts';
import { adaptSecurityContact, SECURITY_CONTACT, SECURITY_CONTACT_SINGULAR } from './security-contacts.ts';
import { nameOf } from './resource-id.ts';

export const SUBSCRIPTION = 'microsoft.resources/subscriptions';
export const PRICING = 'microsoft.security/pricings';

/** ARM types this adapter reads. */
export const SUBSCRIPTION_TYPES: readonly string[] = [SUBSCRIPTION, PRICING, SECURITY_CONTACT, SECURITY_CONTACT_SINGULAR];

/**
 * Subscriptions seen in the input, plus every subscription a resource id names, keyed by
 * id. Defender plans come from `Microsoft.Security/pricings`; a subscription with none in
 * the input has unknown plans, not "Free". Security contacts are known (possibly none) when
 * the input carried one, or carried the subscription with its child resources.
 */
export function adaptSubscriptions(index: ArmIndex, resourceSubscriptions: Iterable<string>): Subscription[] {
  const subs = new Map<string, Subscription>();
  const get = (id: string): Subscription => {
    let sub = subs.get(id);
    if (!sub) subs.set(id, (sub = { id, displayName: null, defenderPlans: null, securityContacts: null }));
    return sub;
  };
  for (const r of index.ofType(SUBSCRIPTION)) {
    const sub = get(r.subscriptionId);
    sub.displayName = r.node.string('displayName') ?? r.node.string('name') ?? sub.displayName;
    sub.origin = { source: r.source, file: r.node.file, pointer: r.node.pointer };
    if (index.includesChildrenOf(r.id)) sub.securityContacts ??= [];
  }
  for (const r of index.ofType(PRICING)) {
    const sub = get(r.subscriptionId);
    const plans = (sub.defenderPlans ??= {});
    const name = nameOf(r.id);
    const plan = lessProtective(Object.hasOwn(plans, name) ? plans[name] : undefined, planOf(r.properties));
    // defineProperty: a plan named `__proto__` in hostile input stays data.
    Object.defineProperty(plans, name, { value: plan, enumerable: true, writable: true, configurable: true });
  }
  for (const r of [...index.ofType(SECURITY_CONTACT), ...index.ofType(SECURITY_CONTACT_SINGULAR)]) {
    (get(r.subscriptionId).securityContacts ??= []).push(adaptSecurityContact(r));
  }
  for (const id of resourceSubscriptions) get(id);
  return [...subs.values()];
}

/**
 * ARM has one pricing per plan and subscription, so two only meet when inputs of different
 * dates are merged. Keep the less protective one: file order must not decide, and the
 * scan must never pass on the strength of a pricing that another input contradicts.
 */
function lessProtective(seen: DefenderPlan | undefined, next: DefenderPlan): DefenderPlan {
  if (!seen) return next;
  const rank = (p: DefenderPlan) => (p.tier === null ? 1 : p.tier.toLowerCase() === 'standard' ? 2 : 0);
  return rank(next) < rank(seen) ? next : seen;
}

function planOf(p: Node | undefined): DefenderPlan {
  const extensions: Record<string, boolean> = {};
  for (const ext of p?.children('extensions') ?? []) {
    const name = ext.string('name');
    if (name) extensions[name] = ext.bool('isEnabled') ?? false;
  }
  return { tier: p?.string('pricingTier') ?? null, subPlan: p?.string('subPlan') ?? null, extensions };
}
