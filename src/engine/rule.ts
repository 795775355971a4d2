import type { ReferenceData } from '../reference/reference-data.ts';
import type { ResourceBase } from '../state/resource.ts';
import type { State } from '../state/state.ts';
import type { Analysis } from './analysis.ts';
import type { Coverage } from './coverage.ts';
import type { Evidence } from './finding.ts';
import type { Severity } from './severity.ts';

/** What a rule is handed: the normalized state, its parameters, the clock, reference data, and the verdict calls. */
export interface RuleContext<P> {
  readonly state: State;
  readonly params: P;
  /** The evaluation time: version currency and waiver expiry are judged against it. */
  readonly now: Date;
  /** What was read for which scope: ask it before taking "none in the input" for "none". */
  readonly coverage: Coverage;
  /** Dated data judged against besides the state (the AKS support calendar), loaded by the caller. */
  readonly reference: ReferenceData;
  /** A shared analysis of the state, computed once per evaluation for every rule that asks. */
  analysis<T>(analysis: Analysis<T>): T;
  pass(resource: ResourceBase, message: string, evidence?: Evidence[], part?: string): void;
  /** `severity` lowers or raises this one finding (a warning ahead of a deadline), else the rule's own. */
  fail(resource: ResourceBase, message: string, evidence: Evidence[], options?: { severity?: Severity; part?: string }): void;
  unknown(resource: ResourceBase, reason: string, evidence?: Evidence[], part?: string): void;
  notApplicable(resource: ResourceBase, reason: string, part?: string): void;
  /**
   * The same context, with every finding it emits grouped under `parent` (a cluster, for the
   * subnet its nodes use) instead of the resource's own parent: reports group by it.
   */
  under(parent: ResourceBase): RuleContext<P>;
}

/** A check over the normalized state. Its metadata lives in `rules.yaml` under the same id. */
export interface Rule<P = Record<string, unknown>> {
  id: string;
  check(ctx: RuleContext<P>): void;
}

export function defineRule<P>(rule: Rule<P>): Rule<P> {
  return rule;
}
