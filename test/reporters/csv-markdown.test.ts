import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runScan } from '../../src/cli/scan.ts';
import type { ScanReport } from '../../src/engine/report.ts';
import { renderCsv } from '../../src/reporters/csv.ts';
import { MARKDOWN_LIMIT, renderMarkdown } from '../../src/reporters/markdown.ts';
import { cisPosture, weeklyHistory } from '../helpers/framework-posture.ts';

const AS_OF = new Date('2026-11-22T00:00:00Z');
const FORMULA = '=HYPERLINK("https://evil.example","click, here")';
const MULTILINE = 'aks-"quoted"\nsecond line | <b>*bold*</b> [x](https://evil.example)';

/** The demo estate scanned by the CLI, with one resource named as a spreadsheet formula and one message spread over lines. */
async function scanned(): Promise<ScanReport> {
  const out = mkdtempSync(join(tmpdir(), 'aks-audit-csv-'));
  const { report } = await runScan({ inputs: ['fixtures/demo/dev', 'fixtures/demo/prod'], formats: [], out, failOn: 'none', asOf: AS_OF, quiet: true }, () => {}, AS_OF);
  rmSync(out, { recursive: true, force: true });
  const findings = report.findings.map((f, i) => (i === 0 ? { ...f, resource: { ...f.resource, name: FORMULA } } : i === 1 ? { ...f, message: MULTILINE } : f));
  return { ...report, findings };
}

/** RFC 4180, as a spreadsheet reads it: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  return rows;
}

let report: ScanReport;
beforeAll(async () => {
  report = await scanned();
});

describe('CSV reporter', () => {
  it('without a framework selected: one row per rule and resource, every status, cells a spreadsheet cannot run', () => {
    // The scan reports every framework's posture when none is selected: the rows are still by rule.
    expect(report.frameworks?.length).toBeGreaterThan(1);
    const [head, ...rows] = parseCsv([...renderCsv(report)].join(''));
    expect(head!.slice(0, 4)).toEqual(['rule_title', 'rule', 'severity', 'status']);
    expect(rows).toHaveLength(report.findings.length);
    const at = (name: string) => head!.indexOf(name);
    expect(new Set(rows.map((r) => r[at('status')]))).toEqual(new Set(report.findings.map((f) => f.status)));
    expect(rows[0]![at('resource_name')]).toBe(`'${FORMULA}`);
    expect(rows[1]![at('message')]).toBe(MULTILINE);
    expect(rows[2]![at('fingerprint')]).toBe(report.findings[2]!.fingerprint);
    expect(rows.every((r) => r.length === head!.length)).toBe(true);
  });

  it('with a framework: one row per control and resource, a row for each manual control, and since when each failure is open', () => {
    const framework = cisPosture(report);
    const history = weeklyHistory(report, framework.score.percent);
    const [head, ...rows] = parseCsv([...renderCsv({ ...report, frameworks: [framework], history }, { frameworks: ['cis-aks'] })].join(''));
    expect(head!.slice(0, 7)).toEqual(['framework', 'framework_version', 'control', 'control_section', 'control_title', 'control_status', 'rule']);
    const at = (name: string) => head!.indexOf(name);
    const expected = framework.controls.reduce((n, c) => n + Math.max(1, report.findings.filter((f) => c.rules.includes(f.ruleId)).length), 0);
    expect(rows).toHaveLength(expected);
    const control = framework.controls.find((c) => c.rules.length > 1 && c.counts.fail > 0)!;
    const ofControl = rows.filter((r) => r[at('control')] === control.id);
    expect(ofControl.map((r) => r[at('fingerprint')]).sort()).toEqual(report.findings.filter((f) => control.rules.includes(f.ruleId)).map((f) => f.fingerprint).sort());
    expect(ofControl.every((r) => r[at('control_status')] === control.status)).toBe(true);
    const manual = rows.find((r) => r[at('control')] === '3.1.1')!;
    expect([manual[at('control_status')], manual[at('rule')], manual[at('resource_id')]]).toEqual(['manual', '', '']);
    const failing = rows.find((r) => r[at('status')] === 'fail')!;
    expect(failing[at('open_since')]).toBe('2026-11-08T06:00:00.000Z');
  });
});

describe('CSV from the CLI', () => {
  it('scan --framework cis-aks --format csv: a row per CIS control and resource, and one for each control with none (the manual ones)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'aks-audit-csv-cli-'));
    try {
      const { report, written } = await runScan({ inputs: ['fixtures/demo/prod'], formats: ['csv'], out, failOn: 'none', asOf: AS_OF, quiet: true, policy: { frameworks: ['cis-aks'], noConfig: true } }, () => {}, AS_OF);
      const [head, ...rows] = parseCsv(readFileSync(written[0]!, 'utf8'));
      const cis = report.frameworks!.find((f) => f.id === 'cis-aks')!;
      const at = (name: string) => head!.indexOf(name);
      expect(new Set(rows.map((r) => r[at('framework')]))).toEqual(new Set(['cis-aks']));
      expect(new Set(rows.map((r) => r[at('control')]))).toEqual(new Set(cis.controls.map((c) => c.id)));
      const manual = cis.controls.filter((c) => c.status === 'manual').map((c) => c.id);
      expect(manual.length).toBeGreaterThan(0);
      expect(rows.filter((r) => r[at('control_status')] === 'manual').map((r) => r[at('control')])).toEqual(manual);
      expect(rows.filter((r) => r[at('resource_id')] !== '')).toHaveLength(cis.controls.reduce((n, c) => n + report.findings.filter((f) => c.rules.includes(f.ruleId)).length, 0));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('Markdown reporter', () => {
  it('sums up findings, failing rules and waivers, escaping input text', () => {
    const text = renderMarkdown({ ...report, rules: report.rules.map((r, i) => (i === 0 ? { ...r, title: MULTILINE } : r)) });
    expect(text).toMatch(/^# AKS audit report\n/);
    const { failuresBySeverity: f } = report.summary;
    expect(text).toContain(`| ${f.critical} | ${f.high} | ${f.medium} | ${f.low} | ${f.info} |`);
    expect(text).not.toContain('## Trend');
    expect(text).not.toMatch(/<b>|(?<!\\)\]\(https/);
    for (const line of text.split('\n').filter((l) => l.startsWith('| '))) expect(line.split(/(?<!\\)\|/).length).toBeGreaterThan(2);
    expect(text.split('\n').filter((l) => l.startsWith('| ') && /`/.test(l)).length).toBeLessThanOrEqual(MARKDOWN_LIMIT);
  });

  it('leads with the framework score and its failing controls, then the trend and what got worse', () => {
    const framework = cisPosture(report);
    const history = weeklyHistory(report, framework.score.percent);
    history.sincePrevious.new[0]!.resource.name = MULTILINE;
    const text = renderMarkdown({ ...report, frameworks: [framework], history });
    expect(text).toContain(`## CIS Azure Kubernetes Service Benchmark 1.7.0: ${framework.score.percent.toFixed(0)}%`);
    const failing = framework.controls.filter((c) => c.status === 'fail');
    for (const c of failing.slice(0, 3)) expect(text).toContain(`| ${c.id} |`);
    expect(text).toContain('## Trend');
    expect(text).toContain(`| ${history.runs[0]!.asOf.slice(0, 10)} | ${history.runs[0]!.scores['cis-aks']!.toFixed(0)}% | ${history.runs[0]!.failures} |`);
    expect(text).toContain('Since the last run: **1 new failure(s)**, 1 regressed, 0 fixed.');
    expect(text).toContain('aks-"quoted" second line &#124; &lt;b&gt;\\*bold\\*&lt;/b&gt; \\[x\\](https://evil.example)');
  });
});
