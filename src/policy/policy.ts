import { defaultParameters, loadCatalogue, type Catalogue, type CatalogueEntry } from '../engine/catalogue.ts';
import { InputError, UsageError } from '../engine/errors.ts';
import { loadFrameworks, type Frameworks } from '../engine/framework.ts';
import type { Decision, Policy, RulePolicy } from '../engine/policy.ts';
import type { Severity } from '../engine/severity.ts';
import { NO_WAIVERS, type Waivers } from '../engine/waivers.ts';
import { findConfigFile, NO_CONFIG, readConfig, type Config, type RuleSetting } from './config-file.ts';
import { compileScope, scopeFacts, type Matcher } from './scope.ts';
import { waiverPolicy } from './waivers.ts';

/**
 * How a rule's setting for one resource is worked out, each layer over the one before:
 *
 *   1. the catalogue (rules.yaml): on, its severity, its parameters' defaults;
 *   2. the `extends` set: `recommended` turns off the rules marked `recommended: false`; a
 *      framework's id keeps only the rules that evaluate its controls;
 *   3. the config's `categories` entry for the rule's category, then its `rules` entry for the rule;
 *   4. every override whose `match` holds for the resource, in file order (later wins), each
 *      by its category entry, then its rule entry.
 *
 * A layer changes only what it states: a severity leaves the parameters as they were, a
 * parameter the others. A severity a rule gives one case itself (a version warning ahead of its
 * deadline) applies only where no layer above the catalogue set a severity for the rule.
 *
 * `--framework` selects before all of it: a rule no selected framework's control names never
 * runs, whatever the config says.
 */
interface Effective {
  enabled: boolean;
  /** Set by the user (3 or 4); undefined: the rule's own. */
  severity?: Severity;
  params: Record<string, unknown>;
}

/** Overrides that set one rule's parameters; each combination of them is a parameter set the rule runs with. */
const MAX_PARAMETER_OVERRIDES = 10;

function apply(effective: Effective, setting: RuleSetting): Effective {
  const next: Effective = { enabled: setting.enabled ?? effective.enabled, params: setting.params ? { ...effective.params, ...setting.params } : effective.params };
  const severity = setting.severity ?? effective.severity;
  if (severity !== undefined) next.severity = severity;
  return next;
}

interface Plan {
  unscoped: Effective;
  scoped: { matches: Matcher; setting: RuleSetting }[];
  /** Each distinct parameter set by its JSON: every decision names one of these objects. */
  paramSets: Map<string, Record<string, unknown>>;
  /** The one decision of a rule no override names. */
  everywhere: Decision | undefined;
}

/** The frameworks a scan is limited to (`--framework`), and all of them, that `extends` may name. */
export interface FrameworkSelection {
  frameworks: Frameworks;
  /** Ids of the frameworks whose rules alone run; undefined: no limit. */
  only?: string[];
}

/** The policy a config makes over the catalogue: which rules run where, at which severity, with which parameters, and the waivers. */
export function buildPolicy(config: Config, catalogue: Catalogue, waivers: Waivers = NO_WAIVERS, selection?: FrameworkSelection): Policy {
  const overrides = config.overrides.map((o) => ({ matches: compileScope(o.match), categories: o.categories, rules: o.rules }));
  const rules = new Map<string, RulePolicy>();
  const plans = new Map<string, Plan>();
  const inRuleSet = ruleSet(config.extends, selection?.frameworks ?? (config.extends === 'all' || config.extends === 'recommended' ? new Map() : loadFrameworks(catalogue)));
  const selected = selection?.only && new Set(selection.only.flatMap((id) => [...selection.frameworks.get(id)!.rules]));
  for (const entry of catalogue.values()) {
    if (selected && !selected.has(entry.id)) continue;
    let unscoped: Effective = { enabled: inRuleSet(entry), params: defaultParameters(entry) };
    for (const setting of settingsOf(entry, config)) unscoped = apply(unscoped, setting);
    const scoped = overrides.flatMap((o) => settingsOf(entry, o).map((setting) => ({ matches: o.matches, setting })));
    if (!unscoped.enabled && !scoped.some((s) => s.setting.enabled)) continue;
    rules.set(entry.id, { severity: unscoped.severity ?? entry.severity, params: unscoped.params });
    const plan: Plan = { unscoped, scoped, paramSets: parameterSets(entry, unscoped, scoped.map((s) => s.setting), config.file), everywhere: undefined };
    if (!scoped.length) plan.everywhere = decision(unscoped, plan);
    plans.set(entry.id, plan);
  }
  return {
    rules,
    runs: (ruleId) => [...plans.get(ruleId)!.paramSets.values()],
    decider(state) {
      const factsOf = scopeFacts(state);
      return (ruleId, resource, group) => {
        const plan = plans.get(ruleId)!;
        if (plan.everywhere) return plan.everywhere;
        const facts = factsOf(resource, group);
        let effective = plan.unscoped;
        for (const { matches, setting } of plan.scoped) if (matches(facts)) effective = apply(effective, setting);
        return decision(effective, plan);
      };
    },
    managedComponents: config.managedComponents,
    waivers,
  };
}

/** What a config, or one override, says of a rule: its category's setting, then its own, which beats it. */
function settingsOf(entry: CatalogueEntry, said: Pick<Config, 'categories' | 'rules'>): RuleSetting[] {
  return [said.categories.get(entry.category), said.rules.get(entry.id)].filter((s) => s !== undefined);
}

/** Whether the `extends` set has a rule: every rule, the recommended ones, or a framework's. */
function ruleSet(name: string, frameworks: Frameworks): (entry: CatalogueEntry) => boolean {
  if (name === 'all') return () => true;
  if (name === 'recommended') return (entry) => entry.recommended !== false;
  const framework = frameworks.get(name);
  if (!framework) throw new UsageError(`extends: no framework "${name}" (frameworks/${name}.yaml)`);
  return (entry) => framework.rules.has(entry.id);
}

function decision(effective: Effective, plan: Plan): Decision {
  if (!effective.enabled) return 'off';
  const params = plan.paramSets.get(JSON.stringify(effective.params))!;
  return effective.severity === undefined ? { params } : { params, severity: effective.severity };
}

/**
 * Every parameter set a rule can be judged with: the unscoped one first, then one per
 * combination of the overrides that set its parameters (a resource may match any of them).
 */
function parameterSets(entry: CatalogueEntry, unscoped: Effective, scoped: RuleSetting[], file: string | null): Map<string, Record<string, unknown>> {
  const setting = scoped.filter((s) => s.params !== undefined);
  if (setting.length > MAX_PARAMETER_OVERRIDES) throw new InputError(file ?? 'config', `overrides of ${entry.id}`, `${setting.length} overrides set its parameters; at most ${MAX_PARAMETER_OVERRIDES} may (combine their scopes)`);
  const sets = new Map([[JSON.stringify(unscoped.params), unscoped.params]]);
  for (let mask = 1; mask < 2 ** setting.length; mask++) {
    let params = unscoped.params;
    setting.forEach((s, i) => {
      if (mask & (2 ** i)) params = { ...params, ...s.params };
    });
    const key = JSON.stringify(params);
    if (!sets.has(key)) sets.set(key, params);
  }
  return sets;
}

export interface PolicyOptions {
  /** `--config <file>`. */
  config?: string;
  /** `--no-config`: ignore the working directory's config file. */
  noConfig?: boolean;
  /** Where to look for `aks-audit.yaml` (default: the working directory). */
  dir?: string;
  /** The scan's date, that waivers expire against (default: now). */
  asOf?: Date;
  /** `--framework`: only the rules of these frameworks run. */
  frameworks?: string[];
}

/**
 * The config file a command runs with (`--config`, else `aks-audit.yaml` in the working
 * directory unless `--no-config`) and the policy it makes, with its waivers and the inline ones
 * found while judging. Every problem in the file is thrown at once (FileErrors), before anything
 * is read or scanned.
 */
export function loadPolicy(options: PolicyOptions, catalogue: Catalogue = loadCatalogue(), frameworks: Frameworks = loadFrameworks(catalogue)): { policy: Policy; config: Config } {
  if (options.config !== undefined && options.noConfig) throw new UsageError('--config and --no-config cannot be combined');
  for (const id of options.frameworks ?? []) if (!frameworks.has(id)) throw new UsageError(`--framework: "${id}" is not one of ${[...frameworks.keys()].join(', ')}`);
  const file = options.config ?? (options.noConfig ? undefined : findConfigFile(options.dir ?? '.'));
  const config = file === undefined ? NO_CONFIG : readConfig(file, catalogue);
  const { entries, maxLifetimeDays } = config.waivers;
  const waivers = waiverPolicy(entries, { asOf: options.asOf ?? new Date(), ...(maxLifetimeDays === null ? {} : { maxLifetimeDays }) });
  return { policy: buildPolicy(config, catalogue, waivers, { frameworks, ...(options.frameworks?.length ? { only: options.frameworks } : {}) }), config };
}
