import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/postgresql/postgresql-secure-transport.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('postgresql-secure-transport', () => {
  describe('PSRule conformance (Resources.PostgreSQL.json)', () => {
    const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.PostgreSQL.json`));
    it.each([
      // single servers: PSRule's UseSSL and MinTLS agree on all three
      ['server-A', 'pass'],
      ['server-B', 'fail'],
      ['server-C', 'fail'],
      // flexible servers (PSRule does not check them): E and F carry children but no configurations, so TLS was not read
      ['server-E', 'unknown'],
      ['server-F', 'unknown'],
      ['server-D', 'unknown'],
      ['server-G', 'unknown'],
      ['server-H', 'unknown'],
      ['server-I', 'unknown'],
    ])('%s: %s', (name, status) => {
      expect(only(findings, name).status).toBe(status);
    });
  });
});
