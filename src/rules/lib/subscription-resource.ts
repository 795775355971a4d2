import { noProvenance } from '../../state/provenance.ts';
import type { ResourceBase } from '../../state/resource.ts';
import type { Subscription } from '../../state/subscription.ts';

export const SUBSCRIPTION_TYPE = 'microsoft.resources/subscriptions';

/** One envelope per subscription, so findings on it share a ref (the engine caches refs by object). */
const ENVELOPES = new WeakMap<Subscription, ResourceBase>();

/**
 * A subscription as the resource a subscription-level finding names (Defender plans, security
 * contacts). Its origin is where the subscription was seen, else where a contact of it was.
 */
export function subscriptionResource(sub: Subscription): ResourceBase {
  let envelope = ENVELOPES.get(sub);
  if (!envelope) {
    envelope = {
      id: `/subscriptions/${sub.id}`,
      name: sub.displayName ?? sub.id,
      type: SUBSCRIPTION_TYPE,
      subscriptionId: sub.id,
      resourceGroup: null,
      location: null,
      tags: {},
      origin: sub.origin ?? sub.securityContacts?.[0]?.origin ?? { source: 'inferred' },
      provenance: noProvenance(),
    };
    ENVELOPES.set(sub, envelope);
  }
  return envelope;
}
