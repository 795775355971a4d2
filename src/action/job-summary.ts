import type { Finding } from '../engine/finding.ts';
import type { ScanReport } from '../engine/report.ts';
import { SEVERITIES, type Severity } from '../engine/severity.ts';
import { failuresMostSevereFirst } from '../reporters/failures.ts';
import { placeOf } from '../reporters/location.ts';
import type { ExitCode } from '../cli/exit-code.ts';
import { Budget, markdownLink, markdownText, row } from './markdown.ts';
import { checkoutPath, lineUrl, type RunContext } from './run-context.ts';

/** GitHub refuses a step's summary past 1 MiB ("supports content up to 1024k"). */
export const SUMMARY_BYTES = 1024 * 1024;
/** Failures listed in the summary: enough to act on, the rest are in the reports. */
const SUMMARY_FAILURES = 50;
/** Items of each other list (fixed findings, waivers, coverage problems). */
const LIST_ITEMS = 20;
/** Room kept for the lines between the table and the lists. */
const NOTES_ROOM = ' '.repeat(1024);

/** What the gate decided and on what. */
export interface Gate {
  exitCode: ExitCode;
  /** Why the scan failed to judge (exit 2 or 3), for people. */
  problem?: string;
  failOn: Severity | 'none';
  failOnNew: boolean;
  /** Failures the gate counts. */
  failures: number;
}

export interface SummaryInput {
  report: ScanReport;
  gate: Gate;
  context: RunContext;
  category: string;
  reports: string[];
  /** Failures with a place that the annotation limits left out. */
  notAnnotated: number;
  scanMs: number;
  missingBaseline?: string;
}

/**
 * The job summary: the verdict, counts, new and fixed against the baseline, the top failures with
 * links to their lines at the commit scanned, waivers expiring soon and coverage problems. Each list
 * is capped and the failures fill what is left of GitHub's limit, so the summary is never refused.
 */
export function jobSummary(input: SummaryInput): string {
  const { report, context } = input;
  const { byStatus, failuresBySeverity } = report.summary;
  const head = [
    `## ${headline(input.gate)}`,
    '',
    row(['Fail', 'Unknown', 'Waived', 'Not applicable', 'Pass']),
    row(['---:', '---:', '---:', '---:', '---:']),
    row([byStatus.fail, byStatus.unknown, byStatus.waived, byStatus['not-applicable'], byStatus.pass].map(String)),
    '',
    `Failures by severity: ${SEVERITIES.map((s) => `${s} ${failuresBySeverity[s]}`).join(' · ')}`,
    '',
    ...baselineLines(input),
  ];
  const tail = [...fixedLines(report), ...waiverLines(report), ...coverageLines(report), ...footer(input)];
  const budget = new Budget(SUMMARY_BYTES);
  // Every other list is capped and every text in it cut short, so they stay far within the limit.
  budget.spend([...head, ...tail, NOTES_ROOM]);
  const failing = failingFirst(report);
  const table = failuresTable(failing, context, SUMMARY_FAILURES, budget);
  const title = failing.length ? [`### Failures${report.baseline ? ', new first' : ''}, most severe first`, ''] : [];
  const notes = input.notAnnotated ? [`${input.notAnnotated} failure(s) with a file and line are not annotated (GitHub keeps 10 errors and 10 warnings a step): they are in this table or the reports.`, ''] : [];
  return [...head, ...title, ...table, ...notes, ...tail].join('\n') + '\n';
}

/** `❌ aks-audit: 2 new failures at or above high`, and the like for each way a scan ends. */
export function headline(gate: Gate): string {
  const which = gate.failOnNew ? 'new ' : '';
  switch (gate.exitCode) {
    case 0:
      return gate.failOn === 'none' ? '✅ aks-audit: passed (fail-on: none)' : `✅ aks-audit: passed, no ${which}failure at or above ${gate.failOn}`;
    case 1:
      return `❌ aks-audit: failed, ${gate.failures} ${which}failure(s) at or above ${gate.failOn}`;
    case 2:
      return `❌ aks-audit: error, ${markdownText(gate.problem ?? 'a rule failed to run')}`;
    case 3:
      return `❌ aks-audit: ${markdownText(gate.problem ?? 'nothing was read, so nothing was audited')}`;
  }
}

/** The failures, new ones first (what a change is gated on), each group most severe first. */
export function failingFirst(report: ScanReport): Finding[] {
  const ranked = failuresMostSevereFirst(report.findings);
  return report.baseline ? [...ranked.filter((f) => f.baseline === 'new'), ...ranked.filter((f) => f.baseline !== 'new')] : ranked;
}

/** A table of failures, as many as `most` and the budget allow, and a line saying how many more there are. */
export function failuresTable(failures: Finding[], context: RunContext, most: number, budget: Budget): string[] {
  if (!failures.length) return [];
  const lines = [row(['Severity', 'Rule', 'Resource', 'Where', 'Finding']), row(['---', '---', '---', '---', '---'])];
  let shown = 0;
  if (budget.fits(lines[0]!) && budget.fits(lines[1]!)) {
    for (const f of failures.slice(0, most)) {
      const line = findingRow(f, context);
      if (!budget.fits(line)) break;
      lines.push(line);
      shown++;
    }
  }
  const more = failures.length - shown;
  return shown === 0 ? [`${failures.length} failure(s): see the reports.`, ''] : [...lines, '', ...(more > 0 ? [`And ${more} more failure(s): see the reports.`, ''] : [])];
}

function findingRow(f: Finding, context: RunContext): string {
  const place = placeOf(f);
  const path = place && checkoutPath(place.file, context);
  const where = place && path !== undefined ? markdownLink(`${path}:${place.line}`, lineUrl(context, path, place.line)) : '';
  const resource = f.part === undefined ? f.resource.name : `${f.resource.name} (${f.part})`;
  return row([`${f.severity}${f.baseline === 'new' ? ' **new**' : ''}`, markdownText(f.ruleId), markdownText(resource), where, markdownText(f.message)]);
}

function baselineLines({ report, missingBaseline }: SummaryInput): string[] {
  if (missingBaseline !== undefined) return [`Baseline ${markdownText(missingBaseline)} not found: every failure counts (scan the default branch to make one).`, ''];
  const baseline = report.baseline;
  if (!baseline) return [];
  const { counts } = baseline;
  return [`Against the baseline ${markdownText(baseline.file)}: **${counts.new} new**, ${counts.existing} existing, ${counts.fixed} fixed.`, ''];
}

function fixedLines(report: ScanReport): string[] {
  const fixed = report.baseline?.fixed ?? [];
  if (!fixed.length) return [];
  const items = fixed.slice(0, LIST_ITEMS).map((f) => `- ${markdownText(f.ruleId)} on ${markdownText(f.resource.name)}${f.part === undefined ? '' : ` (${markdownText(f.part)})`}: now ${f.now}`);
  return ['### Fixed since the baseline', '', ...items, ...more(fixed.length), ''];
}

function waiverLines(report: ScanReport): string[] {
  const { expiringSoon, expired, invalid } = report.waivers;
  const lines: string[] = [];
  if (expiringSoon.length) {
    lines.push('### Waivers expiring within 30 days', '', row(['Expires', 'Rule', 'Resource', 'Owner', 'Reason']), row(['---', '---', '---', '---', '---']));
    for (const w of expiringSoon.slice(0, LIST_ITEMS)) lines.push(row([w.expires ?? '', markdownText(w.rule ?? ''), markdownText(w.resource), markdownText(w.owner ?? ''), markdownText(w.reason ?? '')]));
    lines.push('', ...more(expiringSoon.length));
  }
  if (expired.length || invalid.length) lines.push(`Waivers no longer waiving: ${expired.length} expired, ${invalid.length} invalid (see the reports).`, '');
  return lines;
}

function coverageLines(report: ScanReport): string[] {
  const incomplete = report.sources.filter((s) => s.status !== 'ok');
  const unread = report.unrecognized.reduce((n, u) => n + u.count, 0);
  if (!incomplete.length && !unread && !report.crashes.length) return [];
  const items = incomplete.slice(0, LIST_ITEMS).map((s) => `- ${markdownText(s.target)}: ${s.status}${s.code ? ` (${markdownText(s.code)})` : ''}${s.message ? `: ${markdownText(s.message)}` : ''}`);
  return [
    '### Coverage problems',
    '',
    ...items,
    ...more(incomplete.length),
    ...(unread ? [`- not audited: ${unread} resource(s) of ${report.unrecognized.length} type(s) no rule reads`] : []),
    ...report.crashes.slice(0, LIST_ITEMS).map((c) => `- rule ${markdownText(c.ruleId)} failed: ${markdownText(c.message)}`),
    '',
  ];
}

function footer({ report, reports, category, scanMs }: SummaryInput): string[] {
  return [`Reports: ${reports.length ? reports.map(markdownText).join(', ') : 'none written'}. SARIF category ${markdownText(category)}. ${markdownText(report.tool.name)} ${markdownText(report.tool.version)}, scanned in ${Math.round(scanMs)} ms.`];
}

function more(total: number): string[] {
  return total > LIST_ITEMS ? [`- and ${total - LIST_ITEMS} more (see the reports)`] : [];
}
