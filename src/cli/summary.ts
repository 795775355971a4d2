import type { ScanReport } from '../engine/report.ts';
import { SEVERITIES, type Severity } from '../engine/severity.ts';

/** The few lines a person reads after a scan: verdict counts, coverage, where the reports are. */
export function formatSummary(report: ScanReport, written: string[], failOn: Severity | 'none'): string[] {
  const { byStatus, failuresBySeverity, resources } = report.summary;
  const lines = [
    `aks-audit ${report.tool.version}: ${report.rules.length} rules over ${resources} resources from ${report.sources.length} source(s)`,
    `  fail ${byStatus.fail} (${SEVERITIES.map((s) => `${s} ${failuresBySeverity[s]}`).join(', ')})`,
    `  unknown ${byStatus.unknown}, waived ${byStatus.waived}, not applicable ${byStatus['not-applicable']}, pass ${byStatus.pass}`,
  ];
  const { managed } = report;
  if (managed.mode === 'apart' && managed.findings) lines.push(`  set apart: ${managed.findings} fail/unknown finding(s) on ${managed.resources} AKS-managed resource(s) (not-applicable; managedComponents: judge to judge them)`);
  if (report.config.file !== null) lines.push(`  config: ${report.config.file} (extends ${report.config.extends})`);
  const incomplete = report.sources.filter((s) => s.status !== 'ok');
  if (incomplete.length) lines.push(`  coverage: ${incomplete.length} source(s) not fully read: ${incomplete.map((s) => `${s.target} (${s.code ?? s.status})`).join(', ')}`);
  if (report.unrecognized.length) lines.push(`  not audited: ${report.unrecognized.reduce((n, u) => n + u.count, 0)} resource(s) of ${report.unrecognized.length} type(s) no rule reads`);
  for (const crash of report.crashes) lines.push(`  error: rule ${crash.ruleId} failed: ${crash.message}`);
  for (const path of written) lines.push(`  wrote ${path}`);
  if (failOn !== 'none') lines.push(`  failing at or above: ${failOn}`);
  return lines;
}
