import type { ScanReport } from '../engine/report.ts';
import { failsGate, type ExitCode, type ExitPolicy } from './exit-code.ts';

/**
 * The run in one line, printed last: what a scheduler's log (a CronJob's, a workflow's) shows and an
 * alert can match. It starts with what the exit code stands for, so a red run says why (failures,
 * incomplete coverage, nothing read, an error) without opening a report; the counts follow.
 */
export function statusLine(report: ScanReport, exit: ExitCode, policy: ExitPolicy): string {
  const { byStatus } = report.summary;
  const gated = report.findings.filter((f) => failsGate(f, policy)).length;
  const complete = report.sources.filter((s) => s.status === 'ok').length;
  const parts = [
    policy.failOn === 'none' ? `${byStatus.fail} failure(s), none gated (--fail-on none)` : `${byStatus.fail} failure(s), ${gated} at or above ${policy.failOn}${policy.failOnNew ? ' and new' : ''}`,
    `${byStatus.unknown} unknown`,
    // How much was read: a drop from one week to the next (an identity that lost a role assignment) shows here.
    `${report.summary.resources} resource(s) from ${coverage(complete, report.sources.length)}`,
    // Each framework's score, for a scheduler's log to keep week after week.
    ...(report.frameworks ?? []).map((f) => `${f.id} ${f.score.percent}%`),
  ];
  if (report.waivers.expired.length) parts.push(`${report.waivers.expired.length} waiver(s) expired`);
  if (report.crashes.length) parts.push(`${report.crashes.length} rule(s) crashed`);
  return `aks-audit status: ${outcome(exit, gated > 0, complete < report.sources.length)} (exit ${exit}): ${parts.join(', ')}`;
}

function outcome(exit: ExitCode, failing: boolean, incomplete: boolean): string {
  if (exit === 0) return 'ok';
  if (exit === 2) return 'error';
  if (exit === 3) return 'nothing read';
  // Exit 1 is for failures at or above --fail-on, or for incomplete coverage with --fail-on-incomplete: say which.
  return [failing ? 'failing' : '', incomplete ? 'incomplete' : ''].filter(Boolean).join(' and ');
}

function coverage(complete: number, sources: number): string {
  if (sources === 0) return 'no source';
  return complete === sources ? `all ${sources} source(s) read completely` : `${complete} of ${sources} source(s) read completely`;
}
