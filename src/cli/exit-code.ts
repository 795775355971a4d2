import type { Finding } from '../engine/finding.ts';
import type { ScanReport } from '../engine/report.ts';
import { atLeast, type Severity } from '../engine/severity.ts';
import { pushTo } from '../lib/maps.ts';
import type { Source } from '../state/snapshot.ts';

/**
 * What `aks-audit scan` exits with (README and `scan --help` say the same):
 * 0 nothing at or above `--fail-on`; 1 findings at or above it (only new ones with
 * `--fail-on-new`), or incomplete coverage with
 * `--fail-on-incomplete`; 2 usage, input or internal error (a rule that crashed included);
 * 3 nothing was read, so nothing was audited (unless `--allow-empty`).
 */
export type ExitCode = 0 | 1 | 2 | 3;

export interface ExitPolicy {
  failOn: Severity | 'none';
  failOnIncomplete: boolean;
  allowEmpty: boolean;
  /** `--fail-on-new`: only failures the baseline did not have count. */
  failOnNew?: boolean;
}

export interface ScanExit {
  code: ExitCode;
  /** Why the scan exits 3, for stderr. */
  reason?: string;
}

export function scanExit(report: ScanReport, policy: ExitPolicy): ScanExit {
  if (report.crashes.length) return { code: 2 };
  const nothing = policy.allowEmpty ? undefined : nothingRead(report.sources);
  if (nothing) return { code: 3, reason: nothing };
  if (policy.failOnIncomplete && report.sources.some((s) => s.status !== 'ok')) return { code: 1 };
  return { code: report.findings.some((f) => failsGate(f, policy)) ? 1 : 0 };
}

/** Whether a finding is one the exit code counts: a failure at or above `--fail-on` (and new, with `--fail-on-new`). */
export function failsGate(f: Finding, policy: Pick<ExitPolicy, 'failOn' | 'failOnNew'>): boolean {
  return policy.failOn !== 'none' && f.status === 'fail' && atLeast(f.severity, policy.failOn) && (!policy.failOnNew || f.baseline === 'new');
}

/**
 * Why the scan read nothing, or undefined when it read something. Reading something means a source
 * gave at least one resource or Kubernetes object: every source counts what it gave, whatever its
 * kind (files, subscriptions, clusters), and one that failed or was skipped gave none. So an empty
 * folder, a folder whose every file was skipped, a live scan whose credential failed or whose
 * subscription listing was refused, and a cluster that could not be reached all read nothing: a
 * report of zero failures from them would look like a clean estate in a pipeline.
 */
export function nothingRead(sources: readonly Source[]): string | undefined {
  if (sources.some((s) => s.resources > 0)) return undefined;
  if (sources.length === 0) return 'nothing was read, so nothing was audited: the inputs hold no file to read';
  // Sources that failed alike (every subscription behind one expired secret) are named together, once.
  const byReason = new Map<string, string[]>();
  for (const source of sources) pushTo(byReason, whyEmpty(source), source.target);
  const shown = [...byReason].slice(0, SHOWN).map(([reason, targets]) => `${few(targets)}: ${reason}`);
  if (byReason.size > SHOWN) shown.push(`and ${byReason.size - SHOWN} other reason(s)`);
  return `nothing was read, so nothing was audited: ${shown.join('; ')}`;
}

const SHOWN = 3;

function whyEmpty(source: Source): string {
  const what = source.status === 'ok' ? 'no resources in it' : `${source.status}, ${source.code ?? 'error'}`;
  return source.message ? `${what} (${source.message})` : what;
}

function few(targets: string[]): string {
  return targets.length > SHOWN ? `${targets.slice(0, SHOWN).join(', ')} and ${targets.length - SHOWN} more` : targets.join(', ');
}
