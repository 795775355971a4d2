import type { TfResource } from '../../collectors/terraform/model.ts';
import { refOf, subscriptionScope, type ResourceRef } from '../../state/resource.ts';
import type { DefenderPlan, SecurityContact, Subscription } from '../../state/subscription.ts';
import { asBool, asString, isBlock } from './attributes.ts';
import { originOf, tfBase } from './base.ts';
import type { TfIndex } from './index-resources.ts';

const PRICING = 'azurerm_security_center_subscription_pricing';
const CONTACT = 'azurerm_security_center_contact';
export const SUBSCRIPTION_TYPES = [PRICING, CONTACT];

/**
 * The subscription a provider configuration deploys into while the configuration does not state
 * it: one per source and provider configuration (`subscriptionScope`), so the clusters of that
 * configuration judge against its plans and contacts, and two configurations are never taken for
 * one subscription. A subscription the provider states is the one its id names, which an export
 * or another configuration deploying into it names alike (the readings merge: state/merge.ts).
 */
function unstated(source: string, provider: string | undefined): { id: string; name: string } {
  const configuration = provider === undefined || provider === 'azurerm' ? 'azurerm provider' : `azurerm provider ${provider}`;
  return { id: `${source} ${configuration} subscription`, name: `the subscription of the ${configuration} of ${source} (not stated in the configuration)` };
}

const SUBSCRIPTION_PATHS = { defenderPlans: `(${PRICING} resources)`, securityContacts: `(${CONTACT} resources)` } as const;
const PLAN_PATHS = { extensions: 'extension' } as const;

/**
 * `azurerm_security_center_subscription_pricing` and `azurerm_security_center_contact` →
 * Subscription envelopes: the one an ARM id names once applied, else the provider's, which
 * is not known before apply. A configuration states the plans it manages, not the others of
 * the subscription (the portal or another configuration may set them), so a plan it does not
 * state is not in the input; it holds no contact: contacts unknown, not none.
 */
export function adaptSubscriptions(index: TfIndex): Subscription[] {
  const bySubscription = new Map<string, { plans: TfResource[]; contacts: TfResource[] }>();
  const seen = (r: TfResource) => {
    const key = subscriptionScope({ subscriptionId: index.ids.subscriptionOf(r), origin: originOf(r) });
    let entry = bySubscription.get(key);
    if (!entry) bySubscription.set(key, (entry = { plans: [], contacts: [] }));
    return entry;
  };
  for (const r of index.ofType(PRICING)) seen(r).plans.push(r);
  for (const r of index.ofType(CONTACT)) seen(r).contacts.push(r);
  return [...bySubscription.values()].map(({ plans, contacts }) => {
    const first = (plans[0] ?? contacts[0]) as TfResource;
    const guid = index.ids.subscriptionOf(first) ?? '';
    // Where the envelope was seen first; it is no block of its own, so it has no address.
    const origin = originOf(first);
    delete origin.address;
    const base = {
      ...(guid ? { id: `/subscriptions/${guid}`, name: guid } : unstated(first.source, first.provider?.key)),
      type: 'microsoft.resources/subscriptions',
      subscriptionId: guid,
      resourceGroup: null,
      location: null,
      tags: {},
      origin,
      provenance: { paths: SUBSCRIPTION_PATHS, defaulted: [] },
    };
    const parent = refOf(base);
    return { ...base, displayName: null, defenderPlans: lessProtectiveByName(plans.map((r) => planOf(r, parent, index))), securityContacts: contacts.length ? contacts.map((r) => contactOf(r, index)) : null };
  });
}

/**
 * A pricing: its plan is `resource_type` (documented default `VirtualMachines`), each `extension`
 * block an enabled extension (azurerm turns off the ones it does not list).
 */
function planOf(r: TfResource, subscription: ResourceRef, index: TfIndex): DefenderPlan {
  const f = index.reader(r);
  const base = tfBase(r, 'microsoft.security/pricings', index.ids, f);
  const name = f.read('name', 'resource_type', asString, 'VirtualMachines');
  Object.assign(f.provenance.paths, PLAN_PATHS);
  const extensions: Record<string, boolean> = {};
  const blocks = r.values.extension;
  if (Array.isArray(blocks)) for (const block of blocks) if (isBlock(block) && typeof block.name === 'string') extensions[block.name] = true;
  const id = name === null ? base.id : index.ids.subscriptionChildId(r, 'Microsoft.Security/pricings', name);
  return { ...base, id, name: name ?? r.address, parent: subscription, tier: f.read('tier', 'tier', asString), subPlan: f.read('subPlan', 'subplan', asString), extensions };
}

/** Two pricings of one plan (two configurations, or an error): the less protective one, so order never decides. */
function lessProtectiveByName(plans: DefenderPlan[]): DefenderPlan[] {
  const rank = (p: DefenderPlan): number => (p.tier === null ? 1 : p.tier.toLowerCase() === 'standard' ? 2 : 0);
  const byName = new Map<string, DefenderPlan>();
  for (const plan of plans) {
    const key = plan.name.toLowerCase();
    const seen = byName.get(key);
    if (!seen || rank(plan) < rank(seen)) byName.set(key, plan);
  }
  return [...byName.values()];
}

/**
 * A contact as azurerm writes it (API 2017-08-01-preview, v3 to v5): one `email`, `alert_notifications`
 * On mails High-severity alerts, no switch (in force), `alerts_to_admins` the role notification.
 */
function contactOf(r: TfResource, index: TfIndex): SecurityContact {
  const f = index.reader(r);
  const email = f.read('emails', 'email', asString);
  const alerts = f.read('alertNotifications', 'alert_notifications', asBool);
  const admins = f.read('notificationsByRole', 'alerts_to_admins', asBool);
  // v3 defaults the name to `default1`; v4 requires it.
  const name = typeof r.values.name === 'string' ? r.values.name : 'default1';
  return {
    id: index.ids.subscriptionChildId(r, 'Microsoft.Security/securityContacts', name),
    name,
    emails: email === null ? null : email.split(/[;,]/).map((e) => e.trim()).filter(Boolean),
    phone: typeof r.values.phone === 'string' ? r.values.phone : null,
    isEnabled: true,
    alertNotifications: alerts,
    alertMinimalSeverity: alerts ? 'High' : null,
    notificationsByRole: { state: admins === null ? null : admins ? 'On' : 'Off', roles: null },
    origin: originOf(r),
  };
}
