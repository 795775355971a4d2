import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/mysql/mysql-backup-retention.ts';
import { mysqlFlexible } from '../../helpers/mysql.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (retentionDays: number | null, params = {}) => only(run(rule, state({ mysqlFlexibleServers: [mysqlFlexible({ backup: { retentionDays } })] }), params));

describe('mysql-backup-retention', () => {
  it('passes at or above the minimum', () => {
    expect(verdict(7).status).toBe('pass');
  });

  it('fails below the minimum', () => {
    expect(verdict(1)).toMatchObject({ status: 'fail', evidence: [{ path: 'properties.backup.backupRetentionDays', value: 1 }] });
    expect(verdict(20, { minDays: 21 }).status).toBe('fail');
  });

  it('is unknown when retention is not stated', () => {
    expect(verdict(null).status).toBe('unknown');
  });
});
