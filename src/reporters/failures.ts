import type { Finding } from '../engine/finding.ts';
import { SEVERITIES, type Severity } from '../engine/severity.ts';

/** The failures, most severe first and otherwise in report order: a stable sort by severity, in one pass. */
export function failuresMostSevereFirst(findings: readonly Finding[]): Finding[] {
  const bySeverity = new Map(SEVERITIES.map((severity): [Severity, Finding[]] => [severity, []]));
  for (const f of findings) if (f.status === 'fail') bySeverity.get(f.severity)!.push(f);
  return [...bySeverity.values()].flat();
}
