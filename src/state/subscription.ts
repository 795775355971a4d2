import type { Maybe, Origin, ResourceBase } from './resource.ts';

/**
 * A Microsoft Defender for Cloud plan (`Microsoft.Security/pricings/<name>`): the resource a
 * plan's findings are about, its subscription as parent. `name` is the plan's (`Containers`).
 */
export interface DefenderPlan extends ResourceBase {
  /** `Free` or `Standard`. */
  tier: Maybe<string>;
  subPlan: Maybe<string>;
  /** Plan extensions by name (`ContainerSensor`, `AgentlessDiscoveryForKubernetes`, ...): enabled or not. */
  extensions: Record<string, boolean>;
}

/**
 * A Defender for Cloud security contact (`Microsoft.Security/securityContacts`), read from
 * any of its API shapes: 2017-08-01-preview (`email`, `alertNotifications: "On"`),
 * 2020-01-01-preview (`emails`, `alertNotifications: { state, minimalSeverity }`) and
 * 2023-12-01-preview (`isEnabled`, `notificationsSources[]`).
 */
export interface SecurityContact {
  id: string;
  name: string;
  /** Addresses from `emails` (semicolon-separated) or the older `email`; empty when it names none. */
  emails: Maybe<string[]>;
  phone: Maybe<string>;
  /** `isEnabled` (2023-12-01-preview); older versions have no switch, so the contact is in force (true). */
  isEnabled: Maybe<boolean>;
  /** Whether alert emails go to the contact: an `Alert` notification source, or `alertNotifications` On. */
  alertNotifications: Maybe<boolean>;
  /** The lowest alert severity emailed (`High`, `Medium`, `Low`); 2017-08-01-preview mailed High alerts only. */
  alertMinimalSeverity: Maybe<string>;
  /** `notificationsByRole`: whether subscription role holders (Owner, ...) are mailed too. */
  notificationsByRole: { state: Maybe<string>; roles: Maybe<string[]> };
  /** Where the contact came from. */
  origin: Origin;
}

/**
 * A subscription, as the resource subscription-wide findings (security contacts) are about and
 * the parent of its Defender plans. Its `name` is the display name, else the GUID; its origin is
 * where it was seen, else where a contact of it was, else `inferred` from its resources' ids.
 */
export interface Subscription extends ResourceBase {
  /** The subscription GUID, lower case: subscriptions are keyed by it, never by display name. */
  subscriptionId: string;
  displayName: Maybe<string>;
  /** Defender plans, one per plan name; null when the source held no pricing for this subscription. */
  defenderPlans: Maybe<DefenderPlan[]>;
  /**
   * Defender for Cloud security contacts; null when the input carried none for this
   * subscription and did not carry its child resources either (absence then proves nothing).
   */
  securityContacts: Maybe<SecurityContact[]>;
}

/** The subscription's plan of that name, compared case-insensitively: exports disagree on casing (`KeyVaults`, `keyvaults`). */
export function defenderPlan(subscription: Subscription, name: string): DefenderPlan | undefined {
  const wanted = name.toLowerCase();
  return subscription.defenderPlans?.find((plan) => plan.name.toLowerCase() === wanted);
}
