import type { Status } from '../engine/finding.ts';
import type { ControlChange, FixedFinding, ReportHistory, ScanReport } from '../engine/report.ts';
import type { DeclaredWaiver } from '../engine/waivers.ts';
import { HISTORY_SCHEMA_VERSION, type FailureDetail, type RecordedFramework, type RecordedStatus, type RecordedWaiver, type RunRecord } from './record.ts';

/**
 * A run's record and what changed since the previous one. Findings match by fingerprint
 * (engine/fingerprint.ts). A failure is `new` the first time it fails, `regressed` when it fails
 * again after a run had fixed it, and open since the first run of its current streak; a failure
 * that became unknown or waived is not fixed (nothing shows it passes), and its streak ends.
 */
export function nextRecord(report: ScanReport, previous: RunRecord | undefined, keepFixedFrom: string): { record: RunRecord; since: ReportHistory['sincePrevious'] } {
  const now = new Map<string, Status>();
  const findings = new Map<string, RecordedStatus>();
  const failures: Record<string, FailureDetail> = {};
  for (const f of report.findings) {
    // Should a report hold a fingerprint twice, the failing finding stands for it.
    if (now.get(f.fingerprint) === 'fail') continue;
    now.set(f.fingerprint, f.status);
    if (f.status === 'pass' || f.status === 'not-applicable') continue;
    findings.set(f.fingerprint, [f.fingerprint, f.status, f.severity]);
    if (f.status === 'fail') failures[f.fingerprint] = { ruleId: f.ruleId, resource: { id: f.resource.id, name: f.resource.name }, ...(f.part !== undefined ? { part: f.part } : {}), message: f.message };
  }
  const was = new Map((previous?.findings ?? []).map((entry) => [entry[0], entry]));
  const since: ReportHistory['sincePrevious'] = { new: [], fixed: [], regressed: [], controls: [] };
  const openSince: Record<string, string> = {};
  const fixedAt: Record<string, string> = {};
  for (const [fingerprint, date] of Object.entries(previous?.fixedAt ?? {})) if (date >= keepFixedFrom && now.get(fingerprint) !== 'fail') fixedAt[fingerprint] = date;

  for (const [fingerprint, detail] of Object.entries(failures)) {
    const [, , severity] = findings.get(fingerprint)!;
    const before = was.get(fingerprint)?.[1];
    if (before === 'fail') {
      openSince[fingerprint] = previous!.openSince[fingerprint] ?? previous!.asOf;
      continue;
    }
    openSince[fingerprint] = report.asOf;
    if (!previous) continue;
    const finding = { fingerprint, status: 'fail' as const, severity, ...detail };
    const lastFixed = previous.fixedAt[fingerprint];
    if (lastFixed !== undefined && lastFixed >= keepFixedFrom) since.regressed.push({ ...finding, fixedAt: lastFixed });
    else since.new.push({ ...finding, was: before === 'unknown' || before === 'waived' ? before : 'not-failing' });
  }
  for (const [fingerprint, status, severity] of previous?.findings ?? []) {
    if (status !== 'fail') continue;
    const current = now.get(fingerprint);
    if (current === 'fail' || current === 'unknown' || current === 'waived') continue;
    const detail = previous!.failures[fingerprint];
    if (detail) since.fixed.push({ fingerprint, status, severity, ...detail, now: current ?? 'absent' } satisfies FixedFinding);
    fixedAt[fingerprint] = report.asOf;
  }
  const frameworks = frameworksOf(report);
  if (previous && previous.frameworks.length > 0) since.controls = controlChanges(previous.frameworks, frameworks);

  const record: RunRecord = {
    schemaVersion: HISTORY_SCHEMA_VERSION,
    tool: report.tool,
    at: report.generatedAt,
    asOf: report.asOf,
    summary: report.summary,
    findings: [...findings.values()],
    failures,
    openSince,
    fixedAt,
    frameworks,
    waivers: waiversOf(report),
  };
  return { record, since };
}

/** Controls whose status moved, for each framework of this run that the previous run had too. */
function controlChanges(before: RecordedFramework[], now: RecordedFramework[]): ControlChange[] {
  const changes: ControlChange[] = [];
  for (const framework of now) {
    const old = before.find((f) => f.id === framework.id);
    if (!old) continue;
    for (const [control, status] of Object.entries(framework.controls)) {
      const was = old.controls[control] ?? 'absent';
      if (was !== status) changes.push({ framework: framework.id, control, was, now: status });
    }
  }
  return changes;
}

/** What a history keeps of each framework view: its score and each control's status. */
function frameworksOf(report: ScanReport): RecordedFramework[] {
  return (report.frameworks ?? []).map(({ id, name, version, score, controls }) => ({ id, name, version, score, controls: Object.fromEntries(controls.map((c) => [c.id, c.status])) }));
}

function waiversOf(report: ScanReport): RecordedWaiver[] {
  const { applied, expired, unused, invalid, expiringSoon } = report.waivers;
  const soon = new Set(expiringSoon.map(waiverKey));
  const recorded = (state: RecordedWaiver['state']) => (w: DeclaredWaiver): RecordedWaiver => ({
    rule: w.rule,
    resource: w.resource,
    owner: w.owner,
    expires: w.expires,
    ...(w.ticket !== undefined ? { ticket: w.ticket } : {}),
    state,
    ...(soon.has(waiverKey(w)) ? { expiringSoon: true as const } : {}),
  });
  return [...applied.map(recorded('applied')), ...expired.map(recorded('expired')), ...unused.map(recorded('unused')), ...invalid.map(recorded('invalid'))];
}

function waiverKey(w: DeclaredWaiver): string {
  return JSON.stringify([w.rule, w.resource, w.expires, w.declared.file, w.declared.line]);
}
