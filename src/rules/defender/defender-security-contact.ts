import type { Evidence } from '../../engine/finding.ts';
import { childPath, defineRule } from '../../engine/rule.ts';
import type { ResourceBase } from '../../state/resource.ts';
import type { SecurityContact } from '../../state/subscription.ts';
import { subscriptionResource } from '../lib/subscription-resource.ts';

interface Params {
  /** The highest minimal severity accepted: `High` accepts contacts mailed from High, Medium or Low up. */
  minimalSeverity: 'High' | 'Medium' | 'Low';
}

const RANK: Record<string, number> = { low: 1, medium: 2, high: 3 };

type Judgement = { verdict: 'pass' } | { verdict: 'fail' | 'unknown'; reason: string };

/**
 * Defender for Cloud mails its alerts to someone who will act on them: at least one security
 * contact is enabled, names an email address, and receives alert notifications from at
 * least `minimalSeverity`. Role-based notifications alone are not enough: owners change.
 */
export default defineRule<Params>({
  id: 'defender-security-contact',
  check(ctx) {
    for (const sub of ctx.state.subscriptions) {
      const resource = subscriptionResource(sub);
      const label = `Subscription ${sub.displayName ?? sub.id}`;
      const contacts = sub.securityContacts;
      if (contacts === null) {
        ctx.unknown(resource, `The input holds no Defender for Cloud security contacts (Microsoft.Security/securityContacts) for subscription ${sub.id}; export them (az security contact list) or scan it live`, []);
        continue;
      }
      if (contacts.length === 0) {
        ctx.fail(resource, `${label} has no Defender for Cloud security contact: alerts reach no security team`, [{ path: 'providers/Microsoft.Security/securityContacts', value: [] }]);
        continue;
      }
      const judged = contacts.map((c) => ({ contact: c, judgement: judge(c, ctx.params.minimalSeverity) }));
      const evidence = contacts.flatMap((c) => evidenceOf(resource, c));
      const passing = judged.find((j) => j.judgement.verdict === 'pass');
      if (passing) {
        ctx.pass(resource, `${label} mails Defender alerts from ${passing.contact.alertMinimalSeverity} severity up to ${passing.contact.emails?.join(', ')} (security contact ${passing.contact.name})`, evidence);
        continue;
      }
      const reasons = judged.map(({ contact, judgement }) => `${contact.name}: ${'reason' in judgement ? judgement.reason : ''}`);
      if (judged.some((j) => j.judgement.verdict === 'unknown')) {
        ctx.unknown(resource, `${label}: no security contact is known to receive Defender alerts, and some settings are not stated by the source (${reasons.join('; ')})`, evidence);
      } else {
        ctx.fail(resource, `${label} has no security contact that receives Defender alerts by email: ${reasons.join('; ')}`, evidence);
      }
    }
  },
});

function judge(c: SecurityContact, maximum: Params['minimalSeverity']): Judgement {
  if (c.isEnabled === false) return { verdict: 'fail', reason: 'the contact is disabled' };
  if (c.emails !== null && c.emails.length === 0) return { verdict: 'fail', reason: 'no email address' };
  if (c.alertNotifications === false) return { verdict: 'fail', reason: 'alert notifications are off' };
  const rank = c.alertMinimalSeverity === null ? undefined : RANK[c.alertMinimalSeverity.toLowerCase()];
  if (rank !== undefined && rank > (RANK[maximum.toLowerCase()] ?? 3)) return { verdict: 'fail', reason: `alerts are mailed only from ${c.alertMinimalSeverity} severity up, above ${maximum}` };
  if (c.isEnabled === null) return { verdict: 'unknown', reason: 'properties.isEnabled is not stated' };
  if (c.emails === null) return { verdict: 'unknown', reason: 'properties.emails is not stated' };
  if (c.alertNotifications === null) return { verdict: 'unknown', reason: 'alert notifications are not stated' };
  if (rank === undefined) return { verdict: 'unknown', reason: 'the minimal alert severity is not stated' };
  return { verdict: 'pass' };
}

function evidenceOf(subscription: ResourceBase, c: SecurityContact): Evidence[] {
  const at = `${childPath(subscription, c.id)}#properties`;
  return [
    { path: `${at}.isEnabled`, value: c.isEnabled },
    { path: `${at}.emails`, value: c.emails },
    { path: `${at}.notificationsSources[Alert]`, value: c.alertNotifications === null ? null : { enabled: c.alertNotifications, minimalSeverity: c.alertMinimalSeverity } },
  ];
}
