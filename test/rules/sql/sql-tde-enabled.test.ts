import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/sql/sql-tde-enabled.ts';
import { sqlDatabase, sqlServer } from '../../helpers/sql.ts';
import { run, state } from '../../helpers/state.ts';

const findings = (s: ReturnType<typeof sqlServer>) => run(rule, state({ sqlServers: [s] }));

describe('sql-tde-enabled', () => {
  it('passes every encrypted database, one finding per database, on the database with its server as parent', () => {
    const f = findings(sqlServer());
    expect(f.map((x) => [x.resource.name, x.status])).toEqual([['orders', 'pass'], ['billing', 'pass']]);
    expect(f[0]?.resource).toMatchObject({ type: 'microsoft.sql/servers/databases', parent: { name: 'sql-prod', type: 'microsoft.sql/servers' } });
  });

  it('fails the database with TDE disabled and names it', () => {
    const f = findings(sqlServer({ databases: [sqlDatabase('sql-prod', 'orders'), sqlDatabase('sql-prod', 'legacy', 'Disabled')] }));
    const failed = f.find((x) => x.status === 'fail');
    expect(failed).toMatchObject({ resource: { name: 'legacy' }, severity: 'high' });
    expect(failed?.message).toMatch(/Database legacy .* Disabled/);
    expect(failed?.evidence[0]).toMatchObject({ path: 'transparentDataEncryption/current#properties.state', value: 'Disabled' });
  });

  it('is unknown for a database whose TDE is not stated, and for a server whose databases are not in the input', () => {
    const unstated = findings(sqlServer({ databases: [sqlDatabase('sql-prod', 'orders', null)] }))[0];
    expect(unstated).toMatchObject({ status: 'unknown', resource: { name: 'orders' }, evidence: [{ path: 'transparentDataEncryption/current#properties.state', value: null, note: 'not stated by the source' }] });
    expect(findings(sqlServer({ databases: null }))[0]?.status).toBe('unknown');
  });

  it('does not apply to a server without user databases', () => {
    expect(findings(sqlServer({ databases: [] }))[0]?.status).toBe('not-applicable');
  });
});
