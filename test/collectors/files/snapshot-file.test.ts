import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENV_VALUE_NOT_KEPT, readSnapshot, renderSnapshot } from '../../../src/collectors/files/snapshot-file.ts';
import { TAG_VALUE_NOT_KEPT } from '../../../src/state/resource.ts';
import { SNAPSHOT_SCHEMA_VERSION } from '../../../src/state/snapshot.ts';
import { cluster } from '../../helpers/state.ts';
import { emptyState } from '../../../src/state/state.ts';
import { container, deployment, kubeCluster, podSpec } from '../../helpers/kubernetes.ts';
import { runMain, workDir } from '../../cli/run-main.ts';

/** The parts of a saved snapshot the tests tamper with. */
interface Tamperable {
  schemaVersion: unknown;
  state: { subscriptions?: unknown; coverage?: unknown; clusters: { network: Record<string, unknown>; rbacEnabled: unknown }[] };
}

/** A snapshot saved from a real scan, as parsed JSON to tamper with. */
async function savedSnapshot(): Promise<{ dir: string; value: Tamperable }> {
  const dir = workDir();
  const file = join(dir, 'good.json');
  const run = await runMain('scan', '--input', 'fixtures/inputs/estate-psrule-export.json', '--format', 'json', '--out', join(dir, 'first'), '--save-snapshot', file, '--quiet');
  expect(run.stderr).toEqual([]);
  return { dir, value: JSON.parse(readFileSync(file, 'utf8')) };
}

describe('reading a snapshot', () => {
  it('reads back what --save-snapshot wrote', async () => {
    const { dir } = await savedSnapshot();
    const snapshot = readSnapshot(join(dir, 'good.json'));
    expect(snapshot.schemaVersion).toBe(SNAPSHOT_SCHEMA_VERSION);
    expect(snapshot.state.clusters.map((c) => c.name)).toEqual(['aks-payments-prod']);
    // What the file held per resource group is kept, so a saved snapshot is judged as the scan was.
    expect(snapshot.state.coverage).toContainEqual(expect.objectContaining({ resourceGroup: expect.any(String), read: true, types: expect.arrayContaining(['microsoft.containerservice/managedclusters']) }));
  });

  it.each([
    ['an unknown field', (s: Tamperable) => (s.state.clusters[0]!.network.egressFirewall = true), '/state/clusters/0/network/egressFirewall: not an aks-audit snapshot: unknown field'],
    ['a wrong schemaVersion', (s: Tamperable) => (s.schemaVersion = 1), '/schemaVersion: snapshot schema version 1 is not supported (this aks-audit reads 4)'],
    ['coverage missing (a version 1 state)', (s: Tamperable) => delete s.state.coverage, "/state: not an aks-audit snapshot: must have required property 'coverage'"],
    ['a wrong type', (s: Tamperable) => (s.state.clusters[0]!.rbacEnabled = 'yes'), '/state/clusters/0/rbacEnabled: not an aks-audit snapshot: must be boolean,null'],
    ['a missing field', (s: Tamperable) => delete s.state.subscriptions, '/state: not an aks-audit snapshot: must have required property \'subscriptions\''],
  ])('refuses %s with exit 2, the JSON path, and no report', async (_what, tamper, message) => {
    const { dir, value } = await savedSnapshot();
    tamper(value);
    const file = join(dir, 'tampered.json');
    writeFileSync(file, JSON.stringify(value));
    const out = join(dir, 'reports');
    const run = await runMain('scan', '--snapshot', file, '--out', out);
    expect(run.code).toBe(2);
    expect(run.stderr).toEqual([`aks-audit: ${file}: ${message}`]);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses something that is not a snapshot at all', async () => {
    const dir = workDir();
    const file = join(dir, 'not-a-snapshot.json');
    writeFileSync(file, '[1, 2, 3]');
    const run = await runMain('scan', '--snapshot', file);
    expect(run.code).toBe(2);
    expect(run.stderr).toEqual([`aks-audit: ${file}: /: not an aks-audit snapshot: must be object`]);
  });
});

describe('renderSnapshot', () => {
  it('keeps no literal environment value, only that one was set, and reads back', () => {
    const env = [
      { name: 'DB_PASSWORD', value: 'hunter2-do-not-keep' },
      { name: 'DB_HOST', value: 'psql-saas-prod-weu.postgres.database.azure.com' },
      { name: 'API_TOKEN', valueFrom: { secretKeyRef: { name: 'api', key: 'token' } } },
    ];
    const spec = podSpec([container('api', { env })], { initContainers: [container('migrate', { env: [{ name: 'ADMIN_PASSWORD', value: 'also-secret' }] })] });
    const state = { ...emptyState(), kubernetes: [kubeCluster({ deployments: [deployment('api', 'payments', spec)] })] };
    const text = renderSnapshot({ schemaVersion: SNAPSHOT_SCHEMA_VERSION, tool: { name: 'aks-audit', version: 'test' }, createdAt: '2026-11-22T00:00:00Z', sources: [], unrecognized: [], state });
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('also-secret');
    expect(text).not.toContain('postgres.database.azure.com');
    const file = join(workDir(), 's.json');
    writeFileSync(file, text);
    const saved = readSnapshot(file).state.kubernetes[0]!.objects.deployments![0]!.object.spec!.template.spec!;
    expect(saved.containers[0]!.env).toEqual([
      { name: 'DB_PASSWORD', value: ENV_VALUE_NOT_KEPT },
      { name: 'DB_HOST', value: ENV_VALUE_NOT_KEPT },
      env[2],
    ]);
    expect(saved.initContainers![0]!.env).toEqual([{ name: 'ADMIN_PASSWORD', value: ENV_VALUE_NOT_KEPT }]);
    // The in-memory state the scan used is untouched.
    expect(state.kubernetes[0]!.objects.deployments![0]!.object.spec!.template.spec!.containers[0]!.env![0]!.value).toBe('hunter2-do-not-keep');
  });

  it('keeps tag names, not tag values, and reads back', () => {
    const connection = 'Server=tcp:sql-saas-prod.database.windows.net;Password=CANARY-SECRET-51aa-tag';
    const tagged = cluster({ tags: { owner: 'payments-team', 'legacy-connection': connection } });
    const text = renderSnapshot({ schemaVersion: SNAPSHOT_SCHEMA_VERSION, tool: { name: 'aks-audit', version: 'test' }, createdAt: '2026-11-22T00:00:00Z', sources: [], unrecognized: [], state: { ...emptyState(), clusters: [tagged] } });
    expect(text).not.toContain('CANARY-SECRET');
    expect(text).not.toContain('payments-team');
    const file = join(workDir(), 's.json');
    writeFileSync(file, text);
    expect(readSnapshot(file).state.clusters[0]?.tags).toEqual({ owner: TAG_VALUE_NOT_KEPT, 'legacy-connection': TAG_VALUE_NOT_KEPT });
    expect(tagged.tags.owner).toBe('payments-team');
  });
});
