import { UsageError } from '../engine/errors.ts';

/** How many runs a history keeps: the last `runs`, or those within `days` of the newest. */
export type Retention = { runs: number } | { days: number };

/** A weekly report keeps about two years, a daily one about three months; each run's record is compressed and lists only what does not pass. */
export const DEFAULT_RETENTION: Retention = { runs: 100 };

const MAX = 100_000;

/** `--history-keep 52` (runs) or `--history-keep 365d` (days). */
export function parseRetention(text: string): Retention {
  const match = /^(\d+)(d?)$/.exec(text.trim());
  const n = match ? Number(match[1]) : NaN;
  if (!match || n < 1 || n > MAX) throw new UsageError(`--history-keep: "${text}" is not a number of runs (52) or of days (365d), from 1 to ${MAX}`);
  return match[2] ? { days: n } : { runs: n };
}

/** Splits runs (oldest first, the newest last) into those kept and those dropped; the newest is always kept. */
export function applyRetention<T extends { asOf: string }>(runs: T[], retention: Retention): { kept: T[]; dropped: T[] } {
  let from: number;
  if ('runs' in retention) from = Math.max(0, runs.length - retention.runs);
  else {
    const newest = runs.at(-1);
    const cutoff = newest ? Date.parse(newest.asOf) - retention.days * 86_400_000 : 0;
    from = runs.findIndex((run) => Date.parse(run.asOf) >= cutoff);
  }
  from = Math.min(from < 0 ? runs.length - 1 : from, Math.max(runs.length - 1, 0));
  return { kept: runs.slice(from), dropped: runs.slice(0, from) };
}
