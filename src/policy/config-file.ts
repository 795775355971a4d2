import { existsSync } from 'node:fs';
import { join } from 'node:path';
import schema from '../../schemas/config.schema.json' with { type: 'json' };
import type { Catalogue, RuleCategory } from '../engine/catalogue.ts';
import { UsageError } from '../engine/errors.ts';
import type { ManagedComponents } from '../engine/policy.ts';
import { ajv, FileErrors, schemaProblems } from '../engine/schema-check.ts';
import type { Severity } from '../engine/severity.ts';
import { isObject } from '../lib/json.ts';
import { readYamlFile, type YamlFile } from '../engine/yaml-file.ts';
import { nearest } from '../lib/nearest.ts';
import type { WaiverDeclaration } from './waivers.ts';

/** The names a config file is found under in the working directory. */
export const CONFIG_FILE_NAMES = ['aks-audit.yaml', '.aks-audit.yaml'] as const;

/** One rule's setting in `rules` or an override: whether it runs, and the user's severity and parameters, each only when set. */
export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
  params?: Record<string, unknown>;
}

/** What a scoped override's `match` asks; every condition given must hold. */
export interface Scope {
  subscriptions?: string[];
  resourceGroups?: string[];
  tags?: Record<string, string>;
  clusters?: string[];
  namespaces?: string[];
  labels?: Record<string, string>;
  terraform?: { paths?: string[]; modules?: string[] };
}

export interface Override {
  match: Scope;
  categories: Map<RuleCategory, RuleSetting>;
  rules: Map<string, RuleSetting>;
  /** Where it is in the config file, for people. */
  line: number | undefined;
}

/** `all`, `recommended`, or a framework's id (frameworks/<id>.yaml): the rules that evaluate its controls. */
export type RuleSet = string;

/** A config file, checked and typed. */
export interface Config {
  /** Null: the scan runs without one. */
  file: string | null;
  extends: RuleSet;
  /** Settings for every rule of a category; a rule's own entry beats them. */
  categories: Map<RuleCategory, RuleSetting>;
  rules: Map<string, RuleSetting>;
  overrides: Override[];
  managedComponents: ManagedComponents;
  waivers: { maxLifetimeDays: number | null; entries: WaiverDeclaration[] };
}

/** No config file: every rule, AKS-managed objects set apart, as the README describes a plain scan. */
export const NO_CONFIG: Config = { file: null, extends: 'all', categories: new Map(), rules: new Map(), overrides: [], managedComponents: 'apart', waivers: { maxLifetimeDays: null, entries: [] } };

/** `aks-audit.yaml` (or `.aks-audit.yaml`) in `dir`, if there is one; both at once is ambiguous. */
export function findConfigFile(dir: string): string | undefined {
  const found = CONFIG_FILE_NAMES.map((name) => join(dir, name)).filter((path) => existsSync(path));
  if (found.length > 1) throw new UsageError(`both ${found.join(' and ')} exist: keep one, or name it with --config`);
  return found[0];
}

const validateConfig = ajv.compile(schema);

type RawSetting = string | { severity?: Severity; params?: Record<string, unknown> };
interface RawConfig {
  extends?: RuleSet;
  categories?: Partial<Record<RuleCategory, string>>;
  rules?: Record<string, RawSetting>;
  overrides?: { match: Scope; categories?: Partial<Record<RuleCategory, string>>; rules?: Record<string, RawSetting> }[];
  managedComponents?: ManagedComponents;
  waivers?: { maxLifetimeDays?: number; entries?: Omit<WaiverDeclaration, 'file' | 'line'>[] };
}

/**
 * Reads and checks a config file against its schema, then what the schema cannot know: that
 * every rule id names a rule of the catalogue (with the nearest id as a hint) and that every
 * parameter is one the rule has, with a value its parameter schema accepts. Every problem at
 * once, each with the file, the path and the line; nothing is scanned before it passes.
 */
export function readConfig(file: string, catalogue: Catalogue): Config {
  const yaml = readYamlFile(file);
  const value = yaml.value ?? {};
  // The schema's problems and the catalogue's together: one run shows every mistake.
  const problems = [...schemaProblems(yaml, validateConfig, value), ...catalogueProblems(yaml, catalogue, value)];
  if (problems.length) throw new FileErrors(problems);
  const raw = value as RawConfig;
  const settings = <K extends string>(entries: Partial<Record<K, RawSetting>> | undefined) => new Map(Object.entries(entries ?? {}).map(([key, setting]) => [key as K, normalize(setting as RawSetting)]));
  return {
    file,
    extends: raw.extends ?? 'all',
    categories: settings(raw.categories),
    rules: settings(raw.rules),
    overrides: (raw.overrides ?? []).map((o, i) => ({ match: o.match, categories: settings(o.categories), rules: settings(o.rules), line: yaml.lineOf(['overrides', i]) })),
    managedComponents: raw.managedComponents ?? 'apart',
    waivers: {
      maxLifetimeDays: raw.waivers?.maxLifetimeDays ?? null,
      entries: (raw.waivers?.entries ?? []).map((entry, i) => ({ ...entry, file, line: yaml.lineOf(['waivers', 'entries', i]) ?? 1 })),
    },
  };
}

/** Rule ids the catalogue has not, and parameters their rule has not or refuses; read defensively, as the schema may have failed too. */
function catalogueProblems(yaml: YamlFile, catalogue: Catalogue, value: unknown): string[] {
  if (!isObject(value)) return [];
  const problems: string[] = [];
  const settings = (entries: unknown, path: (string | number)[]) => {
    if (isObject(entries)) for (const [id, setting] of Object.entries(entries)) problems.push(...settingProblems(yaml, catalogue, id, setting, [...path, id]));
  };
  settings(value.rules, ['rules']);
  if (Array.isArray(value.overrides)) value.overrides.forEach((o: unknown, i) => isObject(o) && settings(o.rules, ['overrides', i, 'rules']));
  const entries = isObject(value.waivers) ? value.waivers.entries : undefined;
  if (Array.isArray(entries)) entries.forEach((e: unknown, i) => isObject(e) && typeof e.rule === 'string' && problems.push(...unknownRule(yaml, catalogue, e.rule, ['waivers', 'entries', i, 'rule'])));
  return problems;
}

function normalize(setting: RawSetting): RuleSetting {
  if (setting === 'off') return { enabled: false };
  if (setting === 'on') return { enabled: true };
  if (typeof setting === 'string') return { enabled: true, severity: setting as Severity };
  const normalized: RuleSetting = { enabled: true };
  if (setting.severity !== undefined) normalized.severity = setting.severity;
  if (setting.params !== undefined) normalized.params = setting.params;
  return normalized;
}

/** A rule id the catalogue has not, and its parameters that the rule has not or whose values its schema refuses. */
function settingProblems(yaml: YamlFile, catalogue: Catalogue, id: string, setting: unknown, path: (string | number)[]): string[] {
  const unknown = unknownRule(yaml, catalogue, id, path);
  if (unknown.length || !isObject(setting) || !isObject(setting.params)) return unknown;
  const parameters = catalogue.get(id)!.parameters;
  const problems: string[] = [];
  for (const [name, value] of Object.entries(setting.params)) {
    const at = [...path, 'params', name];
    const spec = parameters[name];
    if (!spec) {
      const known = Object.keys(parameters);
      const hint = known.length ? `; it has ${known.join(', ')}` : '; it has none';
      problems.push(`${place(yaml, at)}: rule ${id} has no parameter "${name}"${hint}`);
      continue;
    }
    problems.push(...schemaProblems(yaml, ajv.compile(spec.schema), value, at));
  }
  return problems;
}

function unknownRule(yaml: YamlFile, catalogue: Catalogue, id: string, path: (string | number)[]): string[] {
  if (catalogue.has(id)) return [];
  const close = nearest(id, catalogue.keys());
  return [`${place(yaml, path)}: no rule "${id}"${close.length ? ` (did you mean ${close.join(', ')}?)` : ''}; aks-audit rules lists them`];
}

/** `aks-audit.yaml: rules.x (line 4)`, as schema problems name a place. */
function place(yaml: YamlFile, path: (string | number)[]): string {
  const line = yaml.lineOf(path);
  return `${yaml.file}: ${path.join('.')}${line ? ` (line ${line})` : ''}`;
}
