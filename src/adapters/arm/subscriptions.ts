import type { DefenderPlan, Subscription } from '../../state/subscription.ts';
import type { Node } from './properties.ts';
import type { ArmIndex } from './index-resources.ts';

export const SUBSCRIPTION = 'microsoft.resources/subscriptions';
export const PRICING = 'microsoft.security/pricings';

/**
 * Subscriptions seen in the input, plus every subscription a resource id names, keyed by
 * id. Defender plans come from `Microsoft.Security/pricings`; a subscription with none in
 * the input has unknown plans, not "Free".
 */
export function adaptSubscriptions(index: ArmIndex, resourceSubscriptions: Iterable<string>): Subscription[] {
  const subs = new Map<string, Subscription>();
  const get = (id: string): Subscription => {
    let sub = subs.get(id);
    if (!sub) subs.set(id, (sub = { id, displayName: null, defenderPlans: null }));
    return sub;
  };
  for (const r of index.ofType(SUBSCRIPTION)) {
    const sub = get(r.subscriptionId);
    sub.displayName = r.node.string('displayName') ?? r.node.string('name') ?? sub.displayName;
    sub.origin = { source: r.source, file: r.node.file, pointer: r.node.pointer };
  }
  for (const r of index.ofType(PRICING)) {
    const sub = get(r.subscriptionId);
    const plans = (sub.defenderPlans ??= {});
    plans[r.id.slice(r.id.lastIndexOf('/') + 1)] = planOf(r.properties);
  }
  for (const id of resourceSubscriptions) get(id);
  return [...subs.values()];
}

function planOf(p: Node | undefined): DefenderPlan {
  const extensions: Record<string, boolean> = {};
  for (const ext of p?.children('extensions') ?? []) {
    const name = ext.string('name');
    if (name) extensions[name] = ext.bool('isEnabled') ?? false;
  }
  return { tier: p?.string('pricingTier') ?? null, subPlan: p?.string('subPlan') ?? null, extensions };
}
