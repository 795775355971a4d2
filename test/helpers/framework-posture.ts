import type { ControlPosture, FrameworkPosture, ReportHistory, RecordedFinding, ScanReport, Score } from '../../src/engine/report.ts';
import type { Finding } from '../../src/engine/finding.ts';

/**
 * The posture the frameworks layer reports, worked out here from a report's findings and the
 * catalogue's CIS AKS ids, so the reporters are tested against the shared interface with real
 * counts: a control with no rule is manual, one whose findings all pass passes, any failure
 * fails it, an unknown without a failure makes it unknown.
 */
export function cisPosture(report: ScanReport, extraControls: ControlPosture[] = []): FrameworkPosture {
  const byControl = new Map<string, string[]>();
  for (const rule of report.rules) for (const id of rule.compliance.cisAks ?? []) byControl.set(id, [...(byControl.get(id) ?? []), rule.id]);
  const controls = [...byControl].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })).map(([id, rules]) => controlOf(id, rules, report.findings.filter((f) => rules.includes(f.ruleId))));
  controls.push({ id: '3.1.1', section: '3 Worker Nodes', title: 'Ensure that the kubeconfig file permissions are set to 644 or more restrictive', automated: false, status: 'manual', rules: [], counts: zero(), reason: 'Checked on the nodes, which a scan of the control plane cannot read' }, ...extraControls);
  const clusters = report.clusters.map((c) => ({ id: c.id, name: c.name, score: scoreOf(controls.map((k) => controlOf(k.id, k.rules, report.findings.filter((f) => k.rules.includes(f.ruleId) && (f.resource.id === c.id || f.resource.parent?.id === c.id))))) }));
  const subscriptions = [...new Set(report.clusters.map((c) => c.subscriptionId ?? ''))].map((id) => ({ id, name: `contoso-${id.slice(0, 4)}`, score: scoreOf(controls) }));
  return { id: 'cis-aks', name: 'CIS Azure Kubernetes Service Benchmark', version: '1.7.0', score: scoreOf(controls), bySubscription: subscriptions, byCluster: clusters, controls };
}

function zero(): ControlPosture['counts'] {
  return { pass: 0, fail: 0, unknown: 0, waived: 0, notApplicable: 0 };
}

function controlOf(id: string, rules: string[], findings: Finding[]): ControlPosture {
  const counts = zero();
  for (const f of findings) counts[f.status === 'not-applicable' ? 'notApplicable' : f.status]++;
  if (rules.length === 0) return { id, section: id.split('.')[0]!, title: `Control ${id}`, automated: false, status: 'manual', rules, counts };
  const status = counts.fail ? 'fail' : counts.unknown ? 'unknown' : counts.waived ? 'waived' : counts.pass ? 'pass' : 'not-applicable';
  return { id, section: `${id.split('.')[0]} Managed services`, title: `Control ${id} (${rules.join(', ')})`, automated: true, status, rules, counts, ...(status === 'unknown' ? { reason: 'A finding could not be judged' } : {}) };
}

function scoreOf(controls: ControlPosture[]): Score {
  const passed = controls.filter((c) => c.status === 'pass').length;
  const evaluated = controls.filter((c) => c.automated && c.status !== 'unknown').length;
  return { passed, evaluated, total: controls.length, percent: controls.length ? (passed / controls.length) * 100 : 0 };
}

export function recorded(f: Finding): RecordedFinding {
  return { fingerprint: f.fingerprint, ruleId: f.ruleId, status: f.status, severity: f.severity, resource: { id: f.resource.id, name: f.resource.name }, ...(f.part ? { part: f.part } : {}), message: f.message };
}

/** Three weekly runs before this one, the score falling to this run's, with this run's failures split into new and regressed. */
export function weeklyHistory(report: ScanReport, score: number): ReportHistory {
  const fails = report.findings.filter((f) => f.status === 'fail');
  const runs = ['2026-11-01', '2026-11-08', '2026-11-15', report.asOf.slice(0, 10)].map((day, i) => ({ at: `${day}T06:00:00.000Z`, asOf: `${day}T00:00:00.000Z`, scores: { 'cis-aks': score + (3 - i) * 8 }, failures: fails.length + 6 - i * 2 }));
  return {
    location: '/var/lib/aks-audit/history',
    runs,
    previous: { at: runs[2]!.at, asOf: runs[2]!.asOf },
    sincePrevious: {
      new: fails.slice(0, 1).map((f) => ({ ...recorded(f), was: 'not-failing' as const })),
      regressed: fails.slice(1, 2).map((f) => ({ ...recorded(f), fixedAt: '2026-11-08T00:00:00.000Z' })),
      fixed: [],
      controls: [],
    },
    openSince: Object.fromEntries(fails.map((f) => [f.fingerprint, '2026-11-08T06:00:00.000Z'])),
  };
}
