import { refOf, type Maybe, type Origin, type ResourceRef } from '../../state/resource.ts';
import type { DefenderPlan, SecurityContact, Subscription } from '../../state/subscription.ts';
import { baseOf } from './base.ts';
import { childBody, withEntries } from './child-paths.ts';
import { located, type ArmResource } from './collect-resources.ts';
import type { ArmIndex } from './index-resources.ts';
import type { Node } from './properties.ts';
import { nameOf } from './resource-id.ts';
import { adaptSecurityContact, SECURITY_CONTACT, SECURITY_CONTACT_SINGULAR } from './security-contacts.ts';

export const SUBSCRIPTION = 'microsoft.resources/subscriptions';
export const PRICING = 'microsoft.security/pricings';

/** ARM types this adapter reads. */
export const SUBSCRIPTION_TYPES: readonly string[] = [SUBSCRIPTION, PRICING, SECURITY_CONTACT, SECURITY_CONTACT_SINGULAR];

/** Where a subscription's fields are read: its extension resources, each contact at its own id. */
export const SUBSCRIPTION_PATHS: Readonly<Record<string, string>> = {
  displayName: 'displayName',
  defenderPlans: 'providers/Microsoft.Security/pricings',
  securityContacts: 'providers/Microsoft.Security/securityContacts',
};

/** Source path of each state field of a Defender plan, in its pricing's REST body. */
export const DEFENDER_PLAN_PATHS: Readonly<Record<string, string>> = {
  tier: 'properties.pricingTier',
  subPlan: 'properties.subPlan',
  extensions: 'properties.extensions',
};

/** What the input says about one subscription, gathered before it becomes a resource. */
interface Seen {
  guid: string;
  body?: ArmResource;
  /** Pricings by lower-case plan name: ARM names are case-insensitive. */
  pricings: Map<string, ArmResource> | null;
  contacts: SecurityContact[] | null;
}

/**
 * Subscriptions seen in the input, plus every subscription a resource id names, keyed by
 * id. Defender plans come from `Microsoft.Security/pricings`, each a resource under its
 * subscription; a subscription with none in the input has unknown plans, not "Free". Security
 * contacts are known (possibly none) when the input carried one, or carried the subscription
 * with its child resources.
 */
export function adaptSubscriptions(index: ArmIndex, resourceSubscriptions: Iterable<string>): Subscription[] {
  const subs = new Map<string, Seen>();
  const get = (guid: string): Seen => {
    let sub = subs.get(guid);
    if (!sub) subs.set(guid, (sub = { guid, pricings: null, contacts: null }));
    return sub;
  };
  for (const r of index.ofType(SUBSCRIPTION).filter(located)) {
    const sub = get(r.subscriptionId);
    sub.body = r;
    if (index.includesChildrenOf(r.id)) sub.contacts ??= [];
  }
  for (const r of index.ofType(PRICING).filter(located)) {
    const pricings = (get(r.subscriptionId).pricings ??= new Map());
    const name = nameOf(r.id).toLowerCase();
    pricings.set(name, lessProtective(pricings.get(name), r));
  }
  for (const r of [...index.ofType(SECURITY_CONTACT), ...index.ofType(SECURITY_CONTACT_SINGULAR)].filter(located)) {
    (get(r.subscriptionId).contacts ??= []).push(adaptSecurityContact(r));
  }
  for (const id of resourceSubscriptions) get(id);
  return [...subs.values()].map(subscriptionOf);
}

function subscriptionOf(seen: Seen): Subscription {
  const { guid, body, contacts } = seen;
  // By GUID whatever the body spelled (PowerShell writes a bare GUID as Id): one identity per subscription.
  const id = `/subscriptions/${guid}`;
  const displayName = body ? (body.node.string('displayName') ?? body.node.string('name') ?? null) : null;
  const origin: Origin = body ? { source: body.source, file: body.node.file, pointer: body.node.pointer } : (contacts?.[0]?.origin ?? { source: 'inferred' });
  const base = {
    id,
    name: displayName ?? guid,
    type: SUBSCRIPTION,
    subscriptionId: guid,
    resourceGroup: null,
    location: null,
    tags: body?.tags ?? {},
    origin,
    provenance: { paths: subscriptionPaths(id, contacts), defaulted: [] },
  };
  const parent = refOf(base);
  const plans = seen.pricings && [...seen.pricings.values()].map((r) => planOf(r, parent));
  return { ...base, displayName, defenderPlans: plans, securityContacts: contacts };
}

/** The subscription's table, plus each contact at its own id; whether it gets alerts is an `Alert` notification source in the current API. */
export function subscriptionPaths(id: string, contacts: Maybe<SecurityContact[]>): Readonly<Record<string, string>> {
  const entries = (contacts ?? []).flatMap((c, i) => {
    const at = childBody(id, c.id);
    return [[`securityContacts.${i}`, at], [`securityContacts.${i}.alertNotifications`, `${at}.notificationsSources[Alert]`]];
  });
  return withEntries(SUBSCRIPTION_PATHS, Object.fromEntries(entries) as Record<string, string>);
}

/**
 * ARM has one pricing per plan and subscription, so two only meet when inputs of different
 * dates are merged. Keep the less protective one: file order must not decide, and the
 * scan must never pass on the strength of a pricing that another input contradicts.
 */
function lessProtective(seen: ArmResource | undefined, next: ArmResource): ArmResource {
  if (!seen) return next;
  const rank = (r: ArmResource) => {
    const tier = tierOf(r.properties);
    return tier === null ? 1 : tier.toLowerCase() === 'standard' ? 2 : 0;
  };
  return rank(next) < rank(seen) ? next : seen;
}

function tierOf(p: Node | undefined): Maybe<string> {
  return p?.string('pricingTier') ?? null;
}

function planOf(r: ArmResource, subscription: ResourceRef): DefenderPlan {
  const p = r.properties;
  const extensions: Record<string, boolean> = {};
  for (const ext of p?.children('extensions') ?? []) {
    const name = ext.string('name');
    if (name) extensions[name] = ext.bool('isEnabled') ?? false;
  }
  return { ...baseOf(r, [], DEFENDER_PLAN_PATHS), name: nameOf(r.id), parent: subscription, tier: tierOf(p), subPlan: p?.string('subPlan') ?? null, extensions };
}
