import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { githubIngestionProblems, sarifSchemaErrors } from '../helpers/github-sarif.ts';
import { runMainWith, workDir } from './run-main.ts';

const PUBLIC_OPEN = 'fixtures/inputs/cluster-public-api-server.json';

const scan = (...flags: string[]) => runMainWith({}, 'scan', '--input', PUBLIC_OPEN, '--fail-on', 'none', ...flags);

describe('a report on stdout', () => {
  it('--out - writes the one report asked for to stdout and nothing else there; the summary goes to stderr', async () => {
    const run = await scan('--out', '-', '--format', 'json');
    expect(run.code).toBe(0);
    expect(run.stdout).toEqual([]);
    expect(JSON.parse(run.report)).toMatchObject({ schemaVersion: expect.any(Number), findings: expect.arrayContaining([expect.objectContaining({ ruleId: 'aks-api-server-access-restricted', status: 'fail' })]) });
    expect(run.stderr[0]).toMatch(/^aks-audit \S+: \d+ rules over \d+ resources/);
    expect(run.stderr.some((line) => line.includes('wrote'))).toBe(false);
    expect(run.stderr).toContainEqual(expect.stringMatching(/^ {4}high {6}aks-api-server-access-restricted/));
  });

  it('--quiet leaves stdout to the report and stderr empty', async () => {
    const run = await scan('--out', '-', '--format', 'sarif', '--quiet');
    expect(run.stderr).toEqual([]);
    expect((JSON.parse(run.report) as Log).version).toBe('2.1.0');
  });

  it('in the real binary, pipes valid JSON and nothing else, and writes no file', () => {
    const cwd = workDir();
    const r = spawnSync(process.execPath, [resolve('bin/aks-audit.js'), 'scan', '--input', resolve(PUBLIC_OPEN), '--out', '-', '--format', 'json', '--fail-on', 'none'], { cwd, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stdout.endsWith('}\n')).toBe(true);
    expect(r.stderr).toMatch(/^aks-audit \S+: /);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('--output <format>=<path> puts each format where it says, - for stdout, and the rest in --out', async () => {
    const dir = workDir();
    const run = await scan('--format', 'html', '--out', join(dir, 'reports'), '--output', 'json=-', '--output', `sarif=${join(dir, 'scans', 'plan.sarif')}`, '--output', `text=${join(dir, 'ci.txt')}`);
    expect(run.code).toBe(0);
    expect(readdirSync(join(dir, 'reports'))).toEqual(['aks-audit.html']);
    expect(existsSync(join(dir, 'scans', 'plan.sarif'))).toBe(true);
    expect(readFileSync(join(dir, 'ci.txt'), 'utf8')).toMatch(/^HIGH: \d+ failing$/m);
    expect(JSON.parse(run.report)).toHaveProperty('findings');
    expect(run.stderr).toContainEqual(`  wrote ${join(dir, 'scans', 'plan.sarif')}`);
    // The failures left out of the summary are in the text report.
    expect(run.stderr.join('\n')).not.toContain('and 0 more');
  });

  it('without --format, writes only the formats --output names', async () => {
    const dir = workDir();
    const run = await scan('--out', join(dir, 'reports'), '--output', `text=${join(dir, 'audit.txt')}`);
    expect(run.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['audit.txt']);
    expect(run.stdout).toContain(`  wrote ${join(dir, 'audit.txt')}`);
  });

  it('writes stdout only once every file is in place: a file that cannot be written leaves stdout empty', async () => {
    const dir = workDir();
    mkdirSync(join(dir, 'taken.sarif'));
    const run = await scan('--output', 'json=-', '--output', `sarif=${join(dir, 'taken.sarif')}`);
    expect(run.code).toBe(2);
    expect(run.report).toBe('');
    expect(run.stderr).toEqual([expect.stringContaining('taken.sarif: is a folder, not a regular file')]);
  });

  it.each([
    [['--out', '-'], /--out - writes one report to stdout, and 3 formats would go there \(sarif, json, html\)/],
    [['--out', '-', '--format', 'json,text'], /--out - writes one report to stdout, and 2 formats would go there/],
    [['--output', 'json=-', '--output', 'text=-'], /only one report can go to stdout, and json and text would/],
    [['--out', '-', '--format', 'json', '--output', 'text=-'], /only one report can go to stdout/],
    [['--output', 'json'], /--output: "json" is not <format>=<path>/],
    [['--output', 'json='], /--output: "json=" is not <format>=<path>/],
    [['--output', 'pdf=x.pdf'], /--output: "pdf" is not one of sarif, json, html, text/],
    [['--output', 'json=a.json', '--output', 'json=b.json'], /--output: json is given twice/],
    [['--format', 'json', '--sarif-category', 'aks-audit/plan'], /--sarif-category applies to the SARIF report: add sarif to --format/],
    [['--sarif-category', ''], /--sarif-category: "" is not a category/],
    [['--sarif-category', 'aks audit'], /--sarif-category: "aks audit" is not a category/],
    [['--sarif-category', '/aks-audit'], /is not a category/],
    [['--sarif-category', 'aks-audit//plan'], /is not a category/],
    [['--sarif-category', 'aks-audit/plan//'], /is not a category/],
    [['--sarif-category', 'x'.repeat(201)], /--sarif-category: longer than 200 characters/],
  ])('refuses %j: one line, exit 2, nothing written', async (flags, message) => {
    const out = join(workDir(), 'reports');
    const run = await scan('--out', out, ...flags);
    expect(run.code).toBe(2);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(message);
    expect(run.report).toBe('');
    expect(existsSync(out)).toBe(false);
  });
});

describe('--sarif-category', () => {
  const sarifOf = async (...flags: string[]): Promise<Log> => JSON.parse((await scan('--output', 'sarif=-', ...flags)).report) as Log;

  it('sets the run category so scans of one repository do not replace each other, and stays valid for GitHub', async () => {
    const plan = await sarifOf('--sarif-category', 'aks-audit/plan');
    const live = await sarifOf('--sarif-category', 'aks-audit/live');
    expect(plan.runs.map((r) => r.automationDetails?.id)).toEqual(['aks-audit/plan/']);
    expect(live.runs.map((r) => r.automationDetails?.id)).toEqual(['aks-audit/live/']);
    for (const log of [plan, live]) expect([...sarifSchemaErrors(log), ...githubIngestionProblems(log)]).toEqual([]);
  });

  it('takes a trailing slash as GitHub writes it, without doubling it', async () => {
    expect((await sarifOf('--sarif-category', 'aks-audit/manifests/')).runs[0]!.automationDetails?.id).toBe('aks-audit/manifests/');
  });

  it('defaults to aks-audit', async () => {
    expect((await sarifOf()).runs[0]!.automationDetails?.id).toBe('aks-audit/');
  });
});
