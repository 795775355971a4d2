import type { ScanReport } from '../engine/report.ts';
import { renderCsv, type CsvOptions } from './csv.ts';
import { renderHtml } from './html.ts';
import { renderJson } from './json.ts';
import { renderMarkdown } from './markdown.ts';
import { renderSarif, type SarifOptions } from './sarif.ts';
import { renderText } from './text.ts';

/** A file's text, whole or in pieces to be written in order: a large report is never one giant string, and pieces may be made only as they are written. */
export type Text = string | Iterable<string>;

/** What the user asked of one format or another (`--sarif-category`, `--framework`); a reporter reads only its own. */
export type ReportOptions = SarifOptions & CsvOptions;

/** A reporter is a pure function from the report to the text of one file. */
export type Reporter = (report: ScanReport, options: ReportOptions) => Text;

export const FORMATS = ['sarif', 'json', 'html', 'text', 'csv', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

/** Written when no format is named: the text report is for a terminal or a log, where the summary already goes. */
export const DEFAULT_FORMATS: readonly Format[] = ['sarif', 'json', 'html'];

/** Explicit table: format → reporter and the file it writes. */
export const REPORTERS: Record<Format, { file: string; render: Reporter }> = {
  sarif: { file: 'aks-audit.sarif', render: renderSarif },
  json: { file: 'aks-audit.json', render: renderJson },
  html: { file: 'aks-audit.html', render: renderHtml },
  text: { file: 'aks-audit.txt', render: renderText },
  csv: { file: 'aks-audit.csv', render: renderCsv },
  markdown: { file: 'aks-audit.md', render: renderMarkdown },
};
