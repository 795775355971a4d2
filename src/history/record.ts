import { gunzipSync, gzipSync } from 'node:zlib';
import { InputError } from '../engine/errors.ts';
import { STATUSES, type Status } from '../engine/finding.ts';
import type { HistoryRun, Summary } from '../engine/report.ts';
import { isSeverity, type Severity } from '../engine/severity.ts';

/**
 * The files of a history: `history.json`, the index (one trend row per kept run, read by every
 * run, so it stays small), and `runs/<id>.json.gz`, one compact record per run (what the next run
 * compares with, and what an auditor can read back). Passing and not-applicable findings are
 * only counted: the record lists the others, so its size follows the failures, not the estate.
 */
export const HISTORY_SCHEMA_VERSION = 1;

export const INDEX_FILE = 'history.json';

export interface IndexedRun extends HistoryRun {
  /** Names its record: `runs/<id>.json.gz`. */
  id: string;
}

export interface HistoryIndex {
  schemaVersion: typeof HISTORY_SCHEMA_VERSION;
  /** Oldest first. */
  runs: IndexedRun[];
}

/** A finding that did not pass: fingerprint, status, severity. */
export type RecordedStatus = [string, Status, Severity];

/** A failure as a person recognises it in a later report's "fixed" list. */
export interface FailureDetail {
  ruleId: string;
  resource: { id: string; name: string };
  part?: string;
  message: string;
}

/** A framework's score and each control's status in one run (from the report's framework view). */
export interface RecordedFramework {
  id: string;
  name: string;
  version: string;
  score: { passed: number; evaluated: number; total: number; percent: number };
  controls: Record<string, string>;
}

/** A waiver declared in the run and what became of it; its reason stays in the report. */
export interface RecordedWaiver {
  rule: string | null;
  resource: string;
  owner: string | null;
  expires: string | null;
  ticket?: string;
  state: 'applied' | 'expired' | 'unused' | 'invalid';
  /** Live, and its last day within 30 days of the run's date. */
  expiringSoon?: true;
}

export interface RunRecord {
  schemaVersion: typeof HISTORY_SCHEMA_VERSION;
  tool: { name: string; version: string };
  at: string;
  asOf: string;
  summary: Summary;
  /** Every finding that is fail, unknown or waived. */
  findings: RecordedStatus[];
  /** Each failure's rule, resource and message, by fingerprint. */
  failures: Record<string, FailureDetail>;
  /** Each failure's fingerprint: the date (asOf) its current streak of failing began. */
  openSince: Record<string, string>;
  /** Fingerprints fixed within the runs kept: the date of the run that fixed them, so a return is told from a first failure. */
  fixedAt: Record<string, string>;
  frameworks: RecordedFramework[];
  waivers: RecordedWaiver[];
}

export function runRecordFile(id: string): string {
  return `runs/${id}.json.gz`;
}

/** `2026-11-16T000000Z--2026-12-07T050112Z`: sorts by asOf, then by when it ran; safe in file and blob names. */
export function runId(asOf: string, at: string): string {
  const compact = (iso: string) => iso.replace(/\.\d+Z$/, 'Z').replace(/:/g, '');
  return `${compact(asOf)}--${compact(at)}`;
}

export function encodeIndex(index: HistoryIndex): Buffer {
  return Buffer.from(JSON.stringify(index, null, 1) + '\n');
}

export function encodeRecord(record: RunRecord): Buffer {
  return gzipSync(JSON.stringify(record));
}

export function decodeIndex(file: string, bytes: Buffer): HistoryIndex {
  const index = object(file, undefined, parse(file, bytes));
  version(file, index);
  const runs = array(file, 'runs', index.runs).map((entry, i): IndexedRun => {
    const at = `runs[${i}]`;
    const run = object(file, at, entry);
    for (const key of ['id', 'at', 'asOf'] as const) text(file, `${at}.${key}`, run[key]);
    if (!/^[\w.-]+$/.test(run.id as string)) throw new InputError(file, `${at}.id`, 'is not a run id');
    object(file, `${at}.scores`, run.scores);
    if (typeof run.failures !== 'number') throw new InputError(file, `${at}.failures`, 'is not a number');
    return run as unknown as IndexedRun;
  });
  return { schemaVersion: HISTORY_SCHEMA_VERSION, runs };
}

export function decodeRecord(file: string, bytes: Buffer): RunRecord {
  let json: Buffer;
  try {
    json = gunzipSync(bytes);
  } catch {
    throw new InputError(file, undefined, 'is not gzip');
  }
  const record = object(file, undefined, parse(file, json));
  version(file, record);
  array(file, 'findings', record.findings).forEach((entry, i) => {
    const at = `findings[${i}]`;
    const [fingerprint, status, severity] = array(file, at, entry);
    text(file, `${at}[0]`, fingerprint);
    if (!STATUSES.includes(status as Status)) throw new InputError(file, `${at}[1]`, `is not one of ${STATUSES.join(', ')}`);
    if (!isSeverity(severity)) throw new InputError(file, `${at}[2]`, 'is not a severity');
  });
  for (const key of ['failures', 'openSince', 'fixedAt', 'summary'] as const) object(file, key, record[key]);
  for (const key of ['frameworks', 'waivers'] as const) array(file, key, record[key]);
  return record as unknown as RunRecord;
}

type Json = Record<string, unknown>;

function parse(file: string, bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new InputError(file, undefined, `is not JSON (${(error as Error).message})`);
  }
}

function version(file: string, value: Json): void {
  if (value.schemaVersion !== HISTORY_SCHEMA_VERSION) throw new InputError(file, 'schemaVersion', `is ${JSON.stringify(value.schemaVersion ?? null)}; this aks-audit reads history schema ${HISTORY_SCHEMA_VERSION}`);
}

function object(file: string, at: string | undefined, value: unknown): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(file, at, 'is missing or not an object');
  return value as Json;
}

function array(file: string, at: string, value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new InputError(file, at, 'is missing or not a list');
  return value;
}

function text(file: string, at: string, value: unknown): string {
  if (typeof value !== 'string' || value === '') throw new InputError(file, at, 'is missing or not a string');
  return value;
}
