import type { ScanReport } from '../engine/report.ts';
import { failingFirst, failuresTable, headline, type Gate } from './job-summary.ts';
import { Budget, markdownText } from './markdown.ts';
import type { RunContext } from './run-context.ts';

/** GitHub refuses a comment body past 65,536 characters; bytes are never fewer than characters, so a byte budget keeps within it, with room for the marker line. */
const COMMENT_BYTES = 65_000;
const COMMENT_FAILURES = 30;

/** What the sticky comment is found by (pr-comment.ts writes it as a hidden line): one comment per category, so two scans of a PR (plan, manifests) keep their own. */
export function commentMarker(category: string): string {
  return `aks-audit:${category}`;
}

/**
 * The pull request's comment: the verdict and the failures the change brings (the new ones
 * against a baseline, else every failure), with a link to the run's summary for the rest. It
 * is rewritten on every run, so it also says when the failures are gone.
 */
export function commentBody(report: ScanReport, gate: Gate, context: RunContext, category: string): string {
  const failing = failingFirst(report);
  const listed = report.baseline ? failing.filter((f) => f.baseline === 'new') : failing;
  const head = [`### ${headline(gate)}`, '', `Scan ${markdownText(category)}.`, ''];
  if (report.baseline) head.push(`Against the baseline: **${report.baseline.counts.new} new**, ${report.baseline.counts.existing} existing, ${report.baseline.counts.fixed} fixed.`, '');
  const tail = context.runUrl ? [`Every finding, coverage and waivers: [the run's summary](${context.runUrl}).`] : [];
  const budget = new Budget(COMMENT_BYTES);
  budget.spend([...head, ...tail]);
  const table = listed.length ? failuresTable(listed, context, COMMENT_FAILURES, budget) : [report.baseline ? 'No new failure.' : 'No failure.', ''];
  return [...head, ...table, ...tail].join('\n');
}
