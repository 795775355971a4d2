/**
 * A dated AKS Kubernetes support calendar (the bundled `data/aks-kubernetes-calendar.json`,
 * semantics in its `conventions`): which support a minor version has on a given day.
 * Offline scans have no live list of supported versions, so verdicts name the calendar's date.
 */

interface CalendarRow {
  minor: string;
  aksGA: string | null;
  aksEndOfLife: string | null;
  /** `Until 1.X GA`, not a date. */
  platformSupportEnd: string | null;
  lts: boolean;
  ltsEnd: string | null;
}

export interface CalendarFile {
  source: string;
  asOf: string;
  versions: CalendarRow[];
  /** Last rows the page gave for minors (or columns) it no longer lists. */
  historical: CalendarRow[];
}

/** One minor's support dates as ISO days, each the last day covered. */
interface MinorDates {
  communityEnd: string | null;
  /** The minor whose GA ends platform support (`1.38` for "Until 1.38 GA"), when the row names one. */
  platformUntil: string | null;
  /** That GA as a date; null when the calendar does not know it yet. */
  platformEnd: string | null;
  ltsEnd: string | null;
}

export type SupportKind = 'community' | 'lts' | 'platform' | 'ended' | 'unknown';

export interface Support {
  kind: SupportKind;
  /** The last day of the current support, or for `ended` the last supported day; null when the calendar does not say. */
  end: string | null;
  /** Whole days from `now` to `end` (negative once past); null without an end. */
  daysLeft: number | null;
  /** For `platform`: the day community support ended. */
  communityEnd?: string;
  /** For `platform`: the minor whose GA ends it. */
  until?: string;
  /** For `unknown`, and for `ended` without a date: why. */
  reason?: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86_400_000;

export class AksCalendar {
  readonly asOf: string;
  readonly source: string;
  /** How every message names it: "AKS support calendar of 2026-08-05". */
  readonly label: string;
  private readonly dates: Map<string, MinorDates>;
  private readonly oldest: string;
  private readonly newest: string;

  /** `file` names the calendar in errors about its content. */
  constructor(content: CalendarFile, file: string) {
    this.asOf = content.asOf;
    this.source = content.source;
    this.label = `AKS support calendar of ${content.asOf}`;
    const rows = indexRows(content);
    this.dates = new Map([...rows.keys()].map((minor) => [minor, resolve(rows, minor, file)]));
    const known = [...rows.keys()].sort(byMinor);
    this.oldest = known[0]!;
    this.newest = known[known.length - 1]!;
  }

  /**
   * The support `minor` (`1.33`) has on `now`. With `lts` (Premium tier and the
   * AKSLongTermSupport plan) an LTS-eligible minor is covered until its LTS end; otherwise
   * community support, then platform support until the GA of minor+4, then none.
   */
  supportOf(minor: string, options: { lts: boolean }, now: Date): Support {
    const d = this.dates.get(minor);
    if (!d) return this.outside(minor, now);
    if (options.lts && d.ltsEnd) return within(d.ltsEnd, now) ? at('lts', d.ltsEnd, now) : at('ended', d.ltsEnd, now);
    if (!d.communityEnd) return { kind: 'unknown', end: null, daysLeft: null, reason: `the ${this.label} gives no end of life for ${minor}` };
    if (within(d.communityEnd, now)) return at('community', d.communityEnd, now);
    if (!d.platformUntil) return at('ended', d.communityEnd, now);
    if (!d.platformEnd) return { kind: 'platform', end: null, daysLeft: null, communityEnd: d.communityEnd, until: d.platformUntil };
    if (within(d.platformEnd, now)) return { ...at('platform', d.platformEnd, now), communityEnd: d.communityEnd, until: d.platformUntil };
    return at('ended', d.platformEnd, now);
  }

  /** A minor the calendar does not list: older than all of it (long out of support) or newer (cannot judge). */
  private outside(minor: string, now: Date): Support {
    if (byMinor(minor, this.oldest) < 0) {
      const oldestSupport = this.supportOf(this.oldest, { lts: true }, now);
      if (oldestSupport.kind === 'ended') {
        return { kind: 'ended', end: null, daysLeft: null, reason: `${minor} is older than every minor in the ${this.label}; its oldest, ${this.oldest}, left support on ${oldestSupport.end}` };
      }
    }
    const where = byMinor(minor, this.newest) > 0 ? `newer than any minor in the ${this.label} (newest: ${this.newest})` : `not in the ${this.label}`;
    return { kind: 'unknown', end: null, daysLeft: null, reason: `${minor} is ${where}, so its support cannot be judged; update aks-audit for a newer calendar` };
  }
}

/**
 * The page's dates: `Mar 2026` (a month only means its last day, per the page's note on End of
 * life; we read GA and LTS months the same way) or `Aug 22, 2025`. Returns an ISO day.
 */
export function calendarDay(text: string, file: string): string {
  const month = /^([A-Z][a-z]{2}) (\d{4})$/.exec(text);
  const day = /^([A-Z][a-z]{2}) (\d{1,2}), (\d{4})$/.exec(text);
  const m = MONTHS.indexOf((month ?? day)?.[1] ?? '');
  if (m < 0) throw new Error(`${file}: unreadable date "${text}"`);
  const date = month ? new Date(Date.UTC(Number(month[2]), m + 1, 0)) : new Date(Date.UTC(Number(day![3]), m, Number(day![2])));
  return date.toISOString().slice(0, 10);
}

function at(kind: SupportKind, end: string, now: Date): Support {
  return { kind, end, daysLeft: daysBetween(now, end) };
}

function within(end: string, now: Date): boolean {
  return daysBetween(now, end) >= 0;
}

/** Whole days from the UTC day of `now` to `day`. */
function daysBetween(now: Date, day: string): number {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((Date.parse(`${day}T00:00:00Z`) - today) / DAY_MS);
}

/** Current rows, with columns the page no longer gives filled from the minor's last historical row. */
function indexRows(f: CalendarFile): Map<string, CalendarRow> {
  const out = new Map<string, CalendarRow>();
  for (const row of f.historical) out.set(row.minor, row);
  for (const row of f.versions) {
    const old = out.get(row.minor);
    out.set(row.minor, old ? { ...row, aksGA: row.aksGA ?? old.aksGA, aksEndOfLife: row.aksEndOfLife ?? old.aksEndOfLife, platformSupportEnd: row.platformSupportEnd ?? old.platformSupportEnd, ltsEnd: row.ltsEnd ?? old.ltsEnd } : row);
  }
  return out;
}

function resolve(rows: Map<string, CalendarRow>, minor: string, file: string): MinorDates {
  const row = rows.get(minor)!;
  const until = row.platformSupportEnd === null ? null : /^Until (\d+\.\d+) GA$/.exec(row.platformSupportEnd)?.[1];
  if (until === undefined) throw new Error(`${file}: unreadable platform support end "${row.platformSupportEnd}" for ${minor}`);
  const untilGA = until === null ? null : rows.get(until)?.aksGA ?? null;
  return {
    communityEnd: row.aksEndOfLife === null ? null : calendarDay(row.aksEndOfLife, file),
    platformUntil: until,
    platformEnd: untilGA === null ? null : calendarDay(untilGA, file),
    ltsEnd: row.lts && row.ltsEnd !== null ? calendarDay(row.ltsEnd, file) : null,
  };
}

/** Orders `1.9` before `1.33`. */
export function byMinor(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am - bm || an - bn;
}
