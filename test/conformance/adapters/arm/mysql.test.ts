import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshot, renderSnapshot } from '../../../../src/collectors/files/snapshot-file.ts';
import { SNAPSHOT_SCHEMA_VERSION } from '../../../../src/state/snapshot.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { CONFORMANCE } from '../../inputs.ts';


describe('MySQL flexible server adapter', () => {
  it('reads the PSRule export: aad_auth_only defaults for servers that carry their children; TLS parameters never default', () => {
    const servers = new Map(stateOf(`${CONFORMANCE}/psrule/Resources.MySQL.json`).mysqlFlexibleServers.map((s) => [s.name, s]));
    expect([...servers.keys()]).toEqual(['server-D', 'server-E', 'server-F', 'server-G', 'server-H', 'server-I']);
    // server-E carries its children but no configuration: its TLS parameters were not read.
    expect(servers.get('server-E')!.serverParameters).toEqual({ requireSecureTransport: null, tlsVersion: null, aadAuthOnly: 'OFF' });
    expect(servers.get('server-F')!.serverParameters.aadAuthOnly).toBe('ON');
    expect(servers.get('server-D')!.serverParameters).toEqual({ requireSecureTransport: null, tlsVersion: null, aadAuthOnly: null });
  });

  it('saves and reads back a snapshot', () => {
    const state = stateOf(`${CONFORMANCE}/psrule/Resources.MySQL.json`);
    const file = join(mkdtempSync(join(tmpdir(), 'mysql-snapshot-')), 'snapshot.json');
    writeFileSync(file, renderSnapshot({ schemaVersion: SNAPSHOT_SCHEMA_VERSION, tool: { name: 'aks-audit', version: 'test' }, createdAt: '2026-11-22T00:00:00Z', sources: [], unrecognized: [], state }));
    expect(readSnapshot(file).state.mysqlFlexibleServers).toEqual(state.mysqlFlexibleServers);
  });
});
