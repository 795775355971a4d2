import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/mysql/mysql-geo-redundant-backup.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('mysql-geo-redundant-backup', () => {
  describe('PSRule conformance (Resources.MySQL.json)', () => {
    const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.MySQL.json`));
    it.each([
      ['server-D', 'pass'],
      ['server-E', 'fail'],
      ['server-F', 'fail'],
      ['server-G', 'fail'],
      ['server-H', 'fail'],
      ['server-I', 'fail'],
    ])('%s: %s, as PSRule concludes', (name, status) => {
      expect(only(findings, name).status).toBe(status);
    });
  });
});
