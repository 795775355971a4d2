import { describe, expect, it } from 'vitest';
import { MYSQL_API_VERSION } from '../../../src/collectors/azure/enrich/database-servers.ts';
import mysqlSecureTransport from '../../../src/rules/mysql/mysql-secure-transport.ts';
import postgresPublicAccess from '../../../src/rules/postgresql/postgresql-public-access-restricted.ts';
import postgresSecureTransport from '../../../src/rules/postgresql/postgresql-secure-transport.ts';
import { enrichAgainstFake } from '../../helpers/fake-arm/enrich-scan.ts';
import { firewallRules, forbidden, serverParameter, type EnrichmentAnswer } from '../../helpers/fake-arm/routes-enrichment.ts';
import { exampleBody } from '../../helpers/fake-arm/routes-inventory.ts';
import { only, run } from '../../helpers/state.ts';

// PostgreSQL flexible server `psql-shop-orders` (ServersGet, 2025-08-01), public network access enabled.
const PG = exampleBody('postgresql/2025-08-01/ServersGet.json');
const PG_ID = String(PG.id);
const SUB = '6b1f0c3e-2d7a-4c59-8e14-93a0d5b7c2f1';

function postgresAnswers(overrides: Record<string, EnrichmentAnswer> = {}): Record<string, EnrichmentAnswer> {
  return {
    [`${PG_ID}/configurations/require_secure_transport`]: { body: serverParameter(PG_ID, 'require_secure_transport', 'off') },
    [`${PG_ID}/configurations/ssl_min_protocol_version`]: { body: serverParameter(PG_ID, 'ssl_min_protocol_version', 'TLSv1.2') },
    [`${PG_ID}/firewallRules`]: { items: firewallRules(PG_ID) },
    [`${PG_ID}/administrators`]: { items: [] },
    [`${PG_ID}/providers/Microsoft.Insights/diagnosticSettings`]: { items: [] },
    ...overrides,
  };
}

describe('PostgreSQL flexible server children, read live', () => {
  it('reads parameters, firewall rules (two pages) and administrators with the SDK client, and the server becomes fully known', async () => {
    const { state, sources, arm, conn } = await enrichAgainstFake([PG], { answers: postgresAnswers(), pageSize: 1 });
    const server = state.postgresFlexibleServers[0]!;
    expect(server.serverParameters).toEqual({ requireSecureTransport: 'off', sslMinProtocolVersion: 'TLSv1.2' });
    expect(server.firewallRules?.map((r) => [r.name, r.startIpAddress, r.endIpAddress])).toEqual([
      ['allow-everything', '0.0.0.0', '255.255.255.255'],
      ['partner-range', '1.0.0.0', '255.0.0.0'],
    ]);
    // Empty lists that were read are answers: no administrators, no diagnostic settings.
    expect(server.administrators).toEqual([]);
    expect(server.diagnosticSettings).toEqual([]);
    expect(only(run(postgresSecureTransport, state)).status).toBe('fail');
    expect(only(run(postgresSecureTransport, state)).message).toContain('require_secure_transport is off');
    expect(only(run(postgresPublicAccess, state)).status).toBe('fail');

    // The SDK client asks the 2025-08-01 API; the firewall rules took two pages through nextLink.
    const firewall = arm.requests.filter((r) => r.path.endsWith('/firewallRules'));
    expect(firewall.map((r) => r.query.get('$skiptoken'))).toEqual([null, '1']);
    expect(arm.requests.filter((r) => r.path.includes('/configurations/')).map((r) => r.query.get('api-version'))).toEqual(['2025-08-01', '2025-08-01']);
    expect(arm.unmatched).toEqual([]);
    expect(conn.stats.requests).toBe(arm.requests.length);
    expect(sources.find((s) => s.id === `azure:subscription:${SUB}:database-server-children`)).toMatchObject({ status: 'ok', resources: 4 });
  });

  it('passes postgresql-secure-transport when the live parameter is on', async () => {
    const answers = postgresAnswers({ [`${PG_ID}/configurations/require_secure_transport`]: { body: serverParameter(PG_ID, 'require_secure_transport', 'on') } });
    const { state } = await enrichAgainstFake([PG], { answers });
    expect(only(run(postgresSecureTransport, state)).status).toBe('pass');
  });

  it('a 403 on the firewall rules fails that source and leaves the rules that need them unknown, never passed', async () => {
    const answers = postgresAnswers({ [`${PG_ID}/firewallRules`]: forbidden('Microsoft.DBforPostgreSQL/flexibleServers/firewallRules/read', PG_ID) });
    const { state, sources } = await enrichAgainstFake([PG], { answers });
    const server = state.postgresFlexibleServers[0]!;
    expect(server.firewallRules).toBeNull();
    // Not every child was read, so empty lists stay unknown too.
    expect(server.administrators).toBeNull();
    expect(server.diagnosticSettings).toBeNull();
    // What was read still counts.
    expect(server.serverParameters.requireSecureTransport).toBe('off');
    expect(only(run(postgresPublicAccess, state)).status).toBe('unknown');
    expect(sources.find((s) => s.id === `azure:subscription:${SUB}:database-server-children`)).toMatchObject({ status: 'partial', code: 'forbidden', message: expect.stringContaining('AuthorizationFailed') });
  });

  it('a 403 on the server parameters leaves postgresql-secure-transport unknown', async () => {
    const refused = forbidden('Microsoft.DBforPostgreSQL/flexibleServers/configurations/read', PG_ID);
    const answers = postgresAnswers({ [`${PG_ID}/configurations/require_secure_transport`]: refused, [`${PG_ID}/configurations/ssl_min_protocol_version`]: refused });
    const { state } = await enrichAgainstFake([PG], { answers });
    expect(state.postgresFlexibleServers[0]!.serverParameters).toEqual({ requireSecureTransport: null, sslMinProtocolVersion: null });
    expect(only(run(postgresSecureTransport, state)).status).toBe('unknown');
  });
});

describe('MySQL flexible server children, read live', () => {
  const MYSQL_ID = `/subscriptions/${SUB}/resourceGroups/data-rg/providers/Microsoft.DBforMySQL/flexibleServers/orders-mysql`;
  const MYSQL = {
    id: MYSQL_ID,
    name: 'orders-mysql',
    type: 'Microsoft.DBforMySQL/flexibleServers',
    location: 'westeurope',
    sku: { name: 'Standard_D2ds_v4', tier: 'GeneralPurpose' },
    properties: { version: '8.0.21', state: 'Ready', network: { publicNetworkAccess: 'Disabled' }, backup: { backupRetentionDays: 7, geoRedundantBackup: 'Disabled' } },
  };
  const parameter = (name: string, value: string) => ({ body: { id: `${MYSQL_ID}/configurations/${name}`, name, type: 'Microsoft.DBforMySQL/flexibleServers/configurations', properties: { value, defaultValue: 'ON', source: 'user-override', isReadOnly: 'False' } } });

  it('reads require_secure_transport, tls_version and aad_auth_only over raw REST at the adapter api-version', async () => {
    const answers: Record<string, EnrichmentAnswer> = {
      [`${MYSQL_ID}/configurations/require_secure_transport`]: parameter('require_secure_transport', 'OFF'),
      [`${MYSQL_ID}/configurations/tls_version`]: parameter('tls_version', 'TLSv1.2,TLSv1.3'),
      [`${MYSQL_ID}/configurations/aad_auth_only`]: parameter('aad_auth_only', 'ON'),
      [`${MYSQL_ID}/firewallRules`]: { items: [] },
      [`${MYSQL_ID}/administrators`]: { items: [] },
      [`${MYSQL_ID}/providers/Microsoft.Insights/diagnosticSettings`]: { items: [] },
    };
    const { state, arm } = await enrichAgainstFake([MYSQL], { answers });
    const server = state.mysqlFlexibleServers[0]!;
    expect(server.serverParameters).toEqual({ requireSecureTransport: 'OFF', tlsVersion: 'TLSv1.2,TLSv1.3', aadAuthOnly: 'ON' });
    expect(server.firewallRules).toEqual([]);
    expect(only(run(mysqlSecureTransport, state)).status).toBe('fail');
    expect(new Set(arm.requests.filter((r) => r.path.includes('DBforMySQL') && !r.path.includes('diagnosticSettings')).map((r) => r.query.get('api-version')))).toEqual(new Set([MYSQL_API_VERSION]));
    expect(arm.unmatched).toEqual([]);
  });
});
