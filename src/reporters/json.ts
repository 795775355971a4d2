import type { ScanReport } from '../engine/report.ts';
import type { Evidence, Status, Waiver } from '../engine/finding.ts';
import type { Severity } from '../engine/severity.ts';
import type { Origin, ResourceRef } from '../state/resource.ts';

export const JSON_REPORT_SCHEMA_VERSION = 2;

/** A resource some finding is about, listed once: findings name it by `id`. */
export interface JsonResource extends ResourceRef {
  origin: Origin;
}

export interface JsonFinding {
  ruleId: string;
  status: Status;
  severity: Severity;
  /** Id of an entry in `resources`. */
  resource: string;
  message: string;
  evidence: Evidence[];
  part?: string;
  waiver?: Waiver;
}

/** The file as written: schemas/report.schema.json. */
export interface JsonReport extends Omit<ScanReport, 'findings' | 'clusters'> {
  $schema: string;
  schemaVersion: typeof JSON_REPORT_SCHEMA_VERSION;
  resources: JsonResource[];
  findings: JsonFinding[];
}

/**
 * The full audit record: every rule and every finding, passes and unknowns included. Schema:
 * schemas/report.schema.json. Each resource is listed once and findings name it by id (on large
 * estates a resource has a finding per rule, and repeating it doubled the file). The head is
 * indented for people; resources and findings, which run to hundreds of thousands, take one line
 * each: greppable, and about a quarter smaller than indenting them. Returned in pieces, written
 * in order: the file runs to hundreds of megabytes on large estates.
 */
export function renderJson(report: ScanReport): string[] {
  // Cluster topology is for the HTML page: every cluster of a subscription depends on the same
  // services, so listing them per cluster made most of a large estate's file. The snapshot
  // (--save-snapshot) has what it is derived from.
  const { findings, clusters: _topology, ...rest } = report;
  const resources = new Map<string, string>();
  const findingLines: string[] = [];
  for (const f of findings) {
    const { id } = f.resource;
    if (!resources.has(id)) resources.set(id, JSON.stringify({ ...f.resource, origin: f.origin }));
    const finding: JsonFinding = { ruleId: f.ruleId, status: f.status, severity: f.severity, resource: id, message: f.message, evidence: f.evidence };
    if (f.part !== undefined) finding.part = f.part;
    if (f.waiver !== undefined) finding.waiver = f.waiver;
    findingLines.push(JSON.stringify(finding));
  }
  const head = JSON.stringify({ $schema: 'https://aks-audit.dev/schemas/report.schema.json', schemaVersion: JSON_REPORT_SCHEMA_VERSION, ...rest }, null, 2);
  return [head.slice(0, -2), ',\n  "resources": ', ...list([...resources.values()]), ',\n  "findings": ', ...list(findingLines), '\n}\n'];
}

/** An array with one element per line, as pieces. */
function list(lines: string[]): string[] {
  if (lines.length === 0) return ['[]'];
  const pieces = lines.map((line, i) => (i === 0 ? '[\n    ' : ',\n    ') + line);
  pieces.push('\n  ]');
  return pieces;
}
