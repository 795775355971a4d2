import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/sqlmi/sqlmi-failover-group-geo.ts';
import type { SqlManagedInstance } from '../../../src/state/sql-managed-instance.ts';
import { sqlManagedInstance } from '../../helpers/sql-managed-instance.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (overrides: Partial<SqlManagedInstance>) => only(run(rule, state({ sqlManagedInstances: [sqlManagedInstance(overrides)] })));
const group = (location: string | null) => [{ name: 'fog', partners: [{ id: '/subscriptions/x/resourceGroups/rg-dr/providers/Microsoft.Sql/managedInstances/sqlmi-dr', location }] }];

describe('sqlmi-failover-group-geo', () => {
  it('passes an instance paired with a partner in another region', () => {
    expect(verdict({})).toMatchObject({ status: 'pass', message: expect.stringMatching(/fog-prod with a partner in North Europe/) });
  });

  it('fails an instance in no failover group, or paired within its own region', () => {
    expect(verdict({ failoverGroups: [] }).status).toBe('fail');
    expect(verdict({ failoverGroups: group('westeurope') }).status).toBe('fail');
  });

  it('is unknown when the failover groups were not read, or the partner region is not stated', () => {
    const f = verdict({ failoverGroups: null });
    expect(f).toMatchObject({ status: 'unknown', message: expect.stringMatching(/failover groups of SQL managed instance sqlmi-prod are not in the input/) });
    expect(verdict({ failoverGroups: group(null) }).status).toBe('unknown');
    // A group naming the instance but no partner (a pair missing its other id).
    expect(verdict({ failoverGroups: [{ name: 'fog', partners: [] }] }).status).toBe('unknown');
  });
});
