import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/mysql/mysql-backup-retention.ts';
import { mysqlFlexible } from '../../helpers/mysql.ts';
import { CONFORMANCE, stateOf } from '../../helpers/scan.ts';
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

  it('reads the flexible servers of the PSRule MySQL input (7 or 35 days each)', () => {
    const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.MySQL.json`));
    expect(Object.fromEntries(findings.map((f) => [f.resource.name, f.status]))).toEqual({ 'server-D': 'pass', 'server-E': 'pass', 'server-F': 'pass', 'server-G': 'pass', 'server-H': 'pass', 'server-I': 'pass' });
  });
});
