import { STATUSES } from '../engine/finding.ts';
import type { FrameworkPosture, ReportHistory, ScanReport } from '../engine/report.ts';
import { rank, SEVERITIES } from '../engine/severity.ts';
import { markdownText as md } from './markdown-text.ts';
import { countsByRule, STATUS_LABEL } from './html/parts.ts';

/** Rows per table: the summary is for a pull request, a wiki page or a mail; the HTML, JSON and CSV reports have the rest. */
export const MARKDOWN_LIMIT = 20;

/**
 * The report in brief, as Markdown: framework scores and their failing controls, the trend and
 * what changed since the last run (with `--history`), failures by severity, the rules failing most,
 * waivers expiring soon, and what the scan could not read. Every input string is escaped.
 */
export function renderMarkdown(report: ScanReport): string {
  const lines = [
    '# AKS audit report',
    '',
    `Judged as of ${report.asOf.slice(0, 10)} (generated ${report.generatedAt}) by ${md(report.tool.name)} ${md(report.tool.version)}: ${report.summary.resources.toLocaleString('en-US')} resources from ${report.sources.length.toLocaleString('en-US')} input(s).`,
    ...incomplete(report),
    ...(report.frameworks ?? []).flatMap(framework),
    ...(report.history ? history(report.history, report.frameworks ?? []) : []),
    '',
    '## Findings',
    '',
    `| ${SEVERITIES.map((s) => `${s[0]!.toUpperCase()}${s.slice(1)}`).join(' | ')} |`,
    `| ${SEVERITIES.map(() => '---:').join(' | ')} |`,
    `| ${SEVERITIES.map((s) => report.summary.failuresBySeverity[s].toLocaleString('en-US')).join(' | ')} |`,
    '',
    `Failures by severity above; by status: ${STATUSES.map((s) => `${STATUS_LABEL[s].toLowerCase()} ${report.summary.byStatus[s].toLocaleString('en-US')}`).join(', ')}.`,
    ...failingRules(report),
    ...expiring(report),
  ];
  return `${lines.join('\n')}\n`;
}

function incomplete(report: ScanReport): string[] {
  const sources = report.sources.filter((s) => s.status !== 'ok');
  if (sources.length === 0 && report.crashes.length === 0) return [];
  return ['', `> **Incomplete scan:** ${sources.length} source(s) not read completely${sources.length ? ` (${sources.slice(0, 5).map((s) => `${md(s.target)}: ${md(s.code ?? s.status)}`).join('; ')}${sources.length > 5 ? '; …' : ''})` : ''}, ${report.crashes.length} rule(s) crashed.`];
}

function framework(f: FrameworkPosture): string[] {
  const open = f.controls.filter((c) => c.status === 'fail' || c.status === 'unknown');
  return [
    '',
    `## ${md(f.name)} ${md(f.version)}: ${f.score.percent.toFixed(0)}%`,
    '',
    `${f.score.passed.toLocaleString('en-US')} of ${f.score.total.toLocaleString('en-US')} controls pass (${f.score.evaluated.toLocaleString('en-US')} evaluated; ${f.controls.filter((c) => c.status === 'manual').length} manual).`,
    ...(open.length
      ? [
          '',
          '| Control | Title | Status | Failing | Unknown |',
          '| --- | --- | --- | ---: | ---: |',
          ...open.slice(0, MARKDOWN_LIMIT).map((c) => `| ${md(c.id)} | ${md(c.title)} | ${c.status} | ${c.counts.fail} | ${c.counts.unknown} |`),
          ...more(open.length),
        ]
      : []),
  ];
}

function history(h: ReportHistory, frameworks: FrameworkPosture[]): string[] {
  const { sincePrevious: since } = h;
  const worse = [...since.new.map((f) => ({ f, change: 'new' })), ...since.regressed.map((f) => ({ f, change: 'regressed' }))];
  return [
    '',
    '## Trend',
    '',
    `| Run | ${frameworks.map((f) => md(f.name)).join(' | ')}${frameworks.length ? ' | ' : ''}Failures |`,
    `| --- | ${frameworks.map(() => '---: | ').join('')}---: |`,
    ...h.runs.slice(-MARKDOWN_LIMIT).map((r) => `| ${r.asOf.slice(0, 10)} | ${frameworks.map((f) => (r.scores[f.id] === undefined ? '' : `${r.scores[f.id]!.toFixed(0)}%`)).join(' | ')}${frameworks.length ? ' | ' : ''}${r.failures.toLocaleString('en-US')} |`),
    '',
    `Since the last run: **${since.new.length.toLocaleString('en-US')} new failure(s)**, ${since.regressed.length.toLocaleString('en-US')} regressed, ${since.fixed.length.toLocaleString('en-US')} fixed.`,
    ...(worse.length
      ? ['', '| Severity | Rule | Resource | Finding | Change |', '| --- | --- | --- | --- | --- |', ...worse.slice(0, MARKDOWN_LIMIT).map(({ f, change }) => `| ${f.severity} | \`${md(f.ruleId)}\` | ${md(f.resource.name)}${f.part ? ` ${md(f.part)}` : ''} | ${md(f.message)} | ${change} |`), ...more(worse.length)]
      : []),
  ];
}

function failingRules(report: ScanReport): string[] {
  const counts = countsByRule(report.findings);
  const failing = report.rules.filter((r) => (counts.get(r.id)?.fail ?? 0) > 0).sort((a, b) => rank(b.severity) - rank(a.severity) || counts.get(b.id)!.fail - counts.get(a.id)!.fail);
  if (failing.length === 0) return [];
  return ['', '## Rules failing', '', '| Severity | Rule | Failing | Unknown |', '| --- | --- | ---: | ---: |', ...failing.slice(0, MARKDOWN_LIMIT).map((r) => `| ${r.severity} | \`${md(r.id)}\` ${md(r.title)} | ${counts.get(r.id)!.fail.toLocaleString('en-US')} | ${counts.get(r.id)!.unknown.toLocaleString('en-US')} |`), ...more(failing.length)];
}

function expiring(report: ScanReport): string[] {
  const soon = report.waivers.expiringSoon;
  if (soon.length === 0) return [];
  return ['', '## Waivers expiring within 30 days', '', '| Expires | Rule | Resource | Owner |', '| --- | --- | --- | --- |', ...soon.slice(0, MARKDOWN_LIMIT).map((w) => `| ${w.expires ?? ''} | ${w.rule ? `\`${md(w.rule)}\`` : ''} | ${md(w.resource)} | ${md(w.owner ?? '(none)')} |`), ...more(soon.length)];
}

function more(total: number): string[] {
  return total > MARKDOWN_LIMIT ? ['', `…and ${(total - MARKDOWN_LIMIT).toLocaleString('en-US')} more in the HTML, JSON and CSV reports.`] : [];
}
