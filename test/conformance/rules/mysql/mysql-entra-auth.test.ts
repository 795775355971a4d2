import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/mysql/mysql-entra-auth.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('mysql-entra-auth', () => {
  describe('PSRule conformance (Resources.MySQL.json)', () => {
    const file = `${CONFORMANCE}/psrule/Resources.MySQL.json`;
    it.each([
      ['server-E', 'fail'], // placeholder administrators with a null login
      ['server-F', 'pass'],
      ['server-D', 'unknown'], // PSRule fails D, G, H, I for having no administrators child in the input
      ['server-G', 'unknown'],
      ['server-H', 'unknown'],
      ['server-I', 'unknown'],
    ])('%s: %s', (name, status) => {
      expect(only(run(rule, stateOf(file)), name).status).toBe(status);
    });

    it('with requireEntraOnly (PSRule AADOnly), reads the configured value of aad_auth_only', () => {
      const findings = run(rule, stateOf(file), { requireEntraOnly: true });
      expect(only(findings, 'server-E').status).toBe('fail');
      // value ON, currentValue OFF: PSRule reads currentValue and fails it
      expect(only(findings, 'server-F').status).toBe('pass');
    });
  });
});
