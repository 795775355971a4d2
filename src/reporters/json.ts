import type { ScanReport } from '../engine/report.ts';
import type { Evidence, Finding, Status, Waiver } from '../engine/finding.ts';
import type { Severity } from '../engine/severity.ts';
import type { Origin, ResourceRef } from '../state/resource.ts';

/**
 * 3: resources may name their `parent`, a finding the parent it was judged under, evidence its file and line; subscriptions may be unknown (before apply).
 * 4: `waivers` (what became of each waiver declared); a finding's waiver says where it is declared and whether it expired; every
 * finding has a `fingerprint`; with `--baseline`, findings are marked `baseline` and the report has a `baseline` section; the
 * `config` the scan ran with; AKS-managed resources say so (`managedBy`), findings set apart are marked (`setApart`) and counted (`managed`).
 * With `--history`, a `history` section (optional, so still 4): the runs kept, what changed since the previous run, when each failure opened.
 */
export const JSON_REPORT_SCHEMA_VERSION = 4;

/** A resource some finding is about, listed once: findings name it by `id`. `parent` is what it is part of (a pool's cluster). */
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
  /**
   * The resource this finding is grouped under when it differs from the `parent` of its
   * resource entry (a subnet judged for each cluster whose nodes use it); null for none.
   */
  parent?: ResourceRef | null;
  waiver?: Waiver;
  setApart?: true;
  fingerprint: string;
  baseline?: 'new' | 'existing';
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
 * each: greppable, and about a quarter smaller than indenting them. Made in pieces as the file is
 * written, which runs to hundreds of megabytes on large estates: no piece lives longer than its
 * write, and none is a concatenation the writer would have to copy flat again.
 */
export function* renderJson(report: ScanReport): Generator<string> {
  // Cluster topology is for the HTML page: every cluster of a subscription depends on the same
  // services, so listing them per cluster made most of a large estate's file. The snapshot
  // (--save-snapshot) has what it is derived from.
  const { findings, clusters: _topology, ...rest } = report;
  const head = JSON.stringify({ $schema: 'https://aks-audit.dev/schemas/report.schema.json', schemaVersion: JSON_REPORT_SCHEMA_VERSION, ...rest }, null, 2);
  yield head.slice(0, -2);
  const resources = resourcesOf(findings);
  yield ',\n  "resources": ';
  yield* list([...resources.values()], (resource) => JSON.stringify(resource));
  yield ',\n  "findings": ';
  yield* list(findings, (f) => findingLine(f, resources));
  yield '\n}\n';
}

/** Each resource a finding is about, once by id, in the order of first mention, with the parent it was first mentioned under. */
function resourcesOf(findings: Finding[]): Map<string, JsonResource> {
  const resources = new Map<string, JsonResource>();
  for (const f of findings) if (!resources.has(f.resource.id)) resources.set(f.resource.id, { ...f.resource, origin: f.origin });
  return resources;
}

function findingLine(f: Finding, listed: Map<string, JsonResource>): string {
  const finding: JsonFinding = { ruleId: f.ruleId, status: f.status, severity: f.severity, resource: f.resource.id, message: f.message, evidence: f.evidence, fingerprint: f.fingerprint };
  if (f.part !== undefined) finding.part = f.part;
  const { parent } = f.resource;
  if (parent !== listed.get(f.resource.id)!.parent) finding.parent = parent ?? null;
  if (f.waiver !== undefined) finding.waiver = f.waiver;
  if (f.setApart) finding.setApart = true;
  if (f.baseline !== undefined) finding.baseline = f.baseline;
  return JSON.stringify(finding);
}

/** An array with one element per line. */
function* list<T>(items: readonly T[], line: (item: T) => string): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  let separator = '[\n    ';
  for (const item of items) {
    yield separator;
    yield line(item);
    separator = ',\n    ';
  }
  yield '\n  ]';
}
