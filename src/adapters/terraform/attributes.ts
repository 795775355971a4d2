import type { Provenance } from '../../state/provenance.ts';
import type { Maybe } from '../../state/resource.ts';
import { Unknown, type TfResource, type TfValue } from '../../collectors/terraform/model.ts';
import type { Identities } from './identities.ts';

/**
 * Reads a Terraform resource's attributes into state fields, recording for each where it came
 * from (the attribute path and its line), whether it is the provider's documented default,
 * and why it is unknown. One reader per resource instance.
 *
 * An attribute may have several spellings across azurerm versions (`enable_node_public_ip` in
 * v3, `node_public_ip_enabled` in v4): every spelling is read, and two that disagree make the
 * field unknown, never the more protective of the two.
 */
export class AttributeReader {
  readonly provenance: Provenance & { paths: Record<string, string>; unknown: Record<string, string>; lines: Record<string, number>; defaultNotes: Record<string, string> };
  private readonly resource: TfResource;
  private readonly ids: Identities | undefined;
  private readonly prefix: string;

  constructor(resource: TfResource, ids?: Identities, prefix = '', provenance?: AttributeReader['provenance']) {
    this.resource = resource;
    this.ids = ids;
    this.prefix = prefix;
    this.provenance = provenance ?? { paths: {}, defaulted: [], defaultNotes: {}, unknown: {}, lines: {} };
  }

  /** A reader for a nested block (`default_node_pool[0]`) recording into its own provenance, its paths relative to it. */
  block(prefix: string): AttributeReader {
    return new AttributeReader(this.resource, this.ids, `${this.prefix}${prefix}.`, { paths: {}, at: prefix, defaulted: [], defaultNotes: {}, unknown: {}, lines: {} });
  }

  /**
   * The identity an attribute refers to (a pool's subnet): the referenced resource's, or an ARM id
   * written out; null when unset (nothing to join) or, with the reason, when it cannot be resolved.
   */
  target(statePath: string, name: string): Maybe<string> {
    const path = this.prefix + name;
    const raw = valueAt(this.resource.values, path);
    const id = this.ids?.target(this.resource, path) ?? null;
    if (id === null && raw !== undefined && raw !== null) this.provenance.unknown[statePath] = raw instanceof Unknown ? `${raw.reason}, and refers to no resource of this configuration` : 'not a resource of this configuration or an ARM id';
    return this.record(statePath, name, id);
  }

  /**
   * The field at `statePath` from the first stated of `names` (attribute paths, newest spelling
   * first), parsed by `parse` (undefined when the value has the wrong type). Unset in the
   * configuration → `unset` when the provider documents one (pass undefined when it does not,
   * or when it depends on a provider version that is not known). A value a plan holds for an
   * attribute its configuration does not write is the provider's: stated by no one, so defaulted.
   */
  read<T>(statePath: string, names: string | readonly string[], parse: (value: TfValue) => T | undefined, unset?: T): Maybe<T> {
    const spellings = typeof names === 'string' ? [names] : names;
    let found: { name: string; value: T; names: string[] } | undefined;
    let unknown: { name: string; reason: string } | undefined;
    for (const name of spellings) {
      const raw = valueAt(this.resource.values, this.prefix + name);
      if (raw === undefined || raw === null) continue;
      if (raw instanceof Unknown) {
        unknown ??= { name, reason: raw.reason };
        continue;
      }
      const value = parse(raw);
      if (value === undefined) {
        unknown ??= { name, reason: firstUnknown(raw)?.reason ?? `not of the type the provider expects (${describe(raw)})` };
        continue;
      }
      if (found && !same(found.value, value)) return this.conflict(statePath, found.name);
      if (found) found.names.push(name);
      else found = { name, value, names: [name] };
    }
    if (found) {
      const note = this.providerFilled(found.names);
      if (note !== undefined) this.defaulted(statePath, note);
      return this.record(statePath, found.name, found.value);
    }
    if (unknown) {
      this.provenance.unknown[statePath] = unknown.reason;
      return this.record(statePath, unknown.name, null);
    }
    const name = spellings[0] as string;
    if (unset === undefined) {
      this.provenance.unknown[statePath] = 'not set in the configuration, and the provider documents no default for it';
      return this.record(statePath, name, null);
    }
    this.defaulted(statePath, DOCUMENTED_DEFAULT);
    return this.record(statePath, name, unset);
  }

  /** Whether an optional block is present (`oms_agent`: present means the add-on is on); unknown when the block is. */
  present(statePath: string, name: string): Maybe<boolean> {
    return this.read(statePath, name, (v) => (Array.isArray(v) ? v.length > 0 : undefined), false);
  }

  /** A field azurerm has no attribute for, whose value follows from that (a cluster it creates runs no pod identity). */
  fixed<T>(statePath: string, value: T, why: string): T {
    this.provenance.paths[statePath] = `(${why})`;
    this.provenance.defaulted.push(statePath);
    return value;
  }

  /** A field the source cannot say, with why (and the attribute it would be, when there is one). */
  unknowable(statePath: string, why: string, name?: string): null {
    this.provenance.unknown[statePath] = why;
    return name === undefined ? null : this.record(statePath, name, null);
  }

  /** The raw value of an attribute path, for lists of nested blocks the caller walks. */
  raw(name: string): TfValue | undefined {
    return valueAt(this.resource.values, this.prefix + name);
  }

  /**
   * Why a value a plan holds is the provider's, when no spelling that holds it is written in the
   * configuration: undefined when one is, or when that cannot be told (no configuration, a `dynamic` block).
   */
  private providerFilled(names: readonly string[]): string | undefined {
    const { configured, values, action } = this.resource;
    if (!configured) return undefined;
    if (names.some((name) => configured.writes(this.prefix + name, values) !== false)) return undefined;
    return action === 'update' || action === 'no-op' ? PROVIDER_KEPT : PROVIDER_FILLED;
  }

  private defaulted(statePath: string, note: string): void {
    this.provenance.defaulted.push(statePath);
    this.provenance.defaultNotes[statePath] = note;
  }

  private record<T>(statePath: string, name: string, value: T): T {
    this.provenance.paths[statePath] = name;
    const line = this.resource.lines[this.prefix + name];
    if (line !== undefined) this.provenance.lines[statePath] = line;
    return value;
  }

  private conflict(statePath: string, name: string): null {
    (this.provenance.conflicting ??= []).push(statePath);
    return this.record(statePath, name, null);
  }
}

const DOCUMENTED_DEFAULT = 'not set in the configuration; this is the provider default';
const PROVIDER_FILLED = 'not set in the configuration; the plan holds the provider default';
/** An existing resource keeps, for an attribute the configuration leaves out, what it has (or the provider resets it to its default). */
const PROVIDER_KEPT = 'not set in the configuration; the plan holds the provider default or the value the resource already has';

/** The value at `a[0].b`, undefined where the path leaves the value; an Unknown on the way is the answer. */
export function valueAt(values: Record<string, TfValue>, path: string): TfValue | undefined {
  let value: TfValue | undefined = values;
  for (const segment of path.split('.')) {
    const m = /^([^[]+)((?:\[\d+\])*)$/.exec(segment);
    if (!m) return undefined;
    const steps: (string | number)[] = [m[1] as string, ...[...(m[2] ?? '').matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]))];
    for (const step of steps) {
      if (value instanceof Unknown) return value;
      if (typeof step === 'number') value = Array.isArray(value) ? value[step] : undefined;
      else value = value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, step) ? value[step] : undefined;
      if (value === undefined) return undefined;
    }
  }
  return value;
}

export const asBool = (v: TfValue): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
export const asString = (v: TfValue): string | undefined => (typeof v === 'string' ? v : undefined);
export const asNumber = (v: TfValue): number | undefined => (typeof v === 'number' ? v : undefined);
/** A list (or set) of strings; an unknown element makes the whole list unknown rather than shorter. */
export const asStrings = (v: TfValue): string[] | undefined => (Array.isArray(v) && v.every((e) => typeof e === 'string') ? (v as string[]) : undefined);

/** The first unknown inside a list or object: a list with one unknown element is not a shorter list. */
function firstUnknown(v: TfValue): Unknown | undefined {
  if (v instanceof Unknown) return v;
  if (v === null || typeof v !== 'object') return undefined;
  for (const e of Object.values(v)) {
    const found = firstUnknown(e);
    if (found) return found;
  }
  return undefined;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function describe(v: TfValue): string {
  return Array.isArray(v) ? 'a list' : v === null ? 'null' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** A nested block's object (not an unknown, not a list). */
export function isBlock(v: TfValue | undefined): v is { [key: string]: TfValue } {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Unknown);
}
