import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atLeast, type Severity } from '../../src/engine/severity.ts';
import { readJsonReport } from '../helpers/report.ts';
import pkg from '../../package.json' with { type: 'json' };
import { runMain, workDir } from './run-main.ts';

const PUBLIC_OPEN = 'fixtures/inputs/cluster-public-api-server.json';
const HARDENED = 'fixtures/inputs/cluster-resource.json';
const SUB = '4f1c2a36-9d2e-4b8f-a6c1-2f0e8d7b5c91';

/** Scans into a fresh folder with the JSON report; returns the run and the parsed report. */
async function scan(input: string, ...flags: string[]) {
  const out = join(workDir(), 'reports');
  const run = await runMain('scan', '--input', input, '--format', 'json', '--out', out, ...flags);
  const path = join(out, 'aks-audit.json');
  const report = existsSync(path) ? readJsonReport(path) : undefined;
  return { run, report, out };
}

const failsAtOrAbove = (report: ReturnType<typeof readJsonReport>, failOn: Severity) => report.findings.some((f) => f.status === 'fail' && atLeast(f.severity, failOn));

describe('aks-audit scan: exit codes', () => {
  it('exits 1 when a failure is at or above --fail-on high (an API server open to the Internet)', async () => {
    const { run, report } = await scan(PUBLIC_OPEN, '--fail-on', 'high');
    expect(run.code).toBe(1);
    expect(report!.findings).toContainEqual(expect.objectContaining({ ruleId: 'aks-api-server-access-restricted', status: 'fail', severity: 'high' }));
  });

  it.each(['critical', 'high', 'medium', 'low', 'info'] as const)('exits 1 exactly when the report has a failure at or above --fail-on %s', async (failOn) => {
    for (const input of [PUBLIC_OPEN, HARDENED]) {
      const { run, report } = await scan(input, '--fail-on', failOn, '--quiet');
      expect(run.code).toBe(failsAtOrAbove(report!, failOn) ? 1 : 0);
    }
  });

  it('exits 0 with --fail-on none whatever fails', async () => {
    const { run, report } = await scan(PUBLIC_OPEN, '--fail-on', 'none');
    expect(report!.summary.byStatus.fail).toBeGreaterThan(0);
    expect(run.code).toBe(0);
  });

  it('defaults --fail-on to high', async () => {
    expect((await scan(PUBLIC_OPEN)).run.code).toBe(1);
  });

  it('exits 0 for an estate with nothing to audit', async () => {
    const input = join(workDir(), 'workspace.json');
    const workspace = { id: `/subscriptions/${SUB}/resourceGroups/rg-ops-prod/providers/Microsoft.OperationalInsights/workspaces/log-prod-weu`, name: 'log-prod-weu', type: 'Microsoft.OperationalInsights/workspaces', location: 'westeurope', properties: { retentionInDays: 90 } };
    writeJson(input, workspace);
    const { run, report } = await scan(input, '--fail-on', 'info');
    expect(run.code).toBe(0);
    expect(report!.unrecognized).toEqual([{ type: 'microsoft.operationalinsights/workspaces', count: 1 }]);
    expect(run.stdout.join('\n')).toMatch(/not audited: 1 resource\(s\) of 1 type\(s\)/);
  });
});

describe('aks-audit scan: options', () => {
  it('writes only the formats asked for', async () => {
    const out = join(workDir(), 'reports');
    expect((await runMain('scan', '--input', HARDENED, '--format', 'json,sarif', '--out', out, '--fail-on', 'none', '--quiet')).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['aks-audit.json', 'aks-audit.sarif']);
  });

  it('writes all three formats by default', async () => {
    const out = join(workDir(), 'reports');
    await runMain('scan', '--input', HARDENED, '--out', out, '--quiet');
    expect(readdirSync(out).sort()).toEqual(['aks-audit.html', 'aks-audit.json', 'aks-audit.sarif']);
  });

  it('prints a summary naming what it wrote, and nothing with --quiet', async () => {
    const { run, out } = await scan(HARDENED, '--fail-on', 'none');
    expect(run.stdout[0]).toMatch(/^aks-audit \S+: \d+ rules over \d+ resources from 1 source\(s\)$/);
    expect(run.stdout).toContain(`  wrote ${join(out, 'aks-audit.json')}`);
    expect((await scan(HARDENED, '--quiet')).run.stdout).toEqual([]);
  });

  it.each([
    ['2026-11-22', '2026-11-22T00:00:00.000Z'],
    ['2027-01-31T12:30:00Z', '2027-01-31T12:30:00.000Z'],
  ])('judges at the --as-of date %s', async (asOf, iso) => {
    expect((await scan(HARDENED, '--as-of', asOf, '--quiet')).report!.asOf).toBe(iso);
  });

  it.each([
    [['--format', 'pdf'], /--format: "pdf" is not one of sarif, json, html/],
    [['--format', ''], /--format/],
    [['--fail-on', 'severe'], /--fail-on: "severe" is not one of critical, high, medium, low, info, none/],
    [['--as-of', 'next tuesday'], /--as-of: "next tuesday" is not a date/],
    [['--bogus'], /unknown option --bogus \(see aks-audit scan --help\)/],
    [['extra.json'], /unexpected argument "extra.json": name input files with --input/],
    [['--snapshot', 'snap.json'], /--input and --snapshot cannot be combined/],
  ])('refuses %j as a usage error (exit 2, nothing written)', async (flags, message) => {
    const out = join(workDir(), 'reports');
    const run = await runMain('scan', '--input', HARDENED, '--out', out, ...flags);
    expect(run.code).toBe(2);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('asks for a source when given none', async () => {
    const run = await runMain('scan');
    expect(run.code).toBe(2);
    expect(run.stderr).toEqual(['aks-audit: nothing to scan: give --subscription <id>, --all-subscriptions, --input <file-or-folder>, --terraform <plan-or-folder>, --manifests <file-or-folder>, --helm <chart-dir>, a live cluster (--kubeconfig, --context, --in-cluster) or --snapshot <file>']);
  });
});

describe('aks-audit commands', () => {
  it('prints the scan usage for scan --help', async () => {
    const run = await runMain('scan', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout.join('\n')).toMatch(/^Usage: aks-audit scan \[options\]/);
    expect(run.stdout.join('\n')).toMatch(/--fail-on <severity>/);
    expect(run.stdout.join('\n')).toMatch(/--allow-empty[\s\S]*Exit codes:[\s\S]*\n {2}3 {2}nothing was read/);
  });

  it('prints the general usage for --help and no command', async () => {
    for (const argv of [['--help'], []]) {
      const run = await runMain(...argv);
      expect(run.code).toBe(0);
      expect(run.stdout.join('\n')).toMatch(/aks-audit scan \[options\]/);
    }
  });

  it('lists the rules as a table: id, severity, service, category, frameworks, title', async () => {
    const run = await runMain('rules');
    expect(run.code).toBe(0);
    expect(run.stdout[0]).toMatch(/^ID\s+SEVERITY\s+SERVICE\s+CATEGORY\s+FRAMEWORKS\s+TITLE$/);
    expect(run.stdout).toContainEqual(expect.stringMatching(/^aks-api-server-access-restricted\s+high\s+aks\s+security\s+cis-aks,mcsb,aks-platform-baseline\s+AKS API server is private/));
    for (const line of run.stdout.slice(1)) expect(line).toMatch(/^[a-z0-9-]+\s+(critical|high|medium|low|info)\s+[a-z]+\s+(security|resilience)\s+((cis-aks|mcsb|aks-platform-baseline),?)+\s+\S/);
  });

  it('prints the version from package.json', async () => {
    expect(await runMain('--version')).toEqual({ code: 0, stdout: [pkg.version], stderr: [] });
  });

  it('refuses an unknown command', async () => {
    const run = await runMain('audit');
    expect(run.code).toBe(2);
    expect(run.stderr).toEqual(['aks-audit: unknown command "audit" (try: aks-audit --help)']);
  });
});

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, JSON.stringify(value));
}
