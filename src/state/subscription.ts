import type { Maybe, Origin } from './resource.ts';

/** A Microsoft Defender for Cloud plan (`Microsoft.Security/pricings/<name>`). */
export interface DefenderPlan {
  /** `Free` or `Standard`. */
  tier: Maybe<string>;
  subPlan: Maybe<string>;
  /** Plan extensions by name (`ContainerSensor`, `AgentlessDiscoveryForKubernetes`, ...): enabled or not. */
  extensions: Record<string, boolean>;
}

export interface Subscription {
  /** The subscription GUID, lower case: subscriptions are keyed by id, never by display name. */
  id: string;
  displayName: Maybe<string>;
  /** Defender plans by plan name; null when the source held no pricing for this subscription. */
  defenderPlans: Maybe<Record<string, DefenderPlan>>;
  /** Where the subscription was seen; absent when only inferred from its resources' ids. */
  origin?: Origin;
}
