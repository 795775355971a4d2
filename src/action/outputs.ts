import type { ScanReport } from '../engine/report.ts';
import { STATUSES } from '../engine/finding.ts';
import { SEVERITIES } from '../engine/severity.ts';
import { FORMATS, type Format } from '../reporters/index.ts';
import type { Gate } from './job-summary.ts';

/**
 * The step's outputs (action.yml lists the same names): counts by status and failures by severity,
 * new, existing and fixed against the baseline (empty without one), each report's path (empty
 * when not written), and the gate's verdict.
 */
export function actionOutputs(report: ScanReport, gate: Gate, reports: Partial<Record<Format, string>>, category: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const status of STATUSES) outputs[status] = String(report.summary.byStatus[status]);
  for (const severity of SEVERITIES) outputs[severity] = String(report.summary.failuresBySeverity[severity]);
  const counts = report.baseline?.counts;
  outputs['new'] = counts ? String(counts.new) : '';
  outputs['existing'] = counts ? String(counts.existing) : '';
  outputs['fixed'] = counts ? String(counts.fixed) : '';
  for (const format of FORMATS) outputs[`${format}-file`] = reports[format] ?? '';
  outputs['sarif-category'] = reports.sarif ? category : '';
  outputs['gate-failed'] = String(gate.exitCode !== 0);
  outputs['exit-code'] = String(gate.exitCode);
  return outputs;
}
