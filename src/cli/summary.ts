import type { Finding } from '../engine/finding.ts';
import type { ControlStatus, FrameworkPosture, ScanReport } from '../engine/report.ts';
import { SEVERITIES, type Severity } from '../engine/severity.ts';
import { failuresMostSevereFirst } from '../reporters/failures.ts';
import { placeOf } from '../reporters/location.ts';
import type { Span, StyledLine } from './colour.ts';

/** Failing findings named after a scan; the rest are counted, and are in the reports. */
export const SUMMARY_FAILURES = 10;

/**
 * The lines a person reads after a scan: the failing findings (most severe first, capped), the
 * verdict counts, coverage problems, where the reports are. `fullReport` is where the failures
 * left out are listed (a written report, or the one on standard output), when there is one.
 */
export function formatSummary(report: ScanReport, written: string[], failOn: Severity | 'none', fullReport?: string): StyledLine[] {
  const { byStatus, failuresBySeverity, resources } = report.summary;
  const lines: StyledLine[] = [`aks-audit ${report.tool.version}: ${report.rules.length} rules over ${resources} resources from ${report.sources.length} source(s)`];
  const ranked = failuresMostSevereFirst(report.findings);
  // With a baseline, the failures the change adds come first: they are what it is gated on.
  const failing = report.baseline ? [...ranked.filter((f) => f.baseline === 'new'), ...ranked.filter((f) => f.baseline !== 'new')] : ranked;
  if (failing.length) lines.push('  failing, most severe first:');
  for (const f of failing.slice(0, SUMMARY_FAILURES)) lines.push(...failureLines(f));
  const more = failing.length - SUMMARY_FAILURES;
  if (more > 0) lines.push(`    and ${more} more ${fullReport ? `(see ${fullReport})` : '(write a report to see them all: --format text)'}`);
  lines.push(
    [`  fail ${byStatus.fail} (`, ...SEVERITIES.flatMap((s, i): Span[] => [i ? ', ' : '', failuresBySeverity[s] ? { text: `${s} ${failuresBySeverity[s]}`, tone: s } : `${s} 0`]), ')'],
    `  unknown ${byStatus.unknown}, waived ${byStatus.waived}, not applicable ${byStatus['not-applicable']}, pass ${byStatus.pass}`,
  );
  const { managed } = report;
  if (managed.mode === 'apart' && managed.findings) lines.push(`  set apart: ${managed.findings} fail/unknown finding(s) on ${managed.resources} AKS-managed resource(s) (not-applicable; managedComponents: judge to judge them)`);
  if (report.config.file !== null) lines.push(`  config: ${report.config.file} (extends ${report.config.extends})`);
  for (const f of report.frameworks ?? []) lines.push(postureLine(f));
  const w = report.waivers;
  if (w.declared) lines.push(`  waivers: ${w.declared} declared, ${byStatus.waived} failure(s) waived; expired ${w.expired.length}, unused ${w.unused.length}, invalid ${w.invalid.length}, expiring within 30 days ${w.expiringSoon.length}`);
  const incomplete = report.sources.filter((s) => s.status !== 'ok');
  if (incomplete.length) lines.push(`  coverage: ${incomplete.length} source(s) not fully read: ${incomplete.map((s) => `${s.target} (${s.code ?? s.status})`).join(', ')}`);
  if (report.unrecognized.length) lines.push(`  not audited: ${report.unrecognized.reduce((n, u) => n + u.count, 0)} resource(s) of ${report.unrecognized.length} type(s) no rule reads`);
  if (report.baseline) lines.push(`  baseline ${report.baseline.file}: ${report.baseline.counts.new} new failure(s), ${report.baseline.counts.existing} existing, ${report.baseline.counts.fixed} fixed`);
  for (const crash of report.crashes) lines.push(`  error: rule ${crash.ruleId} failed: ${crash.message}`);
  for (const path of written) lines.push(`  wrote ${path}`);
  if (failOn !== 'none') lines.push(`  failing at or above: ${failOn}`);
  return lines;
}

/** `CIS ... 1.8.0: 7.8% (4 of 51 controls pass; 23 fail, 0 unknown, 24 manual)`: what keeps the score down, in words. */
function postureLine(f: FrameworkPosture): string {
  const count = (status: ControlStatus) => f.controls.filter((c) => c.status === status).length;
  const { passed, total, percent } = f.score;
  return `  ${f.name} ${f.version}: ${percent}% (${passed} of ${total} controls pass; ${count('fail')} fail, ${count('unknown')} unknown, ${count('manual')} manual)`;
}

/** The longest severity's name, `critical`: the rule ids line up after it. */
const SEVERITY_WIDTH = 8;

/** `critical  <rule>  <resource>  <file:line>`, then the message beneath it. */
function failureLines(f: Finding): StyledLine[] {
  const place = placeOf(f);
  return [
    [
      '    ',
      { text: f.severity, tone: f.severity },
      `${' '.repeat(SEVERITY_WIDTH - f.severity.length)}  ${f.ruleId}  ${f.part === undefined ? f.resource.name : `${f.resource.name} (${f.part})`}${f.baseline === 'new' ? '  [new]' : ''}`,
      ...(place ? ['  ', { text: `${place.file}:${place.line}`, tone: 'dim' } as const] : []),
    ],
    `${' '.repeat(14)}${f.message}`,
  ];
}
