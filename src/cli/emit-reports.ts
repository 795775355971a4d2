import { join } from 'node:path';
import type { ScanReport } from '../engine/report.ts';
import { REPORTERS, type Format, type ReportOptions, type Text } from '../reporters/index.ts';
import { STDOUT, type OutputOptions } from './output-args.ts';
import { writeAll, type PendingFile } from './write-reports.ts';

/** Where each format asked for went: a path, or `STDOUT`. */
export interface EmittedReport {
  format: Format;
  path: string;
}

/**
 * Renders each format asked for into its file, with `also` (a snapshot), all or none; then the
 * one asked for on stdout, once every file is in place: what reads it never sees a report whose
 * siblings failed. `rendering`: what the scan selected that a format shows (the CSV's frameworks).
 */
export function emitReports(report: ScanReport, options: OutputOptions, also: PendingFile[], stdout: (text: string) => void, rendering: Omit<ReportOptions, 'category'> = {}): { reports: EmittedReport[]; written: string[] } {
  const reports = options.formats.map((format) => ({ format, path: reportPath(options, format) }));
  const render = (format: Format) => () => REPORTERS[format].render(report, { ...rendering, category: options.sarifCategory });
  const files = [...reports.filter((r) => r.path !== STDOUT).map(({ format, path }): PendingFile => ({ path, content: render(format) })), ...also];
  writeAll(files);
  const piped = reports.find((r) => r.path === STDOUT);
  if (piped) writeText(render(piped.format)(), stdout);
  return { reports, written: files.map((f) => f.path) };
}

/** Where a format's report goes: its own `--output` path (or `-`), else its file in `--out`. */
export function reportPath(options: OutputOptions, format: Format): string {
  return options.paths?.[format] ?? join(options.out, REPORTERS[format].file);
}

function writeText(text: Text, write: (text: string) => void): void {
  for (const piece of typeof text === 'string' ? [text] : text) write(piece);
}
