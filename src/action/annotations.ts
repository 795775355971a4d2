import type { Finding } from '../engine/finding.ts';
import type { ScanReport } from '../engine/report.ts';
import { failuresMostSevereFirst } from '../reporters/failures.ts';
import { placeOf } from '../reporters/location.ts';
import { failsGate, type ExitPolicy } from '../cli/exit-code.ts';
import { checkoutPath, type RunContext } from './run-context.ts';
import { workflowCommand } from './workflow-commands.ts';

/** GitHub shows at most 10 error and 10 warning annotations of a step; the rest are dropped silently. */
export const ANNOTATIONS_PER_LEVEL = 10;

export interface Annotations {
  commands: string[];
  /** Failures with a place in the checkout that did not fit: the job summary lists them. */
  notShown: number;
}

/**
 * One annotation per failure that has a file and line in the checkout: an error for each the gate
 * counts, a warning for the others (below `fail-on`, or already in the baseline), each level capped
 * so what the runner keeps is the most severe new ones. `reserved` slots of a level are left for
 * the step's own messages (the gate's verdict).
 */
export function annotate(report: ScanReport, gate: Pick<ExitPolicy, 'failOn' | 'failOnNew'>, context: RunContext, reserved: { error: number; warning: number }): Annotations {
  const ranked = failuresMostSevereFirst(report.findings);
  const ordered = [...ranked.filter((f) => f.baseline === 'new'), ...ranked.filter((f) => f.baseline !== 'new')];
  const room = { error: ANNOTATIONS_PER_LEVEL - reserved.error, warning: ANNOTATIONS_PER_LEVEL - reserved.warning };
  const commands: string[] = [];
  let notShown = 0;
  for (const finding of ordered) {
    const place = placeOf(finding);
    const file = place && checkoutPath(place.file, context);
    if (!place || file === undefined) continue;
    const level = failsGate(finding, gate) ? 'error' : 'warning';
    if (room[level] <= 0) {
      notShown++;
      continue;
    }
    room[level]--;
    commands.push(workflowCommand(level, { file, line: place.line, title: titleOf(finding) }, finding.message));
  }
  return { commands, notShown };
}

/** `aks-audit: <rule> (high, new)`: the rule to look up with `aks-audit explain`. */
function titleOf(f: Finding): string {
  return `aks-audit: ${f.ruleId} (${f.severity}${f.baseline === 'new' ? ', new' : ''})`;
}
