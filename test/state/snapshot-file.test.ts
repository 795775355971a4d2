import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshot } from '../../src/state/snapshot-file.ts';
import { runMain, workDir } from '../cli/run-main.ts';

/** The parts of a saved snapshot the tests tamper with. */
interface Tamperable {
  schemaVersion: unknown;
  state: { subscriptions?: unknown; clusters: { network: Record<string, unknown>; rbacEnabled: unknown }[] };
}

/** A snapshot saved from a real scan, as parsed JSON to tamper with. */
function savedSnapshot(): { dir: string; value: Tamperable } {
  const dir = workDir();
  const file = join(dir, 'good.json');
  const run = runMain('scan', '--input', 'fixtures/inputs/estate-psrule-export.json', '--format', 'json', '--out', join(dir, 'first'), '--save-snapshot', file, '--quiet');
  expect(run.stderr).toEqual([]);
  return { dir, value: JSON.parse(readFileSync(file, 'utf8')) };
}

describe('reading a snapshot', () => {
  it('reads back what --save-snapshot wrote', () => {
    const { dir } = savedSnapshot();
    const snapshot = readSnapshot(join(dir, 'good.json'));
    expect(snapshot.schemaVersion).toBe(1);
    expect(snapshot.state.clusters.map((c) => c.name)).toEqual(['aks-payments-prod']);
  });

  it.each([
    ['an unknown field', (s: Tamperable) => (s.state.clusters[0]!.network.egressFirewall = true), '/state/clusters/0/network/egressFirewall: not an aks-audit snapshot: unknown field'],
    ['a wrong schemaVersion', (s: Tamperable) => (s.schemaVersion = 2), '/schemaVersion: snapshot schema version 2 is not supported (this aks-audit reads 1)'],
    ['a wrong type', (s: Tamperable) => (s.state.clusters[0]!.rbacEnabled = 'yes'), '/state/clusters/0/rbacEnabled: not an aks-audit snapshot: must be boolean,null'],
    ['a missing field', (s: Tamperable) => delete s.state.subscriptions, '/state: not an aks-audit snapshot: must have required property \'subscriptions\''],
  ])('refuses %s with exit 2, the JSON path, and no report', (_what, tamper, message) => {
    const { dir, value } = savedSnapshot();
    tamper(value);
    const file = join(dir, 'tampered.json');
    writeFileSync(file, JSON.stringify(value));
    const out = join(dir, 'reports');
    const run = runMain('scan', '--snapshot', file, '--out', out);
    expect(run.code).toBe(2);
    expect(run.stderr).toEqual([`aks-audit: ${file}: ${message}`]);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses something that is not a snapshot at all', () => {
    const dir = workDir();
    const file = join(dir, 'not-a-snapshot.json');
    writeFileSync(file, '[1, 2, 3]');
    const run = runMain('scan', '--snapshot', file);
    expect(run.code).toBe(2);
    expect(run.stderr).toEqual([`aks-audit: ${file}: /: not an aks-audit snapshot: must be object`]);
  });
});
