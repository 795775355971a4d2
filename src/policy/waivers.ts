import { globPattern } from '../lib/glob.ts';
import type { Status, Waiver } from '../engine/finding.ts';
import type { DeclaredWaiver, WaiverCoverage, Waivers } from '../engine/waivers.ts';
import { isCalendarDate, type InlineWaiver } from '../state/inline-waiver.ts';
import type { ResourceBase } from '../state/resource.ts';

/**
 * Waivers applied to verdicts: the config file's entries, matched by rule and resource pattern,
 * and the inline waivers written on the resources themselves. A waiver is an accepted risk with
 * an owner and a last day: past it, the failure fails again and says so; one that waives nothing
 * is reported so it can be removed, and one that cannot waive (no reason, refused lifetime) is
 * reported as invalid rather than dropped.
 */

/** A `waivers.entries` item of the config file, with where it is written. */
export interface WaiverDeclaration {
  rule: string;
  /** An ARM id, a Terraform address, a Kubernetes finding id, or a glob of one (`*` within a `/` segment, `**` across). */
  resource: string;
  reason: string;
  owner: string;
  /** `YYYY-MM-DD`: the last day it waives. */
  expires: string;
  ticket?: string;
  file: string;
  line: number;
}

export interface WaiverSettings {
  /** The scan's date: a waiver whose last day is before it has expired. */
  asOf: Date;
  /** `waivers.maxLifetimeDays`: a waiver lasting past `asOf` + this (or never expiring) is refused. */
  maxLifetimeDays?: number;
}

/** Live waivers ending within this many days of the scan are listed as expiring soon. */
export const EXPIRING_SOON_DAYS = 30;

interface Entry {
  shown: DeclaredWaiver;
  /** What a matching failure carries. */
  waiver: Waiver;
  problem?: string;
  expired: boolean;
  failures: number;
  failing: Set<string>;
  /** Verdicts other than fail it matched: a pass means the waiver is no longer needed. */
  others: Set<Status>;
}

interface ConfigEntry {
  entry: Entry;
  matches: (name: string) => boolean;
}

/** One per evaluation: it records what each waiver matched, for the report's coverage. */
export function waiverPolicy(declarations: readonly WaiverDeclaration[], settings: WaiverSettings): Waivers {
  return new WaiverLedger(declarations, settings);
}

class WaiverLedger implements Waivers {
  private readonly asOf: Date;
  private readonly today: string;
  private readonly latest: string | undefined;
  private readonly maxLifetimeDays: number | undefined;
  private readonly byRule = new Map<string, ConfigEntry[]>();
  private readonly config: Entry[] = [];
  private readonly inline = new Map<string, Entry>();

  constructor(declarations: readonly WaiverDeclaration[], settings: WaiverSettings) {
    this.asOf = settings.asOf;
    this.today = dayOf(settings.asOf, 0);
    this.maxLifetimeDays = settings.maxLifetimeDays;
    this.latest = settings.maxLifetimeDays === undefined ? undefined : dayOf(settings.asOf, settings.maxLifetimeDays);
    for (const d of declarations) {
      const entry = this.entry(
        { rule: d.rule, resource: d.resource, reason: d.reason, owner: d.owner, expires: d.expires, ...(d.ticket ? { ticket: d.ticket } : {}), declared: { kind: 'config', file: d.file, line: d.line } },
        isCalendarDate(d.expires) ? undefined : `expires '${d.expires}' is not a date (YYYY-MM-DD)`,
      );
      this.config.push(entry);
      const list = this.byRule.get(d.rule) ?? [];
      list.push({ entry, matches: resourceMatcher(d.resource) });
      this.byRule.set(d.rule, list);
    }
  }

  waiverFor(ruleId: string, resource: ResourceBase, status: Status): Waiver | undefined {
    // Asked for every finding of a large estate: most have nothing to match.
    if (resource.inlineWaivers === undefined && !this.byRule.has(ruleId)) return undefined;
    let chosen: Entry | undefined;
    for (const entry of this.matching(ruleId, resource)) {
      if (entry.problem !== undefined) continue;
      if (status !== 'fail') {
        entry.others.add(status);
        continue;
      }
      entry.failures++;
      entry.failing.add(resource.id);
      // A live waiver wins over an expired one; otherwise the first written (inline, then config order).
      if (!chosen || (chosen.expired && !entry.expired)) chosen = entry;
    }
    return chosen?.waiver;
  }

  coverage(): WaiverCoverage {
    const out: WaiverCoverage = { declared: 0, applied: [], expired: [], unused: [], invalid: [], expiringSoon: [] };
    const soon = dayOf(this.asOf, EXPIRING_SOON_DAYS);
    for (const entry of [...this.config, ...this.inline.values()]) {
      out.declared++;
      const { shown } = entry;
      if (entry.problem !== undefined) out.invalid.push({ ...shown, problem: entry.problem });
      else if (entry.expired) out.expired.push({ ...shown, findings: entry.failures, resources: [...entry.failing].sort() });
      else {
        if (entry.failures > 0) out.applied.push({ ...shown, findings: entry.failures });
        else out.unused.push({ ...shown, why: unusedWhy(entry) });
        if (shown.expires !== null && shown.expires <= soon) out.expiringSoon.push(shown);
      }
    }
    return out;
  }

  /** Inline waivers on the resource for this rule (each registered when first seen, whatever its rule), then config entries for the rule whose pattern names it. */
  private *matching(ruleId: string, resource: ResourceBase): Generator<Entry> {
    for (const inline of resource.inlineWaivers ?? []) {
      const entry = this.inlineEntry(inline, resource);
      if (inline.ruleId === ruleId) yield entry;
    }
    const entries = this.byRule.get(ruleId);
    if (!entries) return;
    const names = [resource.id, ...(resource.origin.address !== undefined && resource.origin.address !== resource.id ? [resource.origin.address] : [])];
    for (const { entry, matches } of entries) if (names.some(matches)) yield entry;
  }

  /** One entry per waiver as written: a block's comment covers each of its instances, and a Kubernetes resource is rebuilt for every rule. */
  private inlineEntry(inline: InlineWaiver, resource: ResourceBase): Entry {
    const key = inline.file !== undefined && inline.line !== undefined ? `${inline.file}:${inline.line}:${inline.text}` : `${resource.id}:${inline.text}`;
    let entry = this.inline.get(key);
    if (!entry) {
      const declared = { kind: inline.kind, ...(inline.file === undefined ? {} : { file: inline.file }), ...(inline.line === undefined ? {} : { line: inline.line }) };
      const shown = { rule: inline.ruleId, resource: resource.origin.address ?? resource.id, reason: inline.reason, owner: inline.owner, expires: inline.expires, ...(inline.ticket ? { ticket: inline.ticket } : {}), declared };
      entry = this.entry(shown, inline.problem);
      this.inline.set(key, entry);
    }
    return entry;
  }

  private entry(shown: DeclaredWaiver, problem: string | undefined): Entry {
    const expired = shown.expires !== null && isCalendarDate(shown.expires) && shown.expires < this.today;
    const refused = problem ?? this.refusal(shown.expires);
    const waiver: Waiver = { reason: shown.reason ?? '', owner: shown.owner, expires: shown.expires, ...(shown.ticket ? { ticket: shown.ticket } : {}), declared: shown.declared, ...(expired ? { expired } : {}) };
    return { shown, waiver, ...(refused === undefined ? {} : { problem: refused }), expired, failures: 0, failing: new Set(), others: new Set() };
  }

  /** Why `waivers.maxLifetimeDays` refuses a waiver, if it does. */
  private refusal(expires: string | null): string | undefined {
    if (this.latest === undefined) return undefined;
    if (expires === null) return `it has no expiry date, and waivers must end within ${this.maxLifetimeDays} days (waivers.maxLifetimeDays)`;
    if (expires > this.latest) return `it expires ${expires}, after ${this.latest}: waivers must end within ${this.maxLifetimeDays} days (waivers.maxLifetimeDays)`;
    return undefined;
  }
}

function unusedWhy(entry: Entry): string {
  if (entry.others.has('pass')) return 'its finding passes now: remove the waiver';
  if (entry.others.size > 0) return 'its findings are unknown or not applicable: only a failure is waived';
  return `no finding of rule ${entry.shown.rule ?? '(none)'} matched: check the rule id and the resource`;
}

/** Whether a resource pattern (a glob: see globPattern) names a resource id or address, case-insensitively (ARM ids are). */
export function resourceMatcher(pattern: string): (name: string) => boolean {
  if (!pattern.includes('*')) {
    const exact = pattern.toLowerCase();
    return (name) => name.length === exact.length && name.toLowerCase() === exact;
  }
  const regex = globPattern(pattern, true);
  return (name) => regex.test(name);
}

/** `date` plus `days`, as `YYYY-MM-DD` in UTC. */
function dayOf(date: Date, days: number): string {
  return new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}
