import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/postgresql/postgresql-public-access-restricted.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('postgresql-public-access-restricted', () => {
  describe('PSRule conformance (Resources.PostgreSQL.json)', () => {
    const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.PostgreSQL.json`));
    it.each([
      ['server-A', 'pass'], // public, no firewall rule
      ['server-C', 'pass'],
      ['server-B', 'unknown'], // AllowAllWindowsAzureIps, but publicNetworkAccess is not stated; PSRule fails it
      ['server-E', 'pass'], // children included, none is a firewall rule
      ['server-F', 'pass'],
      ['server-D', 'unknown'],
      ['server-G', 'unknown'],
      ['server-H', 'unknown'],
      ['server-I', 'unknown'],
    ])('%s: %s', (name, status) => {
      expect(only(findings, name).status).toBe(status);
    });
  });
});
