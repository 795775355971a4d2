import { describe, expect, it } from 'vitest';
import { evidence } from '../../../src/engine/evidence.ts';
import { emptyState } from '../../../src/state/state.ts';
import { inputFile } from '../../helpers/input-file.ts';
import { stateOf } from '../../helpers/scan.ts';
import { snapshotRoundTrip } from '../../helpers/snapshot.ts';
import { exampleBody } from '../../helpers/fake-arm/routes-inventory.ts';

const SUB = 'c4e8b2d7-6a1f-4e9b-8d3c-2f7a5b1e9d04';
const ID = `/subscriptions/${SUB}/resourceGroups/rg-data/providers/Microsoft.Sql/servers/sql-orders`;
const server = (properties: Record<string, unknown>, resources?: unknown[]) => ({ id: ID, name: 'sql-orders', type: 'Microsoft.Sql/servers', location: 'westeurope', properties, ...(resources ? { resources } : {}) });
const serverOf = (...documents: unknown[]) => {
  const { sqlServers } = stateOf(...documents.map((d, i) => inputFile(d, `input-${i}.json`)));
  expect(sqlServers).toHaveLength(1);
  return sqlServers[0]!;
};

/** A PowerShell (PSRule) export: children nested in `resources`, some without ids. */
const powershellExport = server({ minimalTlsVersion: '1.0', publicNetworkAccess: 'Enabled', administratorLogin: 'sqladmin' }, [
  { ResourceType: 'Microsoft.Sql/servers/firewallRules', Name: 'AllowAllWindowsAzureIps', Properties: { startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' } },
  { ResourceType: 'Microsoft.Sql/servers/auditingSettings', Name: 'Default', Properties: { state: 'Disabled', storageEndpoint: '' } },
  {
    ResourceId: `${ID}/databases/master`, ResourceType: 'Microsoft.Sql/servers/databases', Name: 'master', Properties: {},
    resources: [{ id: `${ID}/databases/master/providers/Microsoft.Insights/diagnosticSettings/audit`, type: 'Microsoft.Insights/diagnosticSettings', name: 'audit', properties: { workspaceId: '/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/log', logs: [{ category: 'SQLSecurityAuditEvents', enabled: true }] } }],
  },
  {
    ResourceId: `${ID}/databases/orders`, ResourceType: 'Microsoft.Sql/servers/databases', Name: 'orders', Properties: { status: 'Online' },
    resources: [{ ResourceType: 'Microsoft.Sql/servers/databases/transparentDataEncryption', Name: 'current', Properties: { state: 'Disabled' } }],
  },
  { ResourceId: `${ID}/databases/billing`, ResourceType: 'Microsoft.Sql/servers/databases', ResourceName: 'sql-orders/billing', Properties: {} },
]);

describe('ARM adapter: Azure SQL servers', () => {

  it('reads nested children of a PowerShell export, master excluded from the databases', () => {
    const s = serverOf(powershellExport);
    expect(s.minimalTlsVersion).toBe('1.0');
    expect(s.firewallRules).toEqual([{ name: 'AllowAllWindowsAzureIps', startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }]);
    expect(s.auditingSettings).toMatchObject([{ name: 'Default', state: 'Disabled', storageEndpoint: '' }]);
    // Each child is evidenced at its own id, relative to the server the finding names.
    expect(evidence(s, 'auditingSettings.0.state').path).toBe('auditingSettings/Default#properties.state');
    expect(evidence(s, 'masterDiagnosticSettings.0').path).toBe('databases/master/providers/Microsoft.Insights/diagnosticSettings/audit');
    expect(s.databases?.map((d) => [d.name, d.transparentDataEncryption])).toEqual([['orders', 'Disabled'], ['billing', null]]);
    expect(s.masterDiagnosticSettings).toMatchObject([{ name: 'audit', categories: ['SQLSecurityAuditEvents'], hasDestination: true }]);
    // The export carried the server's children and no administrator among them: none is set.
    expect(s.entraAdministrator.configured).toBe(false);
  });

  it('tells children known to be absent from children not exported', () => {
    expect(serverOf(server({}, []))).toMatchObject({ firewallRules: [], auditingSettings: [], databases: [] });
    expect(serverOf({ id: ID, type: 'Microsoft.Sql/servers' })).toMatchObject({ firewallRules: null, auditingSettings: null, databases: null, publicNetworkAccess: null, entraAdministrator: { configured: null, azureADOnlyAuthentication: null }, privateEndpointIds: null });
  });

  it('reads the Entra administrator inline or from administrators / azureADOnlyAuthentications children', () => {
    const inline = serverOf(server({ administrators: { administratorType: 'ActiveDirectory', login: 'sql-admins', sid: 'a1', azureADOnlyAuthentication: true } }));
    expect(inline.entraAdministrator).toMatchObject({ configured: true, login: 'sql-admins', azureADOnlyAuthentication: true });
    expect(evidence(inline, 'entraAdministrator.configured').path).toBe('properties.administrators.login');
    const separate = serverOf(server({}), [
      { id: `${ID}/administrators/ActiveDirectory`, type: 'Microsoft.Sql/servers/administrators', properties: { administratorType: 'ActiveDirectory', login: 'dba', sid: 'b2' } },
      { id: `${ID}/azureADOnlyAuthentications/Default`, type: 'Microsoft.Sql/servers/azureADOnlyAuthentications', properties: { azureADOnlyAuthentication: false } },
    ]);
    expect(separate.entraAdministrator).toMatchObject({ configured: true, login: 'dba', azureADOnlyAuthentication: false });
    expect(evidence(separate, 'entraAdministrator.configured').path).toBe('administrators/ActiveDirectory#properties.login');
    expect(evidence(separate, 'entraAdministrator.azureADOnlyAuthentication').path).toBe('azureADOnlyAuthentications/Default#properties.azureADOnlyAuthentication');
  });

  it('attaches databases and TDE listed separately (az sql db list)', () => {
    const db = `${ID}/databases/orders`;
    const s = serverOf(server({ publicNetworkAccess: 'Disabled' }), [
      { id: db, type: 'Microsoft.Sql/servers/databases', name: 'orders', properties: {} },
      { id: `${db}/transparentDataEncryption/current`, type: 'Microsoft.Sql/servers/databases/transparentDataEncryption', name: 'current', properties: { state: 'Enabled' } },
    ]);
    // A database is a resource of its own, its server as parent, its TDE evidenced at the TDE child.
    expect(s.databases).toMatchObject([{ id: db, name: 'orders', type: 'microsoft.sql/servers/databases', parent: { id: ID, name: s.name, type: 'microsoft.sql/servers' }, transparentDataEncryption: 'Enabled' }]);
    expect(evidence(s.databases![0]!, 'transparentDataEncryption').path).toBe('transparentDataEncryption/current#properties.state');
  });

  it('survives a snapshot round trip against the schema', () => {
    const state = { ...emptyState(), sqlServers: stateOf(inputFile(powershellExport)).sqlServers };
    expect(snapshotRoundTrip(state).sqlServers).toEqual(JSON.parse(JSON.stringify(state.sqlServers)));
  });
});

describe('ARM adapter: Azure SQL servers, REST body written for this repository', () => {
  it('reads a 2025-01-01 Get body as-is; children not exported are unknown', () => {
    expect(serverOf(exampleBody('sql/2025-01-01/ServerGet.json'))).toMatchObject({
      name: 'sql-shop-ledger',
      type: 'microsoft.sql/servers',
      publicNetworkAccess: 'Enabled',
      privateEndpointIds: ['/subscriptions/6b1f0c3e-2d7a-4c59-8e14-93a0d5b7c2f1/resourceGroups/rg-contoso-shop/providers/Microsoft.Network/privateEndpoints/pe-sql-ledger'],
      minimalTlsVersion: null,
      // A complete body without `administrators` has no Entra administrator.
      entraAdministrator: { configured: false, azureADOnlyAuthentication: false },
      firewallRules: null,
      auditingSettings: null,
      databases: null,
      masterDiagnosticSettings: null,
      provenance: expect.objectContaining({ defaulted: ['entraAdministrator.configured'] }),
    });
  });
});
