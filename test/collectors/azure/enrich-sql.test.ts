import { describe, expect, it } from 'vitest';
import { SQL_API_VERSION } from '../../../src/collectors/azure/enrich/sql.ts';
import sqlAuditingEnabled from '../../../src/rules/sql/sql-auditing-enabled.ts';
import sqlPublicAccess from '../../../src/rules/sql/sql-public-access-restricted.ts';
import sqlTdeEnabled from '../../../src/rules/sql/sql-tde-enabled.ts';
import { enrichAgainstFake } from '../../helpers/fake-arm/enrich-scan.ts';
import { diagnosticSetting, forbidden, type EnrichmentAnswer } from '../../helpers/fake-arm/routes-enrichment.ts';
import { exampleBody } from '../../helpers/fake-arm/routes-inventory.ts';
import { sqlAuditing, sqlDatabase, sqlFailoverGroup, sqlFirewallRule, sqlTde } from '../../helpers/fake-arm/sql-answers.ts';
import { only, run } from '../../helpers/state.ts';

// Azure SQL server `sql-shop-ledger` (Servers_Get, 2025-01-01): public network access Enabled.
const SERVER = exampleBody('sql/2025-01-01/ServerGet.json');
const SERVER_ID = String(SERVER.id);
const SUB = SERVER_ID.split('/')[2]!;
const MASTER = sqlDatabase(SERVER_ID, 'master', 'japaneast');
const ORDERS = sqlDatabase(SERVER_ID, 'orders', 'japaneast');
const CATALOG = sqlDatabase(SERVER_ID, 'catalog', 'japaneast');
const INVENTORY = [SERVER, MASTER, ORDERS, CATALOG];
const MASTER_SETTINGS = `${SERVER_ID}/databases/master/providers/Microsoft.Insights/diagnosticSettings`;
const SOURCE = `azure:subscription:${SUB}:sql-server-children`;

/** Every read of a well-kept server: auditing to storage, one narrow office range, both databases encrypted, a failover group to North Europe. */
function answers(overrides: Record<string, EnrichmentAnswer> = {}): Record<string, EnrichmentAnswer> {
  return {
    [`${SERVER_ID}/auditingSettings/default`]: { body: sqlAuditing(SERVER_ID, { state: 'Enabled', storageEndpoint: 'https://auditlogs4645.blob.core.windows.net/' }) },
    [`${SERVER_ID}/firewallRules`]: { items: [sqlFirewallRule(SERVER_ID, 'office', '203.0.113.0', '203.0.113.31'), sqlFirewallRule(SERVER_ID, 'build-agents', '198.51.100.16', '198.51.100.23')] },
    [`${String(ORDERS.id)}/transparentDataEncryption/current`]: { body: sqlTde(String(ORDERS.id), 'Enabled') },
    [`${String(CATALOG.id)}/transparentDataEncryption/current`]: { body: sqlTde(String(CATALOG.id), 'Enabled') },
    [`${SERVER_ID}/failoverGroups`]: { items: [sqlFailoverGroup(SERVER_ID)] },
    [`${SERVER_ID}/providers/Microsoft.Insights/diagnosticSettings`]: { items: [] },
    ...overrides,
  };
}

const statuses = (findings: Array<{ status: string; part?: string; message: string }>) => findings.map((f) => f.status);

describe('Azure SQL server children, read live', () => {
  it('reads auditing, firewall rules (two pages) and each user database TDE at 2025-01-01; the SQL rules pass on live data', async () => {
    const { state, sources, arm, conn } = await enrichAgainstFake(INVENTORY, { answers: answers(), pageSize: 1 });
    const server = state.sqlServers[0]!;
    expect(server.auditingSettings?.map((s) => [s.name, s.state, s.storageEndpoint])).toEqual([['default', 'Enabled', 'https://auditlogs4645.blob.core.windows.net/']]);
    expect(server.firewallRules?.map((r) => r.name)).toEqual(['office', 'build-agents']);
    // The TDE answers carry their database's id: they land as that database's child, and master is no user database.
    expect(server.databases?.map((d) => [d.name, d.transparentDataEncryption, d.id, d.parent?.id])).toEqual([
      ['orders', 'Enabled', String(ORDERS.id), server.id],
      ['catalog', 'Enabled', String(CATALOG.id), server.id],
    ]);
    expect(state.sqlServers).toHaveLength(1);
    expect(only(run(sqlAuditingEnabled, state)).status).toBe('pass');
    expect(only(run(sqlPublicAccess, state)).status).toBe('pass');
    expect(statuses(run(sqlTdeEnabled, state))).toEqual(['pass', 'pass']);

    const sql = arm.requests.filter((r) => r.path.includes('/Microsoft.Sql/') && !r.path.includes('diagnosticSettings'));
    expect(new Set(sql.map((r) => r.query.get('api-version')))).toEqual(new Set([SQL_API_VERSION]));
    expect(arm.requests.filter((r) => r.path.endsWith('/firewallRules')).map((r) => r.query.get('$skiptoken'))).toEqual([null, '1']);
    // Auditing goes to storage: master's diagnostic settings are not asked for; nor are the databases re-read.
    expect(arm.requests.some((r) => r.path.includes('/databases/master'))).toBe(false);
    expect(arm.requests.some((r) => r.path.toLowerCase().endsWith('/databases'))).toBe(false);
    expect(arm.unmatched).toEqual([]);
    expect(conn.stats.requests).toBe(arm.requests.length);
    expect(server.failoverGroups).toEqual([{ name: 'fog-ledger', partners: [{ id: `${SERVER_ID}-dr`, location: 'North Europe' }] }]);
    expect(sources.find((s) => s.id === SOURCE)).toMatchObject({ status: 'ok', resources: 6 });
  });

  it('fails the rules on what the live reads say: auditing Disabled, all Azure services admitted, one database unencrypted', async () => {
    const { state } = await enrichAgainstFake(INVENTORY, {
      answers: answers({
        [`${SERVER_ID}/auditingSettings/default`]: { body: sqlAuditing(SERVER_ID) },
        [`${SERVER_ID}/firewallRules`]: { items: [sqlFirewallRule(SERVER_ID, 'office', '203.0.113.0', '203.0.113.31'), sqlFirewallRule(SERVER_ID, 'AllowAllWindowsAzureIps', '0.0.0.0', '0.0.0.0')] },
        [`${String(CATALOG.id)}/transparentDataEncryption/current`]: { body: sqlTde(String(CATALOG.id), 'Disabled') },
      }),
    });
    expect(only(run(sqlAuditingEnabled, state)).message).toContain('auditing is Disabled');
    expect(only(run(sqlAuditingEnabled, state)).status).toBe('fail');
    expect(only(run(sqlPublicAccess, state)).status).toBe('fail');
    expect(only(run(sqlPublicAccess, state)).message).toContain('admits every Azure service');
    const tde = run(sqlTdeEnabled, state);
    expect(tde.map((f) => [f.resource.name, f.status])).toEqual([
      ['orders', 'pass'],
      ['catalog', 'fail'],
    ]);
  });

  it('an empty firewall list and no user databases are answers once every read succeeded', async () => {
    const { state } = await enrichAgainstFake([SERVER, MASTER], { answers: answers({ [`${SERVER_ID}/firewallRules`]: { items: [] } }) });
    expect(state.sqlServers[0]!.firewallRules).toEqual([]);
    expect(only(run(sqlPublicAccess, state)).status).toBe('pass');
    expect(only(run(sqlTdeEnabled, state)).status).toBe('not-applicable');
  });

  describe('auditing to Azure Monitor: master database diagnostic settings', () => {
    const toMonitor = { [`${SERVER_ID}/auditingSettings/default`]: { body: sqlAuditing(SERVER_ID, { state: 'Enabled', azureMonitor: true }) } };
    const auditSink = { ...diagnosticSetting(`${SERVER_ID}/databases/master`, 'audit-to-law'), properties: { workspaceId: '/subscriptions/00000000-1111-2222-3333-444444444444/resourceGroups/ops/providers/Microsoft.OperationalInsights/workspaces/law-sec', logs: [{ category: 'SQLSecurityAuditEvents', enabled: true }] } };

    it('reads them, and passes when one sends SQLSecurityAuditEvents to a workspace', async () => {
      const { state, arm } = await enrichAgainstFake(INVENTORY, { answers: answers({ ...toMonitor, [MASTER_SETTINGS]: { items: [auditSink] } }) });
      expect(only(run(sqlAuditingEnabled, state)).status).toBe('pass');
      expect(only(run(sqlAuditingEnabled, state)).message).toContain('audit-to-law');
      expect(arm.requests.filter((r) => r.path === MASTER_SETTINGS).map((r) => r.query.get('api-version'))).toEqual(['2021-05-01-preview']);
      expect(arm.unmatched).toEqual([]);
    });

    it('an empty list read is "no setting sends them": fail, with master in the inventory or not', async () => {
      for (const inventory of [INVENTORY, [SERVER, ORDERS, CATALOG]]) {
        const { state } = await enrichAgainstFake(inventory, { answers: answers({ ...toMonitor, [MASTER_SETTINGS]: { items: [] } }) });
        expect(state.sqlServers[0]!.masterDiagnosticSettings).toEqual([]);
        expect(state.sqlServers[0]!.databases?.map((d) => d.name)).toEqual(['orders', 'catalog']);
        expect(only(run(sqlAuditingEnabled, state)).status).toBe('fail');
      }
    });

    it('a 403 on them leaves the auditing rule unknown', async () => {
      const { state, sources } = await enrichAgainstFake(INVENTORY, { answers: answers({ ...toMonitor, [MASTER_SETTINGS]: forbidden('Microsoft.Insights/diagnosticSettings/read', `${SERVER_ID}/databases/master`) }) });
      expect(state.sqlServers[0]!.masterDiagnosticSettings).toBeNull();
      expect(only(run(sqlAuditingEnabled, state)).status).toBe('unknown');
      expect(sources.find((s) => s.id === SOURCE)).toMatchObject({ status: 'partial', code: 'forbidden' });
    });
  });

  it('a 403 on the auditing policy makes sql-auditing-enabled unknown with its reason, never pass, and the server is not marked fully read', async () => {
    const refused = forbidden('Microsoft.Sql/servers/auditingSettings/read', SERVER_ID);
    const { state, sources } = await enrichAgainstFake(INVENTORY, { answers: answers({ [`${SERVER_ID}/auditingSettings/default`]: refused, [`${SERVER_ID}/firewallRules`]: { items: [] } }) });
    const server = state.sqlServers[0]!;
    expect(server.auditingSettings).toBeNull();
    const finding = only(run(sqlAuditingEnabled, state));
    expect(finding.status).toBe('unknown');
    expect(finding.message).toContain('auditing settings of SQL server sql-shop-ledger');
    // The empty firewall list was read, but the server's children are not all known: it stays unknown too.
    expect(server.firewallRules).toBeNull();
    expect(only(run(sqlPublicAccess, state)).status).toBe('unknown');
    // The databases come from the inventory and their TDE reads succeeded: still judged.
    expect(statuses(run(sqlTdeEnabled, state))).toEqual(['pass', 'pass']);
    expect(sources.find((s) => s.id === SOURCE)).toMatchObject({ status: 'partial', code: 'forbidden', message: expect.stringContaining('AuthorizationFailed') });
  });

  it('a 403 on one database TDE leaves that database unknown', async () => {
    const refused = forbidden('Microsoft.Sql/servers/databases/transparentDataEncryption/read', String(CATALOG.id));
    const { state } = await enrichAgainstFake(INVENTORY, { answers: answers({ [`${String(CATALOG.id)}/transparentDataEncryption/current`]: refused }) });
    expect(run(sqlTdeEnabled, state).map((f) => [f.resource.name, f.status])).toEqual([
      ['orders', 'pass'],
      ['catalog', 'unknown'],
    ]);
  });
});
