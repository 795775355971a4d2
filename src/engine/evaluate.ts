import type { ReferenceData } from '../reference/reference-data.ts';
import { refOf, type ResourceBase, type ResourceRef } from '../state/resource.ts';
import type { State } from '../state/state.ts';
import { Analyses } from './analysis.ts';
import { Coverage } from './coverage.ts';
import type { Evidence, Finding, Status } from './finding.ts';
import { fingerprintOf } from './fingerprint.ts';
import type { Policy } from './policy.ts';
import type { Rule, RuleContext } from './rule.ts';
import type { Severity } from './severity.ts';

/** A rule that threw: its other findings are kept, and the scan exits 2 at the end. */
export interface RuleCrash {
  ruleId: string;
  message: string;
}

export interface Evaluation {
  findings: Finding[];
  crashes: RuleCrash[];
}

/** A resource's ref grouped under another resource than its own parent; one per pair, as refs are shared. */
const GROUPED = new WeakMap<ResourceBase, WeakMap<ResourceBase, ResourceRef>>();

function groupedRef(resource: ResourceBase, group: ResourceBase): ResourceRef {
  let byGroup = GROUPED.get(resource);
  if (!byGroup) GROUPED.set(resource, (byGroup = new WeakMap()));
  let ref = byGroup.get(group);
  if (!ref) byGroup.set(group, (ref = { ...refOf(resource), parent: refOf(group) }));
  return ref;
}

function sameId(resource: ResourceBase, ref: ResourceRef | undefined): boolean {
  return ref !== undefined && ref.id.toLowerCase() === resource.id.toLowerCase();
}

/**
 * Runs every rule the policy turns on over the state, once per parameter set the policy gives it
 * (scoped overrides may set other parameters for some resources): each run keeps the findings on
 * the resources whose decision names its parameters, so a rule needs no knowledge of scopes.
 * Pure: same input, same findings. A caller that wants the analyses the rules shared (the
 * report's cluster topology) passes its own.
 */
export function evaluate(state: State, rules: readonly Rule<never>[], policy: Policy, now: Date, reference: ReferenceData, analyses = new Analyses(state)): Evaluation {
  const findings: Finding[] = [];
  const crashes: RuleCrash[] = [];
  const coverage = new Coverage(state.coverage);
  const decide = policy.decider(state);
  for (const rule of rules) {
    const settings = policy.rules.get(rule.id);
    if (!settings) continue;
    for (const params of policy.runs(rule.id)) {
      const context = (group: ResourceBase | undefined): RuleContext<Record<string, unknown>> => {
        const emit = (resource: ResourceBase, status: Status, message: string, evidence: Evidence[], part?: string, severity?: Severity): void => {
          const decision = decide(rule.id, resource, group);
          if (decision === 'off' || decision.params !== params) return;
          const apart = resource.managedBy !== undefined && policy.managedComponents === 'apart' && (status === 'fail' || status === 'unknown');
          const finding: Finding = {
            ruleId: rule.id,
            status: apart ? 'not-applicable' : status,
            // The user's severity first: a rule's own severity for a case only refines the catalogue's.
            severity: decision.severity ?? severity ?? settings.severity,
            resource: group ? groupedRef(resource, group) : refOf(resource),
            message: apart ? `Set apart, ${resource.managedBy!}. ${message}` : message,
            evidence,
            origin: resource.origin,
            fingerprint: fingerprintOf(rule.id, resource.id, part, group && !sameId(group, resource.parent) ? group.id : undefined),
          };
          if (part !== undefined) finding.part = part;
          if (apart) finding.setApart = true;
          const waiver = policy.waivers.waiverFor(rule.id, resource, finding.status);
          if (waiver) {
            finding.waiver = waiver;
            if (!waiver.expired) finding.status = 'waived';
          }
          findings.push(finding);
        };
        return {
          state,
          params,
          now,
          coverage,
          reference,
          analysis: (a) => analyses.get(a),
          pass: (r, message, evidence = [], part) => emit(r, 'pass', message, evidence, part),
          fail: (r, message, evidence, options) => emit(r, 'fail', message, evidence, options?.part, options?.severity),
          unknown: (r, reason, evidence = [], part) => emit(r, 'unknown', reason, evidence, part),
          notApplicable: (r, reason, part) => emit(r, 'not-applicable', reason, [], part),
          under: (parent) => context(parent),
        };
      };
      try {
        (rule as Rule<Record<string, unknown>>).check(context(undefined));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (!crashes.some((c) => c.ruleId === rule.id && c.message === message)) crashes.push({ ruleId: rule.id, message });
      }
    }
  }
  return { findings, crashes };
}
