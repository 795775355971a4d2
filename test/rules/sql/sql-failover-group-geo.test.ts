import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/sql/sql-failover-group-geo.ts';
import type { SqlServer } from '../../../src/state/sql.ts';
import { sqlServer } from '../../helpers/sql.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (overrides: Partial<SqlServer>) => only(run(rule, state({ sqlServers: [sqlServer(overrides)] })));
const partner = (location: string | null) => ({ id: '/subscriptions/x/resourceGroups/rg-dr/providers/Microsoft.Sql/servers/sql-dr', location });

describe('sql-failover-group-geo', () => {
  it('passes a server in a failover group whose partner is in another region, spelled either way', () => {
    const f = verdict({});
    expect(f).toMatchObject({ status: 'pass', severity: 'medium' });
    expect(f.message).toMatch(/failover group fog-sql-prod with a partner in northeurope/);
    expect(f.evidence[0]).toMatchObject({ path: 'failoverGroups/fog-sql-prod#properties.partnerServers' });
    expect(verdict({ failoverGroups: [{ name: 'fog', partners: [partner('North Europe')] }] }).status).toBe('pass');
  });

  it('fails a server in no failover group, or only with partners in its own region', () => {
    expect(verdict({ failoverGroups: [] })).toMatchObject({ status: 'fail', message: expect.stringMatching(/in no failover group/) });
    // `West Europe` is the display name of the server's own region, westeurope.
    expect(verdict({ failoverGroups: [{ name: 'fog', partners: [partner('West Europe')] }] })).toMatchObject({ status: 'fail', message: expect.stringMatching(/only within westeurope/) });
  });

  it('is unknown when the failover groups were not read, or a partner region is not stated', () => {
    expect(verdict({ failoverGroups: null }).status).toBe('unknown');
    expect(verdict({ failoverGroups: [{ name: 'fog', partners: [partner(null)] }] }).status).toBe('unknown');
    expect(verdict({ failoverGroups: [{ name: 'fog', partners: [{ id: null, location: 'northeurope' }] }] }).status).toBe('unknown');
    expect(verdict({ location: null }).status).toBe('unknown');
    // A group that proves another region passes whatever another group leaves unstated.
    expect(verdict({ failoverGroups: [{ name: 'a', partners: [partner(null)] }, { name: 'b', partners: [partner('eastus')] }] }).status).toBe('pass');
  });
});
