import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/mysql/mysql-secure-transport.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('mysql-secure-transport', () => {
  describe('PSRule conformance (Resources.MySQL.json)', () => {
    // PSRule's UseSSL and MinTLS read only single servers (Microsoft.DBforMySQL/servers), which this scanner does not model.
    const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.MySQL.json`));
    it.each([
      ['server-D', 'unknown'],
      // E and F carry children but no configurations: their TLS parameters were not read, whatever the defaults say
      ['server-E', 'unknown'],
      ['server-F', 'unknown'],
      ['server-G', 'unknown'],
      ['server-H', 'unknown'],
      ['server-I', 'unknown'],
    ])('%s: %s', (name, status) => {
      expect(only(findings, name).status).toBe(status);
    });
  });
});
