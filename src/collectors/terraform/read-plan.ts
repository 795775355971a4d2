import { InputError } from '../../engine/errors.ts';
import { isObject, type JsonObject } from '../../lib/json.ts';
import { MAX_INPUT_BYTES, parseJsonText, readInputText } from '../files/read-json.ts';
import { parseAddress } from './address.ts';
import type { TfAction, TfResource } from './model.ts';
import { ConfiguredAttributes } from './plan-configured.ts';
import { PlanProviders } from './plan-providers.ts';
import { ConfigurationReferences } from './plan-references.ts';
import { configurationFolders, PlanText, type ModuleFolder } from './plan-locations.ts';
import { markedValues } from './plan-values.ts';

/**
 * Reads `terraform show -json plan.out` output into resource instances as they will be after
 * apply: every format (0.1 from Terraform 0.12 to 1.x), UTF-8 or UTF-16 with a byte order mark
 * (Windows PowerShell's `>`). Values come from `resource_changes[].change.after` with its marks;
 * data sources read while planning, which have no change, from `planned_values`.
 */

export interface PlanRead {
  resources: TfResource[];
  /** Changes not read, with why (an action this reader does not know): the source is then partial. */
  skipped: string[];
  /** The folders of the plan's modules, for locating blocks in `.tf` files beside it. */
  modules: ModuleFolder[];
  /** The root module's azurerm version constraint (`configuration.provider_config`), when it wrote one. */
  azurermConstraint?: string;
}

/** Reads one plan file; a file that is not a plan, or a broken one, is an `InputError` naming the place. */
export function readPlanFile(file: string, source: string, maxBytes = MAX_INPUT_BYTES): PlanRead {
  const text = readInputText(file, maxBytes);
  if (text.startsWith('PK\u0003\u0004')) throw new InputError(file, undefined, 'is a binary plan file: give its JSON, `terraform show -json plan.out > plan.json`');
  return readPlan(parseJsonText(file, text), { file, source, text });
}

interface Where {
  file: string;
  source: string;
  /** The plan's text, for each instance's line; without it every instance is at line 1. */
  text?: string;
}

const ACTIONS: Record<string, TfAction> = {
  create: 'create',
  update: 'update',
  'no-op': 'no-op',
  delete: 'delete',
  read: 'read',
  forget: 'forget',
  'delete,create': 'replace',
  'create,delete': 'replace',
};

/** A parsed plan's resource instances. */
export function readPlan(plan: unknown, where: Where): PlanRead {
  const { file } = where;
  if (!isObject(plan)) throw new InputError(file, undefined, 'is not a Terraform plan: expected an object (terraform show -json)');
  checkFormat(file, plan);
  const changes = plan.resource_changes ?? [];
  if (!Array.isArray(changes)) throw new InputError(file, 'resource_changes', 'expected a list');
  const configuration: Configuration = { references: new ConfigurationReferences(plan.configuration), providers: new PlanProviders(plan) };
  const located: { resource: TfResource; offset: number; section: 'resource_changes' | 'planned_values' }[] = [];
  const skipped: string[] = [];
  const changed = new Set<string>();
  const planned = plannedResources(plan.planned_values);
  const plannedByAddress = new Map(planned.map((p) => [p.entry.address, p]));
  /** `planned_values` marks sensitive paths too: a path either marks is hidden. */
  const plannedSensitive = (address: string) => {
    const p = plannedByAddress.get(address);
    return p ? [{ value: p.entry.sensitive_values, place: `${p.place}.sensitive_values` }] : [];
  };

  changes.forEach((entry: unknown, i) => {
    const place = `resource_changes[${i}]`;
    if (!isObject(entry)) throw new InputError(file, place, 'expected an object');
    if (entry.deposed !== undefined) return; // an older object of a replaced instance, being destroyed: the instance itself is the other entry
    const change = entry.change;
    if (!isObject(change) || !Array.isArray(change.actions)) throw new InputError(file, `${place}.change.actions`, 'expected a list of actions');
    const address = addressOf(file, place, entry);
    const action = ACTIONS[change.actions.join(',')];
    if (!action) {
      skipped.push(`${entry.address as string} (actions ${JSON.stringify(change.actions)})`);
      return;
    }
    changed.add(entry.address as string);
    const gone = action === 'delete' || action === 'forget';
    const values = gone
      ? markedValues(file, `${place}.change.before`, change.before ?? {}, { value: undefined, place }, [{ value: change.before_sensitive, place: `${place}.change.before_sensitive` }])
      : markedValues(file, `${place}.change.after`, change.after, { value: change.after_unknown, place: `${place}.change.after_unknown` }, [{ value: change.after_sensitive, place: `${place}.change.after_sensitive` }, ...plannedSensitive(entry.address as string)]);
    located.push({ resource: instance(entry.address as string, address, values, action, configuration, where), offset: 0, section: 'resource_changes' });
  });

  for (const { entry, place } of planned) {
    if (entry.mode !== 'data' || changed.has(entry.address as string)) continue;
    const address = addressOf(file, place, entry);
    const values = markedValues(file, `${place}.values`, entry.values, { value: undefined, place }, [{ value: entry.sensitive_values, place: `${place}.sensitive_values` }]);
    located.push({ resource: instance(entry.address as string, address, values, 'read', configuration, where), offset: 0, section: 'planned_values' });
  }

  if (where.text !== undefined) {
    const text = new PlanText(where.text);
    const sections = { resource_changes: text.section('resource_changes'), planned_values: text.section('planned_values') };
    for (const l of located) l.offset = text.objectOf(l.resource.address, sections[l.section]);
    text.place(located);
  }
  const read: PlanRead = { resources: located.map((l) => l.resource), skipped, modules: configurationFolders(plan.configuration, file) };
  const constraint = azurermConstraintOf(plan.configuration);
  if (constraint !== undefined) read.azurermConstraint = constraint;
  return read;
}

/** `provider_config.azurerm.version_constraint` (the key may carry an alias or a module path: `module.aks:azurerm`). */
function azurermConstraintOf(configuration: unknown): string | undefined {
  const providers = isObject(configuration) && isObject(configuration.provider_config) ? configuration.provider_config : {};
  for (const [key, provider] of Object.entries(providers)) {
    if (!isObject(provider) || typeof provider.version_constraint !== 'string') continue;
    const name = typeof provider.name === 'string' ? provider.name : key;
    if (name === 'azurerm' && !key.includes(':')) return provider.version_constraint;
  }
  return undefined;
}

/** Formats 0.x and 1.x are read; a new major version may mean anything, so it is refused (as Terraform asks of readers). */
function checkFormat(file: string, plan: JsonObject): void {
  const version = plan.format_version;
  if (version !== undefined && (typeof version !== 'string' || !/^[01]\.\d+$/.test(version))) {
    throw new InputError(file, 'format_version', `${JSON.stringify(version)} is not a plan format this version reads (0.x, 1.x)`);
  }
  if (plan.resource_changes !== undefined || plan.planned_values !== undefined) return;
  if (isObject(plan.values)) throw new InputError(file, undefined, 'is Terraform state (terraform show -json without a plan), not a plan: give `terraform show -json plan.out`');
  throw new InputError(file, undefined, 'is not a Terraform plan: no resource_changes or planned_values (give `terraform show -json plan.out`)');
}

function addressOf(file: string, place: string, entry: JsonObject) {
  const parsed = typeof entry.address === 'string' ? parseAddress(entry.address) : undefined;
  if (!parsed) throw new InputError(file, `${place}.address`, typeof entry.address === 'string' ? `"${entry.address}" is not a resource address` : 'expected a resource address');
  return parsed;
}

/** What the plan's `configuration` tells of each instance: its references, the attributes it writes, its provider. */
interface Configuration {
  references: ConfigurationReferences;
  providers: PlanProviders;
}

/**
 * An instance of the plan. Its block in the configuration says which attributes it writes; without
 * the block (a plan without `configuration`), every attribute of the values reads as stated.
 */
function instance(address: string, parsed: NonNullable<ReturnType<typeof parseAddress>>, values: TfResource['values'], action: TfAction, configuration: Configuration, where: Where): TfResource {
  const block = configuration.references.block(parsed);
  const provider = configuration.providers.of(block);
  const resource: TfResource = {
    address,
    module: parsed.module,
    type: parsed.type,
    name: parsed.name,
    mode: parsed.mode,
    values,
    action,
    references: configuration.references.of(parsed),
    file: where.file,
    line: 1,
    lines: {},
    source: where.source,
  };
  if (block && isObject(block.expressions)) resource.configured = new ConfiguredAttributes(block.expressions);
  if (provider) resource.provider = provider;
  return resource;
}

/** Every resource of `planned_values`, root module then child modules, in the order they are written. */
function plannedResources(planned: unknown): { entry: JsonObject; place: string }[] {
  const out: { entry: JsonObject; place: string }[] = [];
  const walk = (module: unknown, place: string): void => {
    if (!isObject(module)) return;
    if (Array.isArray(module.resources)) module.resources.forEach((r: unknown, i) => {
      if (isObject(r)) out.push({ entry: r, place: `${place}.resources[${i}]` });
    });
    if (Array.isArray(module.child_modules)) module.child_modules.forEach((m: unknown, i) => walk(m, `${place}.child_modules[${i}]`));
  };
  if (isObject(planned)) walk(planned.root_module, 'planned_values.root_module');
  return out;
}
