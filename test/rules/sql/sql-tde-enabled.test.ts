import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/sql/sql-tde-enabled.ts';
import { sqlDatabase, sqlServer } from '../../helpers/sql.ts';
import { run, state } from '../../helpers/state.ts';

const findings = (s: ReturnType<typeof sqlServer>) => run(rule, state({ sqlServers: [s] }));

describe('sql-tde-enabled', () => {
  it('passes every encrypted database, one finding per database', () => {
    const f = findings(sqlServer());
    expect(f.map((x) => [x.part, x.status])).toEqual([['orders', 'pass'], ['billing', 'pass']]);
  });

  it('fails the database with TDE disabled and names it', () => {
    const f = findings(sqlServer({ databases: [sqlDatabase('sql-prod', 'orders'), sqlDatabase('sql-prod', 'legacy', 'Disabled')] }));
    const failed = f.find((x) => x.status === 'fail');
    expect(failed).toMatchObject({ part: 'legacy', severity: 'high' });
    expect(failed?.message).toMatch(/Database legacy .* Disabled/);
    expect(failed?.evidence[0]).toMatchObject({ path: 'databases/legacy/transparentDataEncryption/current#properties.state', value: 'Disabled' });
  });

  it('is unknown for a database whose TDE is not stated, and for a server whose databases are not in the input', () => {
    expect(findings(sqlServer({ databases: [sqlDatabase('sql-prod', 'orders', null)] }))[0]?.status).toBe('unknown');
    expect(findings(sqlServer({ databases: null }))[0]?.status).toBe('unknown');
  });

  it('does not apply to a server without user databases', () => {
    expect(findings(sqlServer({ databases: [] }))[0]?.status).toBe('not-applicable');
  });
});
