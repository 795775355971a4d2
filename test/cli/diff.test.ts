import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { baselineEstates, SCAN, type Estates } from '../helpers/baseline-estates.ts';
import { runMain, workDir } from './run-main.ts';

/** `aks-audit diff OLD NEW`: the same comparison as --baseline, between two reports, as text, JSON or Markdown. */
let estates: Estates;
let prJson: string;
let prSarif: string;

beforeAll(async () => {
  estates = await baselineEstates();
  const out = join(estates.dir, 'pr-reports');
  await runMain('scan', '--input', estates.pr, '--out', out, '--format', 'json,sarif', '--fail-on', 'none', ...SCAN);
  prJson = join(out, 'aks-audit.json');
  prSarif = join(out, 'aks-audit.sarif');
}, 60_000);

interface DiffJson {
  before: { file: string; format: string };
  after: { file: string; format: string };
  notes: string[];
  counts: Record<string, number>;
  new: { finding: { ruleId: string; resource: { name: string } }; was: string }[];
  fixed: { ruleId: string; resource: { name: string }; now: string }[];
}

describe('aks-audit diff', () => {
  it('text: counts, then each new and fixed failure with rule, resource and message; exit 1 for new failures', async () => {
    const run = await runMain('diff', estates.mainJson, prJson);
    expect(run.code).toBe(1);
    expect(run.stdout[0]).toBe(`aks-audit diff ${estates.mainJson} (json) -> ${prJson} (json)`);
    expect(run.stdout[1]).toBe('  4 new failure(s), 4 fixed, 0 changed status, 0 changed severity, 15 unchanged');
    const at = (title: string) => run.stdout.indexOf(title);
    expect(run.stdout.slice(at('New failures:') + 1, at('Fixed:'))).toEqual([
      expect.stringMatching(/^ {2}high {5}aks-local-accounts-disabled {2}aks-same: .*local accounts/i),
      expect.stringMatching(/^ {2}high {5}platform-private-connectivity {2}stsameweu2: Storage account stsameweu2 /),
      expect.stringMatching(/^ {2}medium {3}storage-geo-replicated {2}stsameweu2: /),
      expect.stringMatching(/^ {2}medium {3}storage-shared-key-access-disabled {2}stsameweu2: /),
    ]);
    expect(run.stdout.slice(at('Fixed:') + 1)).toEqual([
      expect.stringMatching(/^ {2}high {5}platform-private-connectivity {2}stsameweu: .* \(now absent\)$/),
      expect.stringMatching(/^ {2}medium {3}aks-azure-policy-addon-enabled {2}aks-same: .* \(now pass\)$/),
      expect.stringMatching(/^ {2}medium {3}storage-geo-replicated {2}stsameweu: .* \(now absent\)$/),
      expect.stringMatching(/^ {2}medium {3}storage-shared-key-access-disabled {2}stsameweu: .* \(now absent\)$/),
    ]);
  });

  it('json: the same, for tools', async () => {
    const run = await runMain('diff', estates.mainJson, prJson, '--format', 'json');
    const diff = JSON.parse(run.stdout.join('\n')) as DiffJson;
    expect(diff.before).toEqual({ file: estates.mainJson, format: 'json' });
    expect(diff.counts).toEqual({ new: 4, fixed: 4, changedStatus: 0, changedSeverity: 0, unchanged: 15 });
    expect(diff.new.map(({ finding, was }) => [finding.ruleId, finding.resource.name, was])).toEqual([['aks-local-accounts-disabled', 'aks-same', 'pass'], ['platform-private-connectivity', 'stsameweu2', 'absent'], ['storage-geo-replicated', 'stsameweu2', 'absent'], ['storage-shared-key-access-disabled', 'stsameweu2', 'absent']]);
    expect(diff.fixed.map((f) => f.now)).toEqual(['absent', 'pass', 'absent', 'absent']);
  });

  it('markdown to a file: tables a pull-request comment can hold', async () => {
    const file = join(workDir(), 'diff.md');
    const run = await runMain('diff', estates.mainSarif, prJson, '--format', 'markdown', '--out', file);
    expect(run.stdout).toEqual([]);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('**4 new failure(s)**, 4 fixed');
    expect(text).toContain('### New failures (4)\n\n| Severity | Rule | Resource | Finding | Change |\n| --- | --- | --- | --- | --- |\n| high | `aks-local-accounts-disabled` | aks-same |');
    expect(text).toContain('is SARIF, which holds failures only');
  });

  it('says when a side is SARIF, and compares SARIF with SARIF', async () => {
    const run = await runMain('diff', estates.mainSarif, prSarif);
    expect(run.stdout[1]).toBe('  4 new failure(s), 4 fixed, 0 changed status, 0 changed severity, 15 unchanged');
    expect(run.stdout[2]).toBe(`  note: ${estates.mainSarif} and ${prSarif} are SARIF, which holds failures only (and waived ones): other statuses are not compared, and a failure no longer there is counted fixed though it may be unknown`);
  });

  it('exits 0 when nothing new fails at or above --fail-on, and for a report against itself', async () => {
    expect((await runMain('diff', estates.mainJson, prJson, '--fail-on', 'critical')).code).toBe(0);
    expect((await runMain('diff', estates.mainJson, prJson, '--fail-on', 'high')).code).toBe(1);
    const same = await runMain('diff', estates.mainJson, estates.mainSarif);
    expect([same.code, same.stdout[1]]).toEqual([0, '  0 new failure(s), 0 fixed, 0 changed status, 0 changed severity, 19 unchanged']);
  });

  it('refuses a report it cannot read, and wrong arguments, with one line and exit 2', async () => {
    const bad = join(workDir(), 'bad.json');
    const run = await runMain('diff', bad, prJson);
    expect(run.code).toBe(2);
    expect(run.stderr).toEqual([expect.stringMatching(new RegExp(`^aks-audit: ${bad}: ENOENT`))]);
    expect((await runMain('diff', prJson)).stderr).toEqual(['aks-audit: diff takes two reports, the old one and the new one (got 1; see aks-audit diff --help)']);
    expect((await runMain('diff', prJson, prJson, '--format', 'html')).stderr).toEqual(['aks-audit: --format: "html" is not one of text, json, markdown']);
  });

  it('documents itself under --help and help diff, exit codes included', async () => {
    for (const args of [['diff', '--help'], ['help', 'diff']]) {
      const run = await runMain(...args);
      expect(run.code).toBe(0);
      expect(run.stdout[0]).toBe('Usage: aks-audit diff <old-report> <new-report> [options]');
      expect(run.stdout).toContain('  1  new failures at or above --fail-on');
    }
  });
});
