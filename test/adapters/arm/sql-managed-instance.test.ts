import { describe, expect, it } from 'vitest';
import { evidence } from '../../../src/engine/evidence.ts';
import { emptyState } from '../../../src/state/state.ts';
import { exampleBody } from '../../helpers/fake-arm/routes-inventory.ts';
import { inputFile } from '../../helpers/input-file.ts';
import { stateOf } from '../../helpers/scan.ts';
import { snapshotRoundTrip } from '../../helpers/snapshot.ts';

const instanceBody = () => exampleBody('sql/2023-08-01/ManagedInstanceGet.json');
const groupBody = () => exampleBody('sql/2023-08-01/InstanceFailoverGroupGet.json');
const MI = String(instanceBody().id);
const DR = `${MI.split('/resourceGroups/')[0]}/resourceGroups/rg-contoso-dr/providers/Microsoft.Sql/managedInstances/sqlmi-contoso-dr`;
const instancesOf = (...documents: unknown[]) => stateOf(...documents.map((d, i) => inputFile(d, `input-${i}.json`))).sqlManagedInstances;

describe('ARM adapter: SQL Managed Instances', () => {
  it('reads a 2023-08-01 Get body: endpoint, TLS, Entra administrator; children not exported are unknown', () => {
    const [mi] = instancesOf(instanceBody());
    expect(mi).toMatchObject({
      name: 'sqlmi-contoso-prod',
      type: 'microsoft.sql/managedinstances',
      subnetId: expect.stringMatching(/snet-sqlmi$/),
      publicDataEndpointEnabled: false,
      minimalTlsVersion: '1.2',
      entraAdministrator: { configured: true, login: 'sqlmi-admins', azureADOnlyAuthentication: true },
      diagnosticSettings: null,
      databases: null,
      failoverGroups: null,
    });
    expect(evidence(mi!, 'publicDataEndpointEnabled').path).toBe('properties.publicDataEndpointEnabled');
  });

  it('joins the instance failover group pairing it, with the partner region from the group', () => {
    const [mi] = instancesOf([instanceBody(), groupBody()]);
    expect(mi?.failoverGroups).toEqual([{ name: 'fog-contoso', partners: [{ id: DR, location: 'North Europe' }] }]);
    expect(evidence(mi!, 'failoverGroups.0').path).toBe(`${String(groupBody().id)}#properties.managedInstancePairs`);
    // Read twice (from two inputs), it is still one group.
    expect(instancesOf([instanceBody(), groupBody()], [groupBody()])[0]?.failoverGroups).toHaveLength(1);
  });

  it('gives the secondary its partner in the group region, or the partner instance location when held', () => {
    const dr = { ...instanceBody(), id: DR, name: 'sqlmi-contoso-dr', location: 'northeurope' };
    const [primary, secondary] = instancesOf([instanceBody(), dr, groupBody()]);
    expect(primary?.failoverGroups?.[0]?.partners).toEqual([{ id: DR, location: 'northeurope' }]);
    expect(secondary?.failoverGroups?.[0]?.partners).toEqual([{ id: MI, location: 'westeurope' }]);
  });

  it('reads databases, TDE, administrators and diagnostic settings nested in an export', () => {
    const exported = {
      ...instanceBody(),
      properties: { ...(instanceBody().properties as object), administrators: undefined, publicDataEndpointEnabled: true },
      resources: [
        { id: `${MI}/databases/orders`, type: 'Microsoft.Sql/managedInstances/databases', properties: { status: 'Online' }, resources: [{ type: 'Microsoft.Sql/managedInstances/databases/transparentDataEncryption', name: 'current', properties: { state: 'Disabled' } }] },
        { id: `${MI}/administrators/ActiveDirectory`, type: 'Microsoft.Sql/managedInstances/administrators', properties: { administratorType: 'ActiveDirectory', login: 'dba', sid: 'b2' } },
        { id: `${MI}/providers/Microsoft.Insights/diagnosticSettings/audit`, type: 'Microsoft.Insights/diagnosticSettings', properties: { workspaceId: '/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law', logs: [{ category: 'SQLSecurityAuditEvents', enabled: true }] } },
      ],
    };
    const [mi] = instancesOf(exported);
    expect(mi).toMatchObject({ publicDataEndpointEnabled: true, entraAdministrator: { configured: true, login: 'dba', azureADOnlyAuthentication: false }, failoverGroups: [] });
    expect(mi?.databases?.map((d) => [d.name, d.transparentDataEncryption, d.parent?.name])).toEqual([['orders', 'Disabled', 'sqlmi-contoso-prod']]);
    expect(evidence(mi!.databases![0]!, 'transparentDataEncryption').path).toBe('transparentDataEncryption/current#properties.state');
    expect(mi?.diagnosticSettings).toMatchObject([{ name: 'audit', categories: ['SQLSecurityAuditEvents'], hasDestination: true }]);
  });

  it('survives a snapshot round trip against the schema', () => {
    // Tag values are not kept in snapshots.
    const state = { ...emptyState(), sqlManagedInstances: instancesOf([{ ...instanceBody(), tags: {} }, groupBody()]) };
    expect(snapshotRoundTrip(state).sqlManagedInstances).toEqual(JSON.parse(JSON.stringify(state.sqlManagedInstances)));
  });
});

describe('ARM adapter: SQL server failover groups', () => {
  it('reads failoverGroups children with their partner servers and regions', () => {
    const group = exampleBody('sql/2023-08-01/FailoverGroupGet.json');
    const server = { ...exampleBody('sql/2025-01-01/ServerGet.json'), resources: [group] };
    const [sql] = stateOf(inputFile(server)).sqlServers;
    expect(sql?.failoverGroups).toEqual([{ name: 'fog-ledger', partners: [{ id: expect.stringMatching(/sql-shop-ledger-dr$/), location: 'North Europe' }] }]);
    expect(evidence(sql!, 'failoverGroups.0').path).toBe('failoverGroups/fog-ledger#properties.partnerServers');
    expect(stateOf(inputFile(exampleBody('sql/2025-01-01/ServerGet.json'))).sqlServers[0]?.failoverGroups).toBeNull();
  });
});
