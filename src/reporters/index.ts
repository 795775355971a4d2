import type { ScanReport } from '../engine/report.ts';
import { renderHtml } from './html.ts';
import { renderJson } from './json.ts';
import { renderSarif } from './sarif.ts';

/** A file's text, whole or in pieces to be written in order: a large report is never one giant string, and pieces may be made only as they are written. */
export type Text = string | Iterable<string>;

/** A reporter is a pure function from the report to the text of one file. */
export type Reporter = (report: ScanReport) => Text;

export const FORMATS = ['sarif', 'json', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** Explicit table: format → reporter and the file it writes. */
export const REPORTERS: Partial<Record<Format, { file: string; render: Reporter }>> = {
  sarif: { file: 'aks-audit.sarif', render: renderSarif },
  json: { file: 'aks-audit.json', render: renderJson },
  html: { file: 'aks-audit.html', render: renderHtml },
};
