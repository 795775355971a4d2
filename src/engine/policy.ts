import type { ResourceBase } from '../state/resource.ts';
import { defaultParameters, type Catalogue } from './catalogue.ts';
import type { Severity } from './severity.ts';
import { NO_WAIVERS, type Waivers } from './waivers.ts';

/** How one rule runs: its severity and its parameters, after the user's config. */
export interface RulePolicy {
  severity: Severity;
  params: Record<string, unknown>;
}

/** A per-resource decision from a scoped override: drop the finding, or change its severity. */
export type ScopedSetting = 'off' | Severity | undefined;

export interface Policy {
  /** The rules that run; a rule absent here is off. */
  rules: Map<string, RulePolicy>;
  /** Scoped overrides (by subscription, resource group, tag): consulted for every finding. */
  scoped(ruleId: string, resource: ResourceBase): ScopedSetting;
  /** Waivers from the config file and inline in the inputs. */
  waivers: Waivers;
}

/** Every catalogue rule on, at its catalogue severity, with its default parameters. */
export function defaultPolicy(catalogue: Catalogue, waivers: Waivers = NO_WAIVERS): Policy {
  const rules = new Map<string, RulePolicy>();
  for (const entry of catalogue.values()) rules.set(entry.id, { severity: entry.severity, params: defaultParameters(entry) });
  return { rules, scoped: () => undefined, waivers };
}
