import type { ScanReport } from '../engine/report.ts';

export const JSON_REPORT_SCHEMA_VERSION = 1;

/**
 * The full audit record: every rule and every finding, passes and unknowns included. Schema:
 * schemas/report.schema.json. The head is indented for people; findings, which run to hundreds
 * of thousands on large estates, take one line each: greppable, and about a quarter smaller than indenting them.
 */
export function renderJson(report: ScanReport): string {
  const { findings, ...rest } = report;
  const head = JSON.stringify({ $schema: 'https://aks-audit.dev/schemas/report.schema.json', schemaVersion: JSON_REPORT_SCHEMA_VERSION, ...rest }, null, 2);
  const lines = findings.map((f) => '    ' + JSON.stringify(f)).join(',\n');
  return `${head.slice(0, -2)},\n  "findings": [${lines ? `\n${lines}\n  ` : ''}]\n}\n`;
}
