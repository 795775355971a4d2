import type { ScanReport } from '../engine/report.ts';

export const JSON_REPORT_SCHEMA_VERSION = 1;

/** The full audit record: every rule and every finding, passes and unknowns included. Schema: schemas/report.schema.json. */
export function renderJson(report: ScanReport): string {
  return JSON.stringify({ $schema: 'https://aks-audit.dev/schemas/report.schema.json', schemaVersion: JSON_REPORT_SCHEMA_VERSION, ...report }, null, 2) + '\n';
}
