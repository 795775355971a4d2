import type { ScanReport } from '../engine/report.ts';
import { renderJson } from './json.ts';

/** A reporter is a pure function from the report to the text of one file. */
export type Reporter = (report: ScanReport) => string;

export const FORMATS = ['sarif', 'json', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** Explicit table: format → reporter and the file it writes. */
export const REPORTERS: Partial<Record<Format, { file: string; render: Reporter }>> = {
  json: { file: 'aks-audit.json', render: renderJson },
};
