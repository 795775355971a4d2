import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonReport } from '../helpers/report.ts';
import { runMain, runMainWith, workDir } from './run-main.ts';

const PUBLIC_OPEN = 'fixtures/inputs/cluster-public-api-server.json';

/** Scans into a fresh folder; the status line is the summary's last line, on stdout unless a report goes there. */
async function scan(...flags: string[]) {
  const out = join(workDir(), 'reports');
  return { ...(await runMain('scan', '--format', 'json', '--out', out, ...flags)), out };
}

describe('the one-line status a scheduler shows', () => {
  it('is the last line, and says why a run exits 1 on failures: how many, how many count against --fail-on', async () => {
    const run = await scan('--input', PUBLIC_OPEN, '--fail-on', 'high');
    expect(run.code).toBe(1);
    expect(run.stdout.at(-1)).toMatch(/^aks-audit status: failing \(exit 1\): (\d+) failure\(s\), [1-9]\d* at or above high, \d+ unknown, [1-9]\d* resource\(s\) from all 1 source\(s\) read completely(, [a-z-]+ \d+(\.\d+)?%)+$/);
  });

  it('is ok when nothing counts against --fail-on, and says the failures were not gated with --fail-on none', async () => {
    const run = await scan('--input', PUBLIC_OPEN, '--fail-on', 'none');
    expect(run.code).toBe(0);
    expect(run.stdout.at(-1)).toMatch(/^aks-audit status: ok \(exit 0\): [1-9]\d* failure\(s\), none gated \(--fail-on none\), \d+ unknown, [1-9]\d* resource\(s\) from all 1 source\(s\) read completely(, [a-z-]+ \d+(\.\d+)?%)+$/);
  });

  it('tells an incomplete run from a failing one, though both exit 1 with --fail-on-incomplete', async () => {
    const dir = workDir();
    writeFileSync(join(dir, 'notes.json'), '{"not": "an ARM resource"}');
    copyFileSync(PUBLIC_OPEN, join(dir, 'cluster.json'));
    const incomplete = await scan('--input', dir, '--fail-on', 'none', '--fail-on-incomplete');
    expect(incomplete.code).toBe(1);
    expect(incomplete.stdout.at(-1)).toMatch(/^aks-audit status: incomplete \(exit 1\): .*, [1-9]\d* resource\(s\) from 1 of 2 source\(s\) read completely(, [a-z-]+ \d+(\.\d+)?%)+$/);
    const both = await scan('--input', dir, '--fail-on', 'high', '--fail-on-incomplete');
    expect(both.stdout.at(-1)).toMatch(/^aks-audit status: failing and incomplete \(exit 1\): /);
  });

  it('says nothing was read when the scan exits 3, after the reason on stderr', async () => {
    const dir = workDir();
    mkdirSync(join(dir, 'exports'));
    const run = await scan('--input', join(dir, 'exports'), '--fail-on', 'none');
    expect(run.code).toBe(3);
    expect(run.stderr).toEqual(['aks-audit: nothing was read, so nothing was audited: the inputs hold no file to read']);
    expect(run.stdout.at(-1)).toBe('aks-audit status: nothing read (exit 3): 0 failure(s), none gated (--fail-on none), 0 unknown, 0 resource(s) from no source, cis-aks 0%, mcsb 0%, aks-platform-baseline 0%');
  });

  it("ends the counts with each framework's score", async () => {
    const run = await scan('--input', PUBLIC_OPEN, '--fail-on', 'none', '--framework', 'cis-aks', '--framework', 'mcsb');
    const report = readJsonReport(join(run.out, 'aks-audit.json'));
    const scores = report.frameworks!.map((f) => `${f.id} ${f.score.percent}%`);
    expect(scores.map((s) => s.split(' ')[0])).toEqual(['cis-aks', 'mcsb']);
    expect(run.stdout.at(-1)).toMatch(new RegExp(`read completely, ${scores.join(', ')}$`));
  });

  it('goes to stderr with the summary when a report goes to stdout, and --quiet leaves it out', async () => {
    const piped = await runMainWith({}, 'scan', '--input', PUBLIC_OPEN, '--format', 'json', '--out', '-', '--fail-on', 'none');
    expect(piped.stdout).toEqual([]);
    expect(JSON.parse(piped.report)).toHaveProperty('findings');
    expect(piped.stderr.at(-1)).toMatch(/^aks-audit status: ok \(exit 0\): /);
    expect((await scan('--input', PUBLIC_OPEN, '--quiet')).stdout).toEqual([]);
  });
});
