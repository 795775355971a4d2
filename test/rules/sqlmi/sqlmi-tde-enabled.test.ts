import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/sqlmi/sqlmi-tde-enabled.ts';
import type { SqlManagedInstance } from '../../../src/state/sql-managed-instance.ts';
import { sqlManagedDatabase, sqlManagedInstance } from '../../helpers/sql-managed-instance.ts';
import { run, state } from '../../helpers/state.ts';

const findings = (overrides: Partial<SqlManagedInstance>) => run(rule, state({ sqlManagedInstances: [sqlManagedInstance(overrides)] }));

describe('sqlmi-tde-enabled', () => {
  it('passes each encrypted database, on the database with the instance as parent', () => {
    const f = findings({});
    expect(f.map((x) => [x.resource.name, x.status])).toEqual([['orders', 'pass'], ['billing', 'pass']]);
    expect(f[0]?.resource).toMatchObject({ type: 'microsoft.sql/managedinstances/databases', parent: { name: 'sqlmi-prod' } });
  });

  it('fails a database with TDE off', () => {
    const failed = findings({ databases: [sqlManagedDatabase('sqlmi-prod', 'legacy', 'Disabled')] })[0];
    expect(failed).toMatchObject({ status: 'fail', severity: 'high', resource: { name: 'legacy' } });
    expect(failed?.evidence[0]).toMatchObject({ path: 'transparentDataEncryption/current#properties.state', value: 'Disabled' });
  });

  it('is unknown for an unstated TDE state and for databases not read; not applicable without databases', () => {
    expect(findings({ databases: [sqlManagedDatabase('sqlmi-prod', 'orders', null)] })[0]?.status).toBe('unknown');
    expect(findings({ databases: null })[0]?.status).toBe('unknown');
    expect(findings({ databases: [] })[0]?.status).toBe('not-applicable');
  });
});
