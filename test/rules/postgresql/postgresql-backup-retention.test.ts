import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/postgresql/postgresql-backup-retention.ts';
import { pgFlexible, pgSingle } from '../../helpers/postgresql.ts';
import { only, run, state } from '../../helpers/state.ts';

const flexible = (retentionDays: number | null, params = {}) => only(run(rule, state({ postgresFlexibleServers: [pgFlexible({ backup: { retentionDays } })] }), params));

describe('postgresql-backup-retention', () => {
  it('passes the default minimum of 7 days and more', () => {
    expect(flexible(7).status).toBe('pass');
    expect(flexible(35).status).toBe('pass');
  });

  it('fails fewer days than the minimum, with the evidence', () => {
    const f = flexible(3);
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(/only 3 days; at least 7/);
    expect(f.evidence).toEqual([{ path: 'properties.backup.backupRetentionDays', value: 3 }]);
  });

  it('honours the minDays parameter', () => {
    expect(flexible(14, { minDays: 30 }).status).toBe('fail');
    expect(flexible(30, { minDays: 30 }).status).toBe('pass');
  });

  it('is unknown when retention is not stated', () => {
    expect(flexible(null).status).toBe('unknown');
  });

  it('reads single servers from storageProfile', () => {
    const f = only(run(rule, state({ postgresSingleServers: [pgSingle({ backup: { retentionDays: 5 } })] })));
    expect(f.status).toBe('fail');
    expect(f.evidence[0]?.path).toBe('properties.storageProfile.backupRetentionDays');
  });
});
