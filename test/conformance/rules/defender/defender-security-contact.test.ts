import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/defender/defender-security-contact.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('defender-security-contact', () => {
  describe('PSRule conformance (Resources.Subscription.json)', () => {
    const file = `${CONFORMANCE}/psrule/Resources.Subscription.json`;
    const subscriptions = JSON.parse(readFileSync(file, 'utf8')) as { Name: string }[];
    const dir = mkdtempSync(join(tmpdir(), 'aks-audit-contacts-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    /** The three subscriptions share one GUID, so each is scanned alone, as PSRule judges them. */
    const alone = (name: string) => {
      const path = join(dir, `${name}.json`);
      writeFileSync(path, JSON.stringify(subscriptions.filter((s) => s.Name === name)));
      return only(run(rule, stateOf(path)));
    };

    it('fails subscription-A (no emails) and subscription-B (empty emails), passes subscription-C', () => {
      expect(alone('subscription-A')).toMatchObject({ status: 'fail', message: expect.stringMatching(/no email address/) });
      expect(alone('subscription-B')).toMatchObject({ status: 'fail', message: expect.stringMatching(/no email address/) });
      expect(alone('subscription-C').status).toBe('pass');
    });

    it('passes the whole file, where the three meet in one subscription and C\'s contact qualifies', () => {
      expect(only(run(rule, stateOf(file))).status).toBe('pass');
    });
  });
});
