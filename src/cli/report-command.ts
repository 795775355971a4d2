import { UsageError } from '../engine/errors.ts';
import { lastReport } from '../history/history.ts';
import { commandArgs } from './command-args.ts';
import { emitReports } from './emit-reports.ts';
import { historyStore, type HistoryHooks } from './history-store.ts';
import { parseHistoryLocation, type HistoryLocation } from '../history/location.ts';
import { OUTPUT_OPTIONS, OUTPUT_USAGE, parseOutputArgs, type OutputOptions } from './output-args.ts';

export const REPORT_USAGE = `Usage: aks-audit report --history <folder|url> [options]

Writes the newest run's reports again from a history that aks-audit scan --history keeps, with
its trend and changes since the run before, without scanning: the same reports, in any format.
A Blob container is read with the default Azure credential chain, or the SAS in its URL.

Options:
  --history <folder|url>     the history: a folder, or https://<account>.blob.core.windows.net/
                             <container>[/<prefix>]
${OUTPUT_USAGE}

Exit codes:
  0  the reports were written
  2  usage error, or a history that cannot be read (the file and the place are named)`;

export interface ReportOptions extends OutputOptions {
  location: HistoryLocation;
}

export function parseReportArgs(argv: string[]): ReportOptions {
  const { values } = commandArgs('report', argv, { history: { type: 'string' }, ...OUTPUT_OPTIONS }, 'name the history with --history');
  if (values.history === undefined) throw new UsageError('report renders a history kept by scan --history: give --history <folder|url>');
  return { location: parseHistoryLocation(values.history), ...parseOutputArgs(values) };
}

/** Reads the newest report the history holds and writes it as asked; the lines say what was written. */
export async function runReport(options: ReportOptions, print: (line: string) => void, stdout: (text: string) => void, hooks: HistoryHooks = {}): Promise<0> {
  const store = await historyStore(options.location, undefined, hooks);
  const report = await lastReport(store);
  const { written } = emitReports(report, options, [], stdout);
  print(`aks-audit: the report of ${report.asOf.slice(0, 10)} from ${store.shown}${report.history ? ` (${report.history.runs.length} run(s) kept)` : ''}`);
  for (const path of written) print(`  wrote ${path}`);
  return 0;
}
