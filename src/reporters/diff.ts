import type { RecordedFinding } from '../engine/report.ts';
import { rank } from '../engine/severity.ts';
import { showControls } from '../lib/control-characters.ts';
import type { Changes, RecordedReport } from '../policy/baseline.ts';
import { markdownText } from './markdown-text.ts';

/** `aks-audit diff` in the three forms it writes: text for a terminal or CI log, JSON for tools, Markdown for a pull-request comment. */
export const DIFF_FORMATS = ['text', 'json', 'markdown'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface Diff {
  before: RecordedReport;
  after: RecordedReport;
  changes: Changes;
}

export function renderDiff(diff: Diff, format: DiffFormat): string {
  const sorted = sortedChanges(diff.changes);
  if (format === 'json') return `${JSON.stringify(diffJson(diff, sorted), null, 2)}\n`;
  return `${(format === 'markdown' ? markdown : text)(diff, sorted).join('\n')}\n`;
}

function diffJson({ before, after }: Diff, changes: Changes): object {
  const side = ({ file, format }: RecordedReport) => ({ file, format });
  return { before: side(before), after: side(after), notes: notesOf(before, after), counts: countsOf(changes), ...changes };
}

function text({ before, after }: Diff, changes: Changes): string[] {
  const line = (f: RecordedFinding, tail: string) => showControls(`  ${f.severity.padEnd(8)} ${f.ruleId}  ${named(f)}: ${f.message}${tail}`);
  const counts = countsOf(changes);
  return [
    showControls(`aks-audit diff ${before.file} (${before.format}) -> ${after.file} (${after.format})`),
    `  ${counts.new} new failure(s), ${counts.fixed} fixed, ${counts.changedStatus} changed status, ${counts.changedSeverity} changed severity, ${counts.unchanged} unchanged`,
    ...notesOf(before, after).map((note) => showControls(`  note: ${note}`)),
    ...section('New failures', changes.new.map(({ finding, was }) => line(finding, was === 'absent' ? '' : ` (was ${was})`))),
    ...section('Fixed', changes.fixed.map((f) => line(f, ` (now ${f.now})`))),
    ...section('Changed status', changes.changedStatus.map(({ finding }) => line(finding, ` (fail -> ${finding.status})`))),
    ...section('Changed severity', changes.changedSeverity.map(({ finding, was }) => line(finding, ` (was ${was})`))),
  ];
}

function section(title: string, lines: string[]): string[] {
  return lines.length ? [`${title}:`, ...lines] : [];
}

function markdown({ before, after }: Diff, changes: Changes): string[] {
  const counts = countsOf(changes);
  const table = (title: string, rows: { finding: RecordedFinding; change: string }[]): string[] =>
    rows.length === 0
      ? []
      : [
          '',
          `### ${title} (${rows.length})`,
          '',
          '| Severity | Rule | Resource | Finding | Change |',
          '| --- | --- | --- | --- | --- |',
          ...rows.map(({ finding: f, change }) => `| ${f.severity} | \`${f.ruleId}\` | ${markdownText(named(f))} | ${markdownText(f.message)} | ${change} |`),
        ];
  return [
    '## aks-audit diff',
    '',
    `${markdownText(before.file)} (${before.format}) → ${markdownText(after.file)} (${after.format}): **${counts.new} new failure(s)**, ${counts.fixed} fixed, ${counts.changedStatus} changed status, ${counts.changedSeverity} changed severity, ${counts.unchanged} unchanged.`,
    ...notesOf(before, after).map((note) => `\n> ${markdownText(note)}`),
    ...table('New failures', changes.new.map(({ finding, was }) => ({ finding, change: was === 'absent' ? 'new' : `was ${was}` }))),
    ...table('Fixed', changes.fixed.map((finding) => ({ finding, change: `now ${finding.now}` }))),
    ...table('Changed status', changes.changedStatus.map(({ finding }) => ({ finding, change: `fail → ${finding.status}` }))),
    ...table('Changed severity', changes.changedSeverity.map(({ finding, was }) => ({ finding, change: `${was} → ${finding.severity}` }))),
  ];
}

function named(f: RecordedFinding): string {
  return f.part === undefined ? f.resource.name : `${f.resource.name} ${f.part}`;
}

/** What a side cannot tell: SARIF holds failures only (and waived ones), so a failure it no longer has may pass or be unknown. */
function notesOf(before: RecordedReport, after: RecordedReport): string[] {
  const sarif = [before, after].filter((r) => r.format === 'sarif').map((r) => r.file);
  return [
    ...before.notes,
    ...after.notes,
    ...(sarif.length ? [`${sarif.join(' and ')} ${sarif.length > 1 ? 'are' : 'is'} SARIF, which holds failures only (and waived ones): other statuses are not compared, and a failure no longer there is counted fixed though it may be unknown`] : []),
  ];
}

function countsOf(changes: Changes): Record<keyof Changes, number> {
  return { new: changes.new.length, fixed: changes.fixed.length, changedStatus: changes.changedStatus.length, changedSeverity: changes.changedSeverity.length, unchanged: changes.unchanged.length };
}

/** Most severe first, then by rule and resource: the same two reports give the same output whatever their order. */
function sortedChanges(changes: Changes): Changes {
  const order = (a: RecordedFinding, b: RecordedFinding) => rank(b.severity) - rank(a.severity) || a.ruleId.localeCompare(b.ruleId) || a.resource.id.localeCompare(b.resource.id) || (a.part ?? '').localeCompare(b.part ?? '');
  const byFinding = <T extends { finding: RecordedFinding }>(list: T[]) => list.toSorted((a, b) => order(a.finding, b.finding));
  return {
    new: byFinding(changes.new),
    fixed: changes.fixed.toSorted(order),
    changedStatus: byFinding(changes.changedStatus),
    changedSeverity: byFinding(changes.changedSeverity),
    unchanged: changes.unchanged.toSorted(order),
  };
}
