import type { Finding } from '../engine/finding.ts';
import { SEVERITIES, type Severity } from '../engine/severity.ts';

/** The failures (open, or the waived ones), most severe first and otherwise in report order: a stable sort by severity, in one pass. */
export function failuresMostSevereFirst(findings: readonly Finding[], status: 'fail' | 'waived' = 'fail'): Finding[] {
  const bySeverity = new Map(SEVERITIES.map((severity): [Severity, Finding[]] => [severity, []]));
  for (const f of findings) if (f.status === status) bySeverity.get(f.severity)!.push(f);
  return [...bySeverity.values()].flat();
}
