import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/mysql/mysql-public-access-restricted.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('mysql-public-access-restricted', () => {
  describe('PSRule conformance (Resources.MySQL.json)', () => {
    // PSRule's AllowAzureAccess and FirewallIPRange read only single servers.
    const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.MySQL.json`));
    it.each([
      ['server-D', 'unknown'],
      ['server-E', 'pass'],
      ['server-F', 'pass'],
      ['server-G', 'unknown'],
      ['server-H', 'unknown'],
      ['server-I', 'unknown'],
    ])('%s: %s', (name, status) => {
      expect(only(findings, name).status).toBe(status);
    });
  });
});
