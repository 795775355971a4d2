import type { ResourceBase } from '../state/resource.ts';
import type { Status, Waiver, WaiverPlace } from './finding.ts';

/**
 * The exceptions a scan accepts: what the engine asks while it judges, and what the report says
 * became of each one afterwards. The policy layer implements it (src/policy/waivers.ts): the
 * engine knows no matching and no expiry.
 */
export interface Waivers {
  /**
   * The waiver for this verdict, live or expired, when one matches. Asked of every verdict:
   * only a failure is waived (an unknown is not a known risk to accept), and the others let a
   * waiver whose finding now passes be reported as no longer needed. Records what matched: one
   * `Waivers` per evaluation.
   */
  waiverFor(ruleId: string, resource: ResourceBase, status: Status): Waiver | undefined;
  /** After evaluation: every waiver declared, and what became of it. */
  coverage(): WaiverCoverage;
}

/** A waiver as declared, for the report's lists. */
export interface DeclaredWaiver {
  /** Null for an inline waiver that names none (invalid). */
  rule: string | null;
  /** The pattern of a config waiver; the resource an inline waiver is written on. */
  resource: string;
  reason: string | null;
  owner: string | null;
  expires: string | null;
  ticket?: string;
  declared: WaiverPlace;
}

export interface WaiverCoverage {
  /** Every waiver seen: each config entry, and each inline waiver on a resource a rule judged. */
  declared: number;
  /** Live and waiving: how many failures each waives. */
  applied: Array<DeclaredWaiver & { findings: number }>;
  /** Past their date: the failures they no longer waive, by resource. */
  expired: Array<DeclaredWaiver & { findings: number; resources: string[] }>;
  /** Live, but waiving nothing: why (no such finding, or it passes now), so teams remove them. */
  unused: Array<DeclaredWaiver & { why: string }>;
  /** Never applied: no rule, no reason, a bad date, or beyond the longest lifetime allowed. */
  invalid: Array<DeclaredWaiver & { problem: string }>;
  /** Live waivers whose last day is within 30 days of the scan's date. */
  expiringSoon: DeclaredWaiver[];
}

/** A scan without waivers: nothing matches, nothing is declared. */
export const NO_WAIVERS: Waivers = {
  waiverFor: () => undefined,
  coverage: () => ({ declared: 0, applied: [], expired: [], unused: [], invalid: [], expiringSoon: [] }),
};
