import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain, runMainWith, workDir } from './run-main.ts';

const ESTATE = ['--input', 'fixtures/demo/dev', '--fail-on', 'none', '--no-config'];

describe('scan --history and aks-audit report', () => {
  it('refuses history flags it cannot use, in one line, exit 2', async () => {
    expect(await runMain('scan', ...ESTATE, '--history-keep', '5')).toEqual({ code: 2, stdout: [], stderr: ['aks-audit: --history-keep applies to a history: add --history <folder|url>'] });
    expect((await runMain('scan', ...ESTATE, '--history', 'h', '--history-keep', '5w')).stderr).toEqual(['aks-audit: --history-keep: "5w" is not a number of runs (52) or of days (365d), from 1 to 100000']);
    expect(await runMain('report')).toEqual({ code: 2, stdout: [], stderr: ['aks-audit: report renders a history kept by scan --history: give --history <folder|url>'] });
    expect((await runMain('report', '--history', 'h', '--input', 'x')).stderr).toEqual(['aks-audit: unknown option --input (see aks-audit report --help)']);
    const empty = workDir();
    expect((await runMain('report', '--history', empty)).stderr).toEqual([`aks-audit: ${empty}: holds no report (last-report.jsonl.gz): run aks-audit scan --history ${empty} first`]);
  });

  it('documents both in --help', async () => {
    expect((await runMain('scan', '--help')).stdout).toContain('  --history <folder|url>     keep a compact record of each run in this folder, or in an Azure');
    expect((await runMain('report', '--help')).stdout[0]).toBe('Usage: aks-audit report --history <folder|url> [options]');
    expect((await runMain('--help')).stdout).toContain('  aks-audit report --history <folder|url>');
  });

  it('report writes one format to stdout and says what it did on stderr', async () => {
    const folder = join(workDir(), 'history');
    expect((await runMain('scan', ...ESTATE, '--history', folder, '--out', workDir(), '--quiet')).code).toBe(0);
    const run = await runMainWith({}, 'report', '--history', folder, '--format', 'json', '--out', '-');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.report).history.location).toBe(folder);
    expect(run.stdout).toEqual([]);
    expect(run.stderr[0]).toMatch(/^aks-audit: the report of \d{4}-\d\d-\d\d from .* \(1 run\(s\) kept\)$/);
  });

  it('a scan dated before the newest run of its history is refused before it reads anything', async () => {
    const folder = join(workDir(), 'history');
    expect((await runMain('scan', ...ESTATE, '--as-of', '2026-11-22', '--history', folder, '--out', workDir(), '--quiet')).code).toBe(0);
    const out = workDir();
    const run = await runMain('scan', ...ESTATE, '--as-of', '2026-11-15', '--history', folder, '--out', out);
    expect(run).toEqual({ code: 2, stdout: [], stderr: [`aks-audit: --as-of 2026-11-15 is before the newest run in ${folder} (2026-11-22): a history runs forward`] });
    expect(() => readFileSync(join(out, 'aks-audit.json'))).toThrow();
  });

  it('a history folder that is a file is named, exit 2', async () => {
    const dir = workDir();
    mkdirSync(join(dir, 'h'));
    const file = join(dir, 'h', 'history.json');
    mkdirSync(file);
    const run = await runMain('scan', ...ESTATE, '--history', join(dir, 'h'), '--out', dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toEqual([expect.stringContaining(`aks-audit: ${file}: EISDIR`)]);
    expect(() => readFileSync(join(dir, 'aks-audit.json'))).toThrow();
  });

  it('leaves a run that read nothing out of the history: it exits 3 and the trend keeps the runs that read the estate', async () => {
    const folder = join(workDir(), 'history');
    expect((await runMain('scan', ...ESTATE, '--as-of', '2026-11-15', '--history', folder, '--out', workDir(), '--quiet')).code).toBe(0);
    const empty = workDir();
    expect((await runMain('scan', '--input', empty, '--no-config', '--as-of', '2026-11-22', '--history', folder, '--out', workDir(), '--quiet')).code).toBe(3);
    const run = await runMainWith({}, 'report', '--history', folder, '--format', 'json', '--out', '-');
    const { history } = JSON.parse(run.report) as { history: { runs: { asOf: string }[] } };
    expect(history.runs.map((r) => r.asOf.slice(0, 10))).toEqual(['2026-11-15']);
  });
});

