import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/postgresql/postgresql-geo-redundant-backup.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('postgresql-geo-redundant-backup', () => {
  describe('PSRule conformance (Resources.PostgreSQL.json)', () => {
    const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.PostgreSQL.json`));
    it.each([
      ['server-D', 'pass'],
      ['server-E', 'fail'], // omitted from a complete body: the API default, Disabled (PSRule fails it too)
      ['server-F', 'fail'],
      ['server-G', 'fail'],
      ['server-H', 'fail'],
      ['server-I', 'fail'],
      ['server-B', 'fail'],
      ['server-C', 'pass'],
      ['server-A', 'unknown'], // PSRule fails it: the single-server API documents no default
    ])('%s: %s', (name, status) => {
      expect(only(findings, name).status).toBe(status);
    });
  });
});
