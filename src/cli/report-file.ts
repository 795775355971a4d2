import { InputError } from '../engine/errors.ts';
import { fingerprintOf } from '../engine/fingerprint.ts';
import { STATUSES, type Status } from '../engine/finding.ts';
import type { RecordedFinding } from '../engine/report.ts';
import { isSeverity } from '../engine/severity.ts';
import { MAX_INPUT_BYTES, parseJsonText, readInputText } from '../collectors/files/read-json.ts';
import type { RecordedReport } from '../policy/baseline.ts';
import { SARIF_FINGERPRINT } from '../reporters/sarif.ts';
import { TOOL } from '../lib/version.ts';

/**
 * A report of ours read back as fingerprinted findings, for `--baseline` and `diff`: a JSON
 * report (every status) or a SARIF log (failures, and waived ones as suppressed results), told
 * apart by their shape. A report written before findings had fingerprints gets them computed
 * from rule, resource and part, which is what they are made of. Anything else is refused with the file and the place.
 */
export function readRecordedReport(file: string): RecordedReport {
  const text = readInputText(file, MAX_INPUT_BYTES, (size, limit) => `is ${size}; reports larger than ${limit} are refused (use the SARIF file, which holds the failures only)`);
  const log = parseJsonText(file, text);
  if (isObject(log) && Array.isArray(log.runs)) return fromSarif(file, log.runs);
  if (isObject(log) && Array.isArray(log.findings) && Array.isArray(log.resources)) return fromJson(file, log);
  throw new InputError(file, undefined, `is neither an ${TOOL.name} JSON report nor SARIF (no "findings" and "resources", no "runs")`);
}

type Json = Record<string, unknown>;

function fromJson(file: string, report: Json): RecordedReport {
  const names = new Map<string, string>();
  (report.resources as unknown[]).forEach((r, i) => {
    const at = `resources[${i}]`;
    const resource = object(file, at, r);
    names.set(text(file, `${at}.id`, resource.id), text(file, `${at}.name`, resource.name));
  });
  const notes: string[] = [];
  const findings = (report.findings as unknown[]).map((entry, i): RecordedFinding => {
    const at = `findings[${i}]`;
    const f = object(file, at, entry);
    const ruleId = text(file, `${at}.ruleId`, f.ruleId);
    const resourceId = text(file, `${at}.resource`, f.resource);
    const name = names.get(resourceId);
    if (name === undefined) throw new InputError(file, `${at}.resource`, 'names no entry of "resources"');
    const part = f.part === undefined ? undefined : text(file, `${at}.part`, f.part);
    let fingerprint: string;
    if (f.fingerprint === undefined) {
      // Before schema 4 a finding named the cluster it was judged under only when its resource entry
      // named another, so a grouped finding may not match its current fingerprint (README says so).
      const group = isObject(f.parent) && typeof f.parent.id === 'string' ? f.parent.id : undefined;
      fingerprint = fingerprintOf(ruleId, resourceId, part, group);
      if (notes.length === 0) notes.push(`${file} has no fingerprints (schema ${String(report.schemaVersion)}): computed from rule, resource and part`);
    } else fingerprint = text(file, `${at}.fingerprint`, f.fingerprint);
    return recorded(file, at, { fingerprint, ruleId, status: f.status, severity: f.severity, resource: { id: resourceId, name }, part, message: f.message });
  });
  return { file, format: 'json', findings, notes };
}

function fromSarif(file: string, runs: unknown[]): RecordedReport {
  const findings: RecordedFinding[] = [];
  const notes: string[] = [];
  runs.forEach((r, n) => {
    const run = object(file, `runs[${n}]`, r);
    const driver = isObject(run.tool) && isObject(run.tool.driver) ? run.tool.driver : {};
    if (driver.name !== TOOL.name) throw new InputError(file, `runs[${n}].tool.driver.name`, `is ${JSON.stringify(driver.name ?? null)}: only ${TOOL.name}'s own SARIF can be compared`);
    const dropped = isObject(run.properties) ? run.properties.droppedResults : undefined;
    if (typeof dropped === 'number' && dropped > 0) notes.push(`${file} left out ${dropped} failure(s) (GitHub's limit per run): they count as new; the JSON report has them all`);
    const results = Array.isArray(run.results) ? run.results : [];
    results.forEach((entry, i) => findings.push(sarifFinding(file, `runs[${n}].results[${i}]`, entry)));
  });
  return { file, format: 'sarif', findings, notes };
}

function sarifFinding(file: string, at: string, entry: unknown): RecordedFinding {
  const result = object(file, at, entry);
  const properties = object(file, `${at}.properties`, result.properties);
  const prints = object(file, `${at}.partialFingerprints`, result.partialFingerprints);
  // Before `aksAudit/v1`, the line hash was the fingerprint with GitHub's `:1` suffix.
  const fingerprint = prints[SARIF_FINGERPRINT] ?? (typeof prints.primaryLocationLineHash === 'string' ? prints.primaryLocationLineHash.replace(/:\d+$/, '') : undefined);
  const resourceId = text(file, `${at}.properties.resourceId`, properties.resourceId);
  const logical = Array.isArray(result.locations) && isObject(result.locations[0]) && Array.isArray(result.locations[0].logicalLocations) ? result.locations[0].logicalLocations[0] : undefined;
  const name = isObject(logical) && typeof logical.name === 'string' ? logical.name : resourceId;
  const message = isObject(result.message) ? result.message.text : undefined;
  const part = properties.part === undefined ? undefined : text(file, `${at}.properties.part`, properties.part);
  return recorded(file, at, { fingerprint: text(file, `${at}.partialFingerprints.${SARIF_FINGERPRINT}`, fingerprint), ruleId: result.ruleId, status: suppressed(result) ? 'waived' : 'fail', severity: properties.severity, resource: { id: resourceId, name }, part, message });
}

interface Unchecked {
  fingerprint: string;
  ruleId: unknown;
  status: unknown;
  severity: unknown;
  resource: { id: string; name: string };
  part: string | undefined;
  message: unknown;
}

function recorded(file: string, at: string, f: Unchecked): RecordedFinding {
  if (!STATUSES.includes(f.status as Status)) throw new InputError(file, `${at}.status`, `is not one of ${STATUSES.join(', ')}`);
  if (!isSeverity(f.severity)) throw new InputError(file, `${at}.severity`, 'is not a severity');
  const finding: RecordedFinding = {
    fingerprint: f.fingerprint,
    ruleId: text(file, `${at}.ruleId`, f.ruleId),
    status: f.status as Status,
    severity: f.severity,
    resource: f.resource,
    message: text(file, `${at}.message`, f.message),
  };
  if (f.part !== undefined) finding.part = f.part;
  return finding;
}

/** A waived failure is a suppressed result (reporters/sarif.ts). */
function suppressed(result: Json): boolean {
  return Array.isArray(result.suppressions) && result.suppressions.length > 0;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function object(file: string, at: string, value: unknown): Json {
  if (!isObject(value)) throw new InputError(file, at, 'is missing or not an object');
  return value;
}

function text(file: string, at: string, value: unknown): string {
  if (typeof value !== 'string' || value === '') throw new InputError(file, at, 'is missing or not a string');
  return value;
}
