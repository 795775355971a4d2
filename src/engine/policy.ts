import type { ResourceBase } from '../state/resource.ts';
import type { State } from '../state/state.ts';
import { defaultParameters, type Catalogue } from './catalogue.ts';
import type { Severity } from './severity.ts';
import { NO_WAIVERS, type Waivers } from './waivers.ts';

/** How one rule runs where no scope says otherwise: its severity and parameters after the user's config. */
export interface RulePolicy {
  severity: Severity;
  params: Record<string, unknown>;
}

/**
 * What the policy decides for one finding's resource: drop it (the rule is off there), or the
 * parameter set it is judged with (one of the rule's `runs`, the same object) and the severity
 * the user set for it, if any. Only when the user set none does a severity the rule emits for a
 * case (a warning ahead of a deadline) apply, and then the rule's catalogue severity.
 */
export type Decision = 'off' | { params: Record<string, unknown>; severity?: Severity };

/** `apart`: fail and unknown findings on objects AKS manages become not-applicable, with the reason; `judge`: judged as any other. */
export type ManagedComponents = 'apart' | 'judge';

export interface Policy {
  /** The rules that run somewhere, with their unscoped settings; a rule absent here is off everywhere. */
  rules: Map<string, RulePolicy>;
  /** Each distinct parameter set the rule runs with, the unscoped one first: scoped overrides may set others. */
  runs(ruleId: string): Record<string, unknown>[];
  /** How to decide over one state (a scope may look up a pool's cluster): once per evaluation. */
  decider(state: State): Decide;
  managedComponents: ManagedComponents;
  /** Waivers from the config file and inline in the inputs. */
  waivers: Waivers;
}

/** The decision for `resource`, judged under `group` when the rule grouped it there (a subnet under a cluster). */
export type Decide = (ruleId: string, resource: ResourceBase, group: ResourceBase | undefined) => Decision;

/** A policy without scopes: each rule of `rules` everywhere, at its settings. */
export function unscopedPolicy(rules: Map<string, RulePolicy>, managedComponents: ManagedComponents, waivers: Waivers = NO_WAIVERS): Policy {
  const decisions = new Map([...rules].map(([id, settings]) => [id, { params: settings.params }]));
  return {
    rules,
    runs: (ruleId) => [rules.get(ruleId)!.params],
    decider: () => (ruleId) => decisions.get(ruleId) ?? 'off',
    managedComponents,
    waivers,
  };
}

/** Every catalogue rule on, at its catalogue severity, with its default parameters; AKS-managed objects set apart. */
export function defaultPolicy(catalogue: Catalogue, waivers: Waivers = NO_WAIVERS): Policy {
  const rules = new Map<string, RulePolicy>();
  for (const entry of catalogue.values()) rules.set(entry.id, { severity: entry.severity, params: defaultParameters(entry) });
  return unscopedPolicy(rules, 'apart', waivers);
}
