import { InputError, UsageError } from '../engine/errors.ts';
import type { HistoryRun, ScanReport } from '../engine/report.ts';
import { decodeIndex, decodeRecord, encodeIndex, encodeRecord, INDEX_FILE, runId, runRecordFile, type HistoryIndex, type IndexedRun, type RunRecord } from './record.ts';
import { applyRetention, type Retention } from './retention.ts';
import { encodeReport, LAST_REPORT_FILE, decodeReport } from './stored-report.ts';
import type { HistoryStore } from './store.ts';
import { nextRecord } from './trend.ts';

/** A history as read before a scan: its index, and the newest run's record to compare with. */
export interface OpenHistory {
  store: HistoryStore;
  index: HistoryIndex;
  previous?: RunRecord;
}

/** A run added to a history in memory: `saveRun` writes it. */
export interface PendingRun {
  history: OpenHistory;
  record: RunRecord;
  runs: IndexedRun[];
  dropped: IndexedRun[];
}

/**
 * Read before the scan, so a history that cannot be read (or signed in to), or a scan dated
 * before the newest run it holds, stops it before anything is collected.
 */
export async function openHistory(store: HistoryStore, asOf: Date): Promise<OpenHistory> {
  const bytes = await store.read(INDEX_FILE);
  if (bytes === undefined) return { store, index: { schemaVersion: 1, runs: [] } };
  const index = decodeIndex(`${store.shown}/${INDEX_FILE}`, bytes);
  const newest = index.runs.at(-1);
  if (!newest) return { store, index };
  const file = runRecordFile(newest.id);
  const record = await store.read(file);
  if (record === undefined) throw new InputError(`${store.shown}/${INDEX_FILE}`, `runs[${index.runs.length - 1}]`, `names ${file}, which is not there`);
  const previous = decodeRecord(`${store.shown}/${file}`, record);
  if (asOf.toISOString() < previous.asOf) throw new UsageError(`--as-of ${asOf.toISOString().slice(0, 10)} is before the newest run in ${store.shown} (${previous.asOf.slice(0, 10)}): a history runs forward`);
  return { store, index, previous };
}

/** Adds the report's run to the history and sets `report.history`; nothing is written yet. */
export function addRun(history: OpenHistory, report: ScanReport, retention: Retention): PendingRun {
  const { previous } = history;
  const id = runId(report.asOf, report.generatedAt);
  const earlier = history.index.runs.filter((run) => run.id !== id);
  // Fixes older than the oldest run kept are forgotten: a failure then is new again, not regressed.
  const oldestKept = applyRetention<{ asOf: string }>([...earlier, { asOf: report.asOf }], retention).kept[0]!.asOf;
  const { record, since } = nextRecord(report, previous, oldestKept);
  const { kept: runs, dropped } = applyRetention([...earlier, { id, ...trendRow(record) }], retention);
  report.history = {
    location: history.store.shown,
    runs: runs.map(({ id: _id, ...run }) => run),
    ...(previous ? { previous: { at: previous.at, asOf: previous.asOf } } : {}),
    sincePrevious: since,
    openSince: record.openSince,
  };
  return { history, record, runs, dropped };
}

/** The record and the report first, the index last: a run is in the history once the index names it. Then the records retention let go. */
export async function saveRun(pending: PendingRun, report: ScanReport): Promise<void> {
  const { store } = pending.history;
  const newest = pending.runs.at(-1)!;
  await store.write(runRecordFile(newest.id), encodeRecord(pending.record));
  await store.write(LAST_REPORT_FILE, await encodeReport(report));
  await store.write(INDEX_FILE, encodeIndex({ schemaVersion: 1, runs: pending.runs }));
  for (const run of pending.dropped) await store.remove(runRecordFile(run.id));
}

/** The newest run's report, for `aks-audit report --history`. */
export async function lastReport(store: HistoryStore): Promise<ScanReport> {
  const bytes = await store.read(LAST_REPORT_FILE);
  if (bytes === undefined) throw new InputError(store.shown, undefined, `holds no report (${LAST_REPORT_FILE}): run aks-audit scan --history ${store.shown} first`);
  return decodeReport(`${store.shown}/${LAST_REPORT_FILE}`, bytes);
}

function trendRow(record: RunRecord): HistoryRun {
  const row: HistoryRun = { at: record.at, asOf: record.asOf, scores: Object.fromEntries(record.frameworks.map((f) => [f.id, f.score.percent])), failures: record.summary.byStatus.fail };
  if (record.frameworks.length > 0) row.controls = Object.fromEntries(record.frameworks.map((f) => [f.id, f.controls]));
  return row;
}
