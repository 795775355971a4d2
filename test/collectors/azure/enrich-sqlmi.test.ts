import { describe, expect, it } from 'vitest';
import { SQL_MANAGED_INSTANCE_API_VERSION } from '../../../src/collectors/azure/enrich/sql-managed-instances.ts';
import sqlmiAuditing from '../../../src/rules/sqlmi/sqlmi-auditing-enabled.ts';
import sqlmiFailover from '../../../src/rules/sqlmi/sqlmi-failover-group-geo.ts';
import sqlmiTde from '../../../src/rules/sqlmi/sqlmi-tde-enabled.ts';
import { enrichAgainstFake } from '../../helpers/fake-arm/enrich-scan.ts';
import { diagnosticSetting, forbidden, type EnrichmentAnswer } from '../../helpers/fake-arm/routes-enrichment.ts';
import { exampleBody } from '../../helpers/fake-arm/routes-inventory.ts';
import { only, run } from '../../helpers/state.ts';

// SQL managed instance `sqlmi-contoso-prod` (ManagedInstances_Get, 2023-08-01) in West Europe.
const INSTANCE = exampleBody('sql/2023-08-01/ManagedInstanceGet.json');
const MI = String(INSTANCE.id);
const SUB = MI.split('/')[2]!;
const ORDERS = { id: `${MI}/databases/orders`, name: 'orders', type: 'Microsoft.Sql/managedInstances/databases', location: 'westeurope', properties: { collation: 'SQL_Latin1_General_CP1_CI_AS', status: 'Online' } };
const GROUPS = `/subscriptions/${SUB}/resourceGroups/rg-contoso-data/providers/Microsoft.Sql/locations/westeurope/instanceFailoverGroups`;
const TDE = `${ORDERS.id}/transparentDataEncryption/current`;

/** The TDE answer, as the example gives it: under the database's id. */
const tde = (state: string) => ({ body: { ...exampleBody('sql/2023-08-01/ManagedTransparentDataEncryptionGet.json'), properties: { state } } });

function answers(overrides: Record<string, EnrichmentAnswer> = {}): Record<string, EnrichmentAnswer> {
  return {
    [GROUPS]: { items: [exampleBody('sql/2023-08-01/InstanceFailoverGroupGet.json')] },
    [TDE]: tde('Enabled'),
    [`${MI}/providers/Microsoft.Insights/diagnosticSettings`]: { items: [diagnosticSetting(MI)] },
    ...overrides,
  };
}

describe('SQL Managed Instance children, read live', () => {
  it('reads database TDE and the failover groups of its resource group and region at 2023-08-01; the rules pass', async () => {
    const { state, sources, arm } = await enrichAgainstFake([INSTANCE, ORDERS], { answers: answers() });
    const [mi] = state.sqlManagedInstances;
    expect(mi?.databases?.map((d) => [d.name, d.transparentDataEncryption])).toEqual([['orders', 'Enabled']]);
    expect(mi?.failoverGroups).toEqual([{ name: 'fog-contoso', partners: [{ id: expect.stringMatching(/sqlmi-contoso-dr$/), location: 'North Europe' }] }]);
    expect(only(run(sqlmiTde, state)).status).toBe('pass');
    expect(only(run(sqlmiFailover, state)).status).toBe('pass');
    expect(only(run(sqlmiAuditing, state)).status).toBe('pass');
    const sql = arm.requests.filter((r) => r.path.includes('/Microsoft.Sql/') && !r.path.includes('diagnosticSettings'));
    expect(new Set(sql.map((r) => r.query.get('api-version')))).toEqual(new Set([SQL_MANAGED_INSTANCE_API_VERSION]));
    expect(arm.unmatched).toEqual([]);
    expect(sources.find((s) => s.id === `azure:subscription:${SUB}:sql-managed-instance-children`)).toMatchObject({ status: 'ok', resources: 2 });
  });

  it('fails an instance in no failover group once the list was read, and a database with TDE off', async () => {
    const { state } = await enrichAgainstFake([INSTANCE, ORDERS], { answers: answers({ [GROUPS]: { items: [] }, [TDE]: tde('Disabled') }) });
    expect(only(run(sqlmiFailover, state)).status).toBe('fail');
    expect(only(run(sqlmiTde, state)).status).toBe('fail');
  });

  it('a 403 on the failover group list leaves the geo rule unknown, never fail', async () => {
    const { state, sources } = await enrichAgainstFake([INSTANCE, ORDERS], { answers: answers({ [GROUPS]: forbidden('Microsoft.Sql/locations/instanceFailoverGroups/read', GROUPS) }) });
    expect(only(run(sqlmiFailover, state)).status).toBe('unknown');
    expect(only(run(sqlmiTde, state)).status).toBe('pass');
    expect(sources.find((s) => s.id === `azure:subscription:${SUB}:sql-managed-instance-children`)).toMatchObject({ status: 'partial', code: 'forbidden' });
  });
});
