import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/postgresql/postgresql-entra-auth.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('postgresql-entra-auth', () => {
  describe('PSRule conformance (Resources.PostgreSQL.json)', () => {
    const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.PostgreSQL.json`));
    it.each([
      ['server-E', 'fail'], // activeDirectoryAuth Disabled
      ['server-F', 'pass'],
      ['server-G', 'unknown'], // authConfig says Enabled, no administrators child in the input; PSRule fails it for that
      ['server-H', 'unknown'],
      ['server-I', 'unknown'],
      ['server-D', 'unknown'], // no authConfig; PSRule fails it
      ['server-A', 'fail'], // children included, no administrator
      ['server-B', 'fail'], // only placeholder administrators with a null login
      ['server-C', 'pass'],
    ])('%s: %s', (name, status) => {
      expect(only(findings, name).status).toBe(status);
    });
  });
});
