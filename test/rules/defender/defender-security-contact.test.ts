import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/defender/defender-security-contact.ts';
import type { SecurityContact } from '../../../src/state/subscription.ts';
import { only, run, state, subscription } from '../../helpers/state.ts';

const good = subscription().securityContacts![0]!;
const contact = (overrides: Partial<SecurityContact>): SecurityContact => ({ ...good, ...overrides });
const verdict = (securityContacts: SecurityContact[] | null, params = {}) => only(run(rule, state({ subscriptions: [subscription({ securityContacts })] }), params));

describe('defender-security-contact', () => {
  it('passes an enabled contact with an email that gets alerts from Medium up', () => {
    const f = verdict([good]);
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/from Medium severity up to secops@contoso.com/);
  });

  it.each([
    [{ isEnabled: false }, /disabled/],
    [{ emails: [] }, /no email address/],
    [{ alertNotifications: false, alertMinimalSeverity: null }, /alert notifications are off/],
  ])('fails a contact with %o', (overrides, reason) => {
    const f = verdict([contact(overrides)]);
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(reason);
  });

  it('fails a subscription with no contact at all', () => {
    expect(verdict([]).message).toMatch(/no Defender for Cloud security contact/);
  });

  it('accepts High by default, and a stricter minimalSeverity parameter rejects it', () => {
    const highOnly = [contact({ alertMinimalSeverity: 'High' })];
    expect(verdict(highOnly).status).toBe('pass');
    const f = verdict(highOnly, { minimalSeverity: 'Medium' });
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/only from High severity up, above Medium/);
  });

  it('passes when any one contact qualifies', () => {
    expect(verdict([contact({ name: 'old', emails: [] }), good]).status).toBe('pass');
  });

  it('is unknown when contacts are not in the input, or a contact leaves a needed setting unstated', () => {
    expect(verdict(null).status).toBe('unknown');
    expect(verdict([contact({ alertNotifications: null, alertMinimalSeverity: null })]).status).toBe('unknown');
    expect(verdict([contact({ isEnabled: null })]).message).toMatch(/whether the contact is enabled is not stated/);
  });
});
