import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adaptArm } from '../../../../src/adapters/arm/adapt.ts';
import { collectArmResources } from '../../../../src/adapters/arm/collect-resources.ts';
import { readSnapshot, renderSnapshot } from '../../../../src/collectors/files/snapshot-file.ts';
import { SNAPSHOT_SCHEMA_VERSION } from '../../../../src/state/snapshot.ts';
import type { State } from '../../../../src/state/state.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { CONFORMANCE } from '../../inputs.ts';

const REST = `${CONFORMANCE}/azure-rest/postgresql/2025-08-01`;
const body = (file: string): unknown => (JSON.parse(readFileSync(`${REST}/${file}`, 'utf8')) as { responses: { '200': { body: unknown } } }).responses['200'].body;
const adapt = (...documents: unknown[]): State => adaptArm(documents.flatMap((d, i) => collectArmResources(d, `doc${i}.json`, `file:doc${i}.json`).resources)).state;

describe('PostgreSQL adapter', () => {
  it('reads the REST example ServersGet as-is', () => {
    const [server] = adapt(body('ServersGet.json')).postgresFlexibleServers;
    expect(server).toMatchObject({
      name: 'exampleserver',
      version: '17',
      skuTier: 'GeneralPurpose',
      publicNetworkAccess: 'Enabled',
      privateEndpointIds: [],
      backup: { retentionDays: 7, geoRedundantBackup: 'Enabled' },
      authConfig: { activeDirectoryAuth: 'Disabled', passwordAuth: 'Enabled' },
      highAvailabilityMode: 'Disabled',
      // children not in the input: unknown, never "none"
      firewallRules: null,
      administrators: null,
      diagnosticSettings: null,
      serverParameters: { requireSecureTransport: null, sslMinProtocolVersion: null },
    });
    expect(server!.provenance.defaulted).toEqual([]);
  });

  it('attaches a firewall rule list response and a configuration to their server', () => {
    const [server] = adapt(body('ServersGet.json'), body('FirewallRulesListByServer.json'), body('ConfigurationsGet.json')).postgresFlexibleServers;
    expect(server!.firewallRules!.map((r) => [r.name, r.startIpAddress, r.endIpAddress])).toEqual([
      ['examplefirewallrule1', '0.0.0.0', '255.255.255.255'],
      ['examplefirewallrule2', '1.0.0.0', '255.0.0.0'],
    ]);
    // array_nulls is not a parameter this adapter reads, and the server's children are not all there
    expect(server!.serverParameters.requireSecureTransport).toBeNull();
  });

  it('reads the PSRule PowerShell export: single servers, nested children without ids, and separate administrators', () => {
    const state = stateOf(`${CONFORMANCE}/psrule/Resources.PostgreSQL.json`);
    expect(state.postgresFlexibleServers.map((s) => s.name)).toEqual(['server-D', 'server-E', 'server-F', 'server-G', 'server-H', 'server-I']);
    const single = new Map(state.postgresSingleServers.map((s) => [s.name, s]));
    expect(single.get('server-B')).toMatchObject({ sslEnforcement: 'Disabled', minimalTlsVersion: null, publicNetworkAccess: null, backup: { retentionDays: 7, geoRedundantBackup: 'Disabled' } });
    expect(single.get('server-B')!.firewallRules).toHaveLength(11);
    expect(single.get('server-B')!.administrators!.map((a) => a.name)).toEqual(['ActiveDirectory', 'ActiveDirectoryAdmin-A']);
    // single server: no documented default for geoRedundantBackup
    expect(single.get('server-A')).toMatchObject({ backup: { geoRedundantBackup: null }, firewallRules: [], administrators: [] });
    const f = state.postgresFlexibleServers.find((s) => s.name === 'server-F')!;
    expect(f.administrators!.map((a) => a.login)).toEqual(['admin@contoso.com', 'admin@contoso.com']);
  });

  it('saves and reads back a snapshot holding both server kinds', () => {
    const state = stateOf(`${CONFORMANCE}/psrule/Resources.PostgreSQL.json`);
    const file = join(mkdtempSync(join(tmpdir(), 'pg-snapshot-')), 'snapshot.json');
    writeFileSync(file, renderSnapshot({ schemaVersion: SNAPSHOT_SCHEMA_VERSION, tool: { name: 'aks-audit', version: 'test' }, createdAt: '2026-11-22T00:00:00Z', sources: [], unrecognized: [], state }));
    const back = readSnapshot(file).state;
    expect(back.postgresFlexibleServers).toEqual(state.postgresFlexibleServers);
    expect(back.postgresSingleServers).toEqual(state.postgresSingleServers);
  });
});
