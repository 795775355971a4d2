import type { RecordedFinding, ReportHistory } from '../engine/report.ts';
import { showControls } from '../lib/control-characters.ts';

/**
 * The text report's history section: each kept run's failures and framework scores, then what
 * changed since the previous run, worst first (regressed, new), then fixed and controls moved.
 */
export function* historyText(history: ReportHistory): Generator<string> {
  const { runs, previous, sincePrevious: since } = history;
  yield `\nHISTORY ${showControls(history.location)}: ${runs.length} run(s) kept\n`;
  for (const run of runs) {
    const scores = Object.entries(run.scores).map(([framework, percent]) => `, ${showControls(framework)} ${percent.toFixed(1)}%`).join('');
    yield `  ${day(run.asOf)}  fail ${run.failures}${scores}\n`;
  }
  if (!previous) return;
  yield `  since ${day(previous.asOf)}: ${since.regressed.length} regressed, ${since.new.length} new, ${since.fixed.length} fixed, ${since.controls.length} control(s) changed\n`;
  for (const f of since.regressed) yield `    regressed  ${line(f)} (fixed ${day(f.fixedAt)})\n`;
  for (const f of since.new) yield `    new        ${line(f)}${f.was === 'not-failing' ? '' : ` (was ${f.was})`}\n`;
  for (const f of since.fixed) yield `    fixed      ${line(f)} (now ${f.now})\n`;
  for (const c of since.controls) yield `    control    ${showControls(c.framework)} ${showControls(c.control)}: ${c.was} -> ${c.now}\n`;
}

function line(f: RecordedFinding): string {
  return `${f.severity} ${f.ruleId}  ${showControls(f.resource.name)}${f.part === undefined ? '' : ` (${showControls(f.part)})`}`;
}

function day(iso: string): string {
  return iso.slice(0, 10);
}
