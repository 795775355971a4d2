import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/mysql/mysql-geo-redundant-backup.ts';
import { mysqlFlexible } from '../../helpers/mysql.ts';
import { CONFORMANCE, stateOf } from '../../helpers/scan.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (geoRedundantBackup: string | null) => only(run(rule, state({ mysqlFlexibleServers: [mysqlFlexible({ backup: { geoRedundantBackup } })] })));

describe('mysql-geo-redundant-backup', () => {
  it('passes Enabled, fails Disabled, is unknown when not stated', () => {
    expect(verdict('Enabled').status).toBe('pass');
    expect(verdict('Disabled')).toMatchObject({ status: 'fail', evidence: [{ path: 'properties.backup.geoRedundantBackup', value: 'Disabled' }] });
    expect(verdict(null).status).toBe('unknown');
  });

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
