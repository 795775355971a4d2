import { evidence } from '../../engine/evidence.ts';
import type { Evidence } from '../../engine/finding.ts';
import { defineRule } from '../../engine/rule.ts';
import type { SecurityContact, Subscription } from '../../state/subscription.ts';

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
      const label = `Subscription ${sub.name}`;
      const contacts = sub.securityContacts;
      if (contacts === null) {
        ctx.unknown(sub, `The input holds no Defender for Cloud security contacts (Microsoft.Security/securityContacts) for subscription ${sub.subscriptionId}; export them (az security contact list) or scan it live`, []);
        continue;
      }
      if (contacts.length === 0) {
        ctx.fail(sub, `${label} has no Defender for Cloud security contact: alerts reach no security team`, [evidence(sub, 'securityContacts', [])]);
        continue;
      }
      const judged = contacts.map((c) => ({ contact: c, judgement: judge(c, ctx.params.minimalSeverity) }));
      const found = contacts.flatMap((c, i) => evidenceOf(sub, c, i));
      const passing = judged.find((j) => j.judgement.verdict === 'pass');
      if (passing) {
        ctx.pass(sub, `${label} mails Defender alerts from ${passing.contact.alertMinimalSeverity} severity up to ${passing.contact.emails?.join(', ')} (security contact ${passing.contact.name})`, found);
        continue;
      }
      const reasons = judged.map(({ contact, judgement }) => `${contact.name}: ${'reason' in judgement ? judgement.reason : ''}`);
      if (judged.some((j) => j.judgement.verdict === 'unknown')) {
        ctx.unknown(sub, `${label}: no security contact is known to receive Defender alerts, and some settings are not stated by the source (${reasons.join('; ')})`, found);
      } else {
        ctx.fail(sub, `${label} has no security contact that receives Defender alerts by email: ${reasons.join('; ')}`, found);
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
  if (c.isEnabled === null) return { verdict: 'unknown', reason: 'whether the contact is enabled is not stated' };
  if (c.emails === null) return { verdict: 'unknown', reason: 'its email addresses are not stated' };
  if (c.alertNotifications === null) return { verdict: 'unknown', reason: 'alert notifications are not stated' };
  if (rank === undefined) return { verdict: 'unknown', reason: 'the minimal alert severity is not stated' };
  return { verdict: 'pass' };
}

/** The settings of contact `i` of the subscription that decide whether it gets alerts. */
function evidenceOf(sub: Subscription, c: SecurityContact, i: number): Evidence[] {
  const at = `securityContacts.${i}`;
  const alerts = c.alertNotifications === null ? null : { enabled: c.alertNotifications, minimalSeverity: c.alertMinimalSeverity };
  return [evidence(sub, `${at}.isEnabled`), evidence(sub, `${at}.emails`), evidence(sub, `${at}.alertNotifications`, alerts)];
}
