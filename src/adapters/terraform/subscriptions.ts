import type { TfResource } from '../../collectors/terraform/model.ts';
import { refOf, type ResourceRef } from '../../state/resource.ts';
import type { DefenderPlan, SecurityContact, Subscription } from '../../state/subscription.ts';
import { asBool, asString, isBlock } from './attributes.ts';
import { tfBase } from './base.ts';
import type { TfIndex } from './index-resources.ts';

const PRICING = 'azurerm_security_center_subscription_pricing';
const CONTACT = 'azurerm_security_center_contact';
export const SUBSCRIPTION_TYPES = [PRICING, CONTACT];

/**
 * The identity of the subscription a configuration deploys into while it is not known. Rules
 * key a resource without a subscription (Terraform before apply) as the subscription `''`, so
 * this one envelope gathers the plans and contacts of every such configuration in the scan, and
 * its clusters judge against them; two configurations stating the same plan merge as one
 * resource, and a disagreement between them is unknown (state/merge.ts).
 */
const BEFORE_APPLY = { id: 'azurerm provider subscription', name: 'the azurerm provider\'s subscription (known only after apply)' };

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
    const key = index.ids.subscriptionOf(r) ?? '';
    let entry = bySubscription.get(key);
    if (!entry) bySubscription.set(key, (entry = { plans: [], contacts: [] }));
    return entry;
  };
  for (const r of index.ofType(PRICING)) seen(r).plans.push(r);
  for (const r of index.ofType(CONTACT)) seen(r).contacts.push(r);
  return [...bySubscription].map(([guid, { plans, contacts }]) => {
    const first = (plans[0] ?? contacts[0]) as TfResource;
    const base = {
      ...(guid ? { id: `/subscriptions/${guid}`, name: guid } : BEFORE_APPLY),
      type: 'microsoft.resources/subscriptions',
      subscriptionId: guid,
      resourceGroup: null,
      location: null,
      tags: {},
      origin: { source: first.source, file: first.file, line: first.line },
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
  return { ...base, name: name ?? r.address, parent: subscription, tier: f.read('tier', 'tier', asString), subPlan: f.read('subPlan', 'subplan', asString), extensions };
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
  const name = r.values.name;
  return {
    id: index.ids.idOf(r),
    // v3 defaults the name to `default1`; v4 requires it.
    name: typeof name === 'string' ? name : 'default1',
    emails: email === null ? null : email.split(/[;,]/).map((e) => e.trim()).filter(Boolean),
    phone: typeof r.values.phone === 'string' ? r.values.phone : null,
    isEnabled: true,
    alertNotifications: alerts,
    alertMinimalSeverity: alerts ? 'High' : null,
    notificationsByRole: { state: admins === null ? null : admins ? 'On' : 'Off', roles: null },
    origin: { source: r.source, file: r.file, line: r.line, address: r.address },
  };
}
