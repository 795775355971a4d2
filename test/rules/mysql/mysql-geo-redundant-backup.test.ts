import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/mysql/mysql-geo-redundant-backup.ts';
import { mysqlFlexible } from '../../helpers/mysql.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (geoRedundantBackup: string | null) => only(run(rule, state({ mysqlFlexibleServers: [mysqlFlexible({ backup: { geoRedundantBackup } })] })));

describe('mysql-geo-redundant-backup', () => {
  it('passes Enabled, fails Disabled, is unknown when not stated', () => {
    expect(verdict('Enabled').status).toBe('pass');
    expect(verdict('Disabled')).toMatchObject({ status: 'fail', evidence: [{ path: 'properties.backup.geoRedundantBackup', value: 'Disabled' }] });
    expect(verdict(null).status).toBe('unknown');
  });
});
