import type { Status } from '../engine/finding.ts';
import type { BaselineComparison, FixedFinding, RecordedFinding, ScanReport } from '../engine/report.ts';
import type { Severity } from '../engine/severity.ts';

/**
 * Baselines and diffs: two sets of findings matched by fingerprint (engine/fingerprint.ts), so
 * order, wording, evidence and severity never make a finding new. Failures are the subject: a
 * failure is new when the other side did not fail it (whether it passed, was unknown, or was not
 * there), and fixed only when it now passes, is not applicable or is gone; a failure that became
 * unknown or waived is neither, and is listed as changed status.
 */

/** Findings read back from a report of ours (cli/report-file.ts). */
export interface RecordedReport {
  file: string;
  /** `sarif` holds failures only (and waived ones, as suppressed results). */
  format: 'json' | 'sarif';
  findings: RecordedFinding[];
  /** What the reader had to assume (fingerprints computed for an older report, results SARIF left out). */
  notes: string[];
}

export interface Changes {
  /** Failing now, not failing before: `was` its status then, or `absent`. */
  new: { finding: RecordedFinding; was: Status | 'absent' }[];
  fixed: FixedFinding[];
  /** Failing before, now unknown or waived: `finding` is as it is now. */
  changedStatus: { finding: RecordedFinding; was: 'fail' }[];
  /** Failing in both, at another severity: `finding` as it is now. */
  changedSeverity: { finding: RecordedFinding; was: Severity }[];
  unchanged: RecordedFinding[];
}

export function compareFindings(before: readonly RecordedFinding[], now: readonly RecordedFinding[]): Changes {
  const old = byFingerprint(before);
  const current = byFingerprint(now);
  const changes: Changes = { new: [], fixed: [], changedStatus: [], changedSeverity: [], unchanged: [] };
  for (const finding of current.values()) {
    const was = old.get(finding.fingerprint);
    if (finding.status === 'fail') {
      if (was?.status !== 'fail') changes.new.push({ finding, was: was?.status ?? 'absent' });
      else if (was.severity !== finding.severity) changes.changedSeverity.push({ finding, was: was.severity });
      else changes.unchanged.push(finding);
    } else if (was?.status === 'fail') {
      if (finding.status === 'unknown' || finding.status === 'waived') changes.changedStatus.push({ finding, was: 'fail' });
      else changes.fixed.push({ ...was, now: finding.status });
    }
  }
  for (const was of old.values()) if (was.status === 'fail' && !current.has(was.fingerprint)) changes.fixed.push({ ...was, now: 'absent' });
  return changes;
}

/**
 * Marks each finding of the report `new` or `existing` against the baseline (a SARIF baseline
 * holds only failures and waived ones, so then only those are marked) and sets `report.baseline`.
 */
export function applyBaseline(report: ScanReport, baseline: RecordedReport): void {
  const old = byFingerprint(baseline.findings);
  let fresh = 0;
  let existing = 0;
  for (const finding of report.findings) {
    if (baseline.format === 'sarif' && !IN_SARIF.has(finding.status)) continue;
    finding.baseline = old.get(finding.fingerprint)?.status === finding.status ? 'existing' : 'new';
    if (finding.status !== 'fail') continue;
    if (finding.baseline === 'new') fresh++;
    else existing++;
  }
  const changes = compareFindings(baseline.findings, report.findings);
  report.baseline = {
    file: baseline.file,
    format: baseline.format,
    counts: { new: fresh, existing, fixed: changes.fixed.length },
    fixed: changes.fixed,
    severityChanged: changes.changedSeverity.map(({ finding, was }) => ({ fingerprint: finding.fingerprint, was })),
  } satisfies BaselineComparison;
}

/** What a SARIF log holds: failures, and waived ones as suppressed results. */
const IN_SARIF = new Set<Status>(['fail', 'waived']);

/** One finding per fingerprint; should a report hold two, the failing one stands for it. */
function byFingerprint(findings: readonly RecordedFinding[]): Map<string, RecordedFinding> {
  const map = new Map<string, RecordedFinding>();
  for (const f of findings) {
    const held = map.get(f.fingerprint);
    if (!held || (held.status !== 'fail' && f.status === 'fail')) map.set(f.fingerprint, f);
  }
  return map;
}
