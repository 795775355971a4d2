import type { ResourceBase } from '../state/resource.ts';
import type { State } from '../state/state.ts';
import type { Analysis } from './analysis.ts';
import type { Coverage } from './coverage.ts';
import type { Evidence } from './finding.ts';
import type { Severity } from './severity.ts';

/** What a rule is handed: the normalized state, its parameters, the clock, and the verdict calls. */
export interface RuleContext<P> {
  readonly state: State;
  readonly params: P;
  /** The evaluation time: version currency and waiver expiry are judged against it. */
  readonly now: Date;
  /** What was read for which scope: ask it before taking "none in the input" for "none". */
  readonly coverage: Coverage;
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

/**
 * Evidence for one field: its path in the source, the value seen, and a note when the value
 * is the API default rather than something the source said.
 */
export function observed(resource: ResourceBase, statePath: string, sourcePath: string, value: unknown): Evidence {
  const evidence: Evidence = { path: sourcePath, value: value === undefined ? null : value };
  if (resource.provenance.defaulted.includes(statePath)) evidence.note = 'not set in the source; this is the API default';
  else if (value === null || value === undefined) evidence.note = 'not stated by the source';
  return evidence;
}

/**
 * Where a child or extension resource is, for evidence on its parent: its id relative to the
 * parent's (`agentPools/system`, `providers/Microsoft.Insights/diagnosticSettings/audit`), since
 * the finding already names the parent; the full id when it is not under the parent.
 */
export function childPath(parent: ResourceBase, childId: string): string {
  const prefix = parent.id.length + 1;
  return childId.length > prefix && childId[parent.id.length] === '/' && childId.slice(0, parent.id.length).toLowerCase() === parent.id.toLowerCase() ? childId.slice(prefix) : childId;
}

/** The standard reason for an unknown verdict on a field the source did not state. */
export function notStated(sourcePath: string): string {
  return `${sourcePath} is not stated by the source, so this cannot be judged; export the full resource or scan it live`;
}
