import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import schema from '../../schemas/report.schema.json' with { type: 'json' };
import { ajv } from '../../src/engine/schema-check.ts';
import type { JsonReport } from '../../src/reporters/json.ts';
import { baselineEstates, SCAN, type Estates } from '../helpers/baseline-estates.ts';
import { githubIngestionProblems, sarifSchemaErrors } from '../helpers/github-sarif.ts';
import { runMain, workDir } from './run-main.ts';

/** `scan --baseline` and `--fail-on-new`: a pull request gated on the failures it adds. */
let estates: Estates;

beforeAll(async () => {
  estates = await baselineEstates();
}, 60_000);

const NEW_FAILURES = [['aks-local-accounts-disabled', 'aks-same'], ['platform-private-connectivity', 'stsameweu2'], ['storage-geo-replicated', 'stsameweu2'], ['storage-shared-key-access-disabled', 'stsameweu2']];

async function scanPr(baseline: string, ...flags: string[]) {
  const out = workDir();
  const run = await runMain('scan', '--input', estates.pr, '--out', out, '--baseline', baseline, ...SCAN.filter((f) => f !== '--quiet'), ...flags);
  const read = (file: string) => readFileSync(join(out, file), 'utf8');
  return { ...run, out, json: () => JSON.parse(read('aks-audit.json')) as JsonReport, sarif: () => JSON.parse(read('aks-audit.sarif')) as Log, html: () => read('aks-audit.html') };
}

const named = (report: JsonReport) => new Map(report.resources.map((r) => [r.id, r.name]));

describe.each(['json', 'sarif'] as const)('scan --baseline with a %s report of main', (kind) => {
  let run: Awaited<ReturnType<typeof scanPr>>;
  beforeAll(async () => {
    run = await scanPr(kind === 'json' ? estates.mainJson : estates.mainSarif, '--fail-on-new', '--format', 'sarif,json,html,text');
  });

  it('marks the failures the pull request adds new, and only those', () => {
    const report = run.json();
    const names = named(report);
    const fresh = report.findings.filter((f) => f.status === 'fail' && f.baseline === 'new').map((f) => [f.ruleId, names.get(f.resource)]);
    expect(fresh.sort()).toEqual(NEW_FAILURES);
    expect(report.findings.filter((f) => f.status === 'fail').every((f) => f.baseline !== undefined)).toBe(true);
    // A JSON baseline knows every status; SARIF only failures, so the rest are left unmarked.
    expect(report.findings.some((f) => f.status === 'pass' && f.baseline === 'existing')).toBe(kind === 'json');
  });

  it('lists what it fixed, including the failure of the resource it renamed', () => {
    const { baseline } = run.json();
    expect(baseline).toMatchObject({ format: kind, counts: { new: 4, existing: 15, fixed: 4 } });
    expect(baseline!.fixed.map((f) => [f.ruleId, f.resource.name, f.now]).sort()).toEqual([['aks-azure-policy-addon-enabled', 'aks-same', 'pass'], ['platform-private-connectivity', 'stsameweu', 'absent'], ['storage-geo-replicated', 'stsameweu', 'absent'], ['storage-shared-key-access-disabled', 'stsameweu', 'absent']]);
    expect(baseline!.fixed[0]!.message).not.toBe('');
  });

  it('exits 1 for the new high failures, and says so in the summary, which names them first', () => {
    expect(run.code).toBe(1);
    const named = run.stdout.filter((line) => /^ {4}(critical|high|medium|low|info) /.test(line));
    expect(named.slice(0, 2)).toEqual([expect.stringMatching(/aks-local-accounts-disabled {2}aks-same {2}\[new\]$/), expect.stringMatching(/platform-private-connectivity {2}stsameweu2 {2}\[new\]$/)]);
    // The renamed account's medium failures are new too.
    expect(named.filter((line) => line.includes('[new]')).slice(2)).toEqual([expect.stringMatching(/^ {4}medium .*stsameweu2 {2}\[new\]$/), expect.stringMatching(/^ {4}medium .*stsameweu2 {2}\[new\]$/)]);
    expect(run.stdout).toContain(`  baseline ${kind === 'json' ? estates.mainJson : estates.mainSarif}: 4 new failure(s), 15 existing, 4 fixed`);
  });

  it('writes a JSON report the schema accepts, and SARIF with baselineState that GitHub ingests', () => {
    const validate = ajv.compile(schema);
    expect(validate(run.json()), JSON.stringify(validate.errors)).toBe(true);
    const log = run.sarif();
    expect([...sarifSchemaErrors(log), ...githubIngestionProblems(log)]).toEqual([]);
    const results = log.runs[0]!.results!;
    expect(results.filter((r) => r.baselineState === 'new').map((r) => r.ruleId).sort()).toEqual(NEW_FAILURES.map(([rule]) => rule));
    expect(results.filter((r) => r.baselineState !== 'new').every((r) => r.baselineState === 'unchanged')).toBe(true);
    // Fixed findings are not results (GitHub would alert on them), but run properties.
    expect(results.some((r) => r.baselineState === 'absent')).toBe(false);
    expect((log.runs[0]!.properties!.baseline as { counts: unknown }).counts).toEqual({ new: 4, existing: 15, fixed: 4 });
  });

  it('marks the new failures in the text report', () => {
    const text = readFileSync(join(run.out, 'aks-audit.txt'), 'utf8');
    expect(text.match(/ {2}\[new\]$/gm)).toHaveLength(4);
    expect(text).toContain(': 4 new failure(s) (marked [new]), 15 existing, 4 fixed\n');
  });

  it('shows a "new" badge on each new failure and the fixed ones in the HTML page', () => {
    const page = run.html();
    expect(page.match(/<span class="badge new"/g)).toHaveLength(4);
    expect(page).toContain('id="baseline"');
    expect(page).toMatch(/<strong>4 new failure\(s\)<\/strong>, 15 existing, 4 fixed/);
    expect(page).toContain('no longer reported');
  });
});

describe('--fail-on-new', () => {
  it('counts only new failures: main against itself exits 0, though it fails at high', async () => {
    const out = workDir();
    const all = await runMain('scan', '--input', 'fixtures/same-estate/arm', '--out', out, ...SCAN);
    const fresh = await runMain('scan', '--input', 'fixtures/same-estate/arm', '--out', out, '--baseline', estates.mainJson, '--fail-on-new', ...SCAN);
    expect([all.code, fresh.code]).toEqual([1, 0]);
  });

  it('applies --fail-on to the new failures', async () => {
    expect((await scanPr(estates.mainJson, '--fail-on-new', '--fail-on', 'critical')).code).toBe(0);
    expect((await scanPr(estates.mainJson, '--fail-on-new', '--fail-on', 'high')).code).toBe(1);
  });

  it('without --fail-on-new a baseline marks findings and leaves the exit code to every failure', async () => {
    expect((await scanPr(estates.mainJson, '--fail-on', 'medium')).code).toBe(1);
  });

  it('needs --baseline', async () => {
    const run = await runMain('scan', '--input', estates.pr, '--fail-on-new');
    expect(run.code).toBe(2);
    expect(run.stderr).toEqual(['aks-audit: --fail-on-new counts failures the baseline does not have: add --baseline <report.json|report.sarif>']);
  });
});

describe('a baseline written before fingerprints', () => {
  it('a schema-3 JSON report and a SARIF log without aksAudit/v1 match as the current ones do', async () => {
    const legacy = JSON.parse(readFileSync(estates.mainJson, 'utf8')) as Omit<JsonReport, 'schemaVersion'> & { schemaVersion: number };
    legacy.schemaVersion = 3;
    for (const f of legacy.findings) delete (f as Partial<typeof f>).fingerprint;
    const legacyJson = join(estates.dir, 'legacy.json');
    writeFileSync(legacyJson, JSON.stringify(legacy));
    const log = JSON.parse(readFileSync(estates.mainSarif, 'utf8')) as Log;
    for (const r of log.runs[0]!.results!) delete r.partialFingerprints!['aksAudit/v1'];
    const legacySarif = join(estates.dir, 'legacy.sarif');
    writeFileSync(legacySarif, JSON.stringify(log));

    for (const file of [legacyJson, legacySarif]) {
      const run = await scanPr(file);
      expect(run.json().baseline!.counts, file).toEqual({ new: 4, existing: 15, fixed: 4 });
    }
    expect((await scanPr(legacyJson)).stdout).toContain(`  note: ${legacyJson} has no fingerprints (schema 3): computed from rule, resource and part`);
  });
});

describe('a baseline that cannot be read', () => {
  const cases: [string, (file: string) => void, RegExp][] = [
    ['truncated JSON', (file) => writeFileSync(file, readFileSync(estates.mainJson, 'utf8').slice(0, 400)), /: line \d+, column \d+: invalid JSON/],
    ['some other JSON', (file) => writeFileSync(file, '{"value": []}'), /: is neither an aks-audit JSON report nor SARIF/],
    ['another tool\'s SARIF', (file) => writeFileSync(file, JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'trivy' } }, results: [] }] })), /: runs\[0\]\.tool\.driver\.name: is "trivy": only aks-audit's own SARIF can be compared/],
    ['a finding with a bad status', (file) => {
      const report = JSON.parse(readFileSync(estates.mainJson, 'utf8')) as JsonReport;
      (report.findings[3] as { status: string }).status = 'failed';
      writeFileSync(file, JSON.stringify(report));
    }, /: findings\[3\]\.status: is not one of fail, unknown, waived, not-applicable, pass$/],
  ];

  it.each(cases)('%s: one line with the file and place, exit 2, no report written', async (_, write, message) => {
    const file = join(workDir(), 'main.json');
    write(file);
    const out = join(workDir(), 'reports');
    const run = await runMain('scan', '--input', estates.pr, '--out', out, '--baseline', file, '--fail-on-new', ...SCAN);
    expect(run.code).toBe(2);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(new RegExp(`^aks-audit: ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}${message.source}`));
    expect(existsSync(out)).toBe(false);
  });
});
