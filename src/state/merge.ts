import { lookup, type Provenance } from './provenance.ts';
import type { ResourceBase } from './resource.ts';
import { emptyState, type State } from './state.ts';

/**
 * Several sources' states as one (an ARM export, a live read, a Terraform plan, manifests). A
 * resource seen twice — the same identity in the same collection, ARM ids compared without
 * case — becomes one, field by field:
 * - equal values stay;
 * - a value one source states and the other leaves unknown (null) is taken;
 * - two different values (a documented default counts as stated: the body was complete) become
 *   unknown, and the state path is listed in `provenance.conflicting` with the two sources
 *   named: never the more protective reading.
 * The provenance of each kept value follows it. The first source keeps the resource's origin,
 * and what describes the reading rather than the resource (`path`, `apiVersion`).
 * Kubernetes clusters are one per source (a context, a set of files) and are listed as they come.
 */
export function mergeStates(states: readonly State[]): State {
  const merged = emptyState();
  for (const state of states) append(merged as unknown as Tree, state as unknown as Tree);
  dedupe(merged as unknown as Tree, new Set(['kubernetes', 'coverage', 'aksVersions']));
  return merged;
}

type Tree = Record<string, unknown>;

/** Every list of `from` appended to the same list of `into`, nested groups (`network`) alike. */
function append(into: Tree, from: Tree): void {
  for (const [key, value] of Object.entries(from)) {
    const target = into[key];
    if (Array.isArray(target) && Array.isArray(value)) target.push(...(value as unknown[]));
    else if (isPlain(target) && isPlain(value)) append(target, value);
  }
}

function dedupe(tree: Tree, asTheyCome: ReadonlySet<string>): void {
  for (const [key, value] of Object.entries(tree)) {
    if (asTheyCome.has(key)) continue;
    if (Array.isArray(value)) tree[key] = mergeList(value);
    else if (isPlain(value)) dedupe(value, asTheyCome);
  }
}

/** ARM ids are case-insensitive; a Terraform address or a Kubernetes identity is not. */
function identityKey(id: string): string {
  return id.startsWith('/') ? id.toLowerCase() : id;
}

function isResource(value: unknown): value is ResourceBase {
  return isPlain(value) && typeof value.id === 'string' && isPlain(value.provenance);
}

function isPlain(value: unknown): value is Tree {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Resources of one collection, each identity once, in order of first appearance; a list of anything else as it is. */
function mergeList(list: unknown[]): unknown[] {
  if (!list.every(isResource)) return list;
  const byKey = new Map<string, ResourceBase>();
  for (const resource of list) {
    const key = identityKey(resource.id);
    const seen = byKey.get(key);
    byKey.set(key, seen ? mergeResource(seen, resource) : resource);
  }
  return byKey.size === list.length ? list : [...byKey.values()];
}

/** Fields that say how or where a resource was read, not what it is: the first source's stand. */
const READING = new Set(['id', 'name', 'type', 'origin', 'provenance', 'path', 'apiVersion']);

/** Where the resource sits, which its identity decides (an ARM id's resource group, in whatever case the source spelled it). */
const PLACE = new Set(['subscriptionId', 'resourceGroup', 'parent']);

/** One resource from two readings of it. */
function mergeResource<R extends ResourceBase>(a: R, b: R): R {
  const fields = new Fields(a, b);
  const out: Tree = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = (a as unknown as Tree)[key];
    const y = (b as unknown as Tree)[key];
    if (READING.has(key)) out[key] = x === undefined ? y : x;
    else if (PLACE.has(key)) out[key] = x ?? y;
    else if (key === 'tags') out[key] = fields.tags(x as Record<string, string>, y as Record<string, string>);
    else out[key] = fields.merge(x, y, key);
  }
  out.provenance = fields.provenance();
  return out as R;
}

/** The walk over two readings' fields, recording which state paths took the second's value and which conflict. */
class Fields {
  /** State paths whose value (and so provenance) is the second reading's. */
  private readonly taken: string[] = [];
  private readonly conflicts: string[] = [];
  private readonly a: ResourceBase;
  private readonly b: ResourceBase;

  constructor(a: ResourceBase, b: ResourceBase) {
    this.a = a;
    this.b = b;
  }

  merge(x: unknown, y: unknown, path: string): unknown {
    if (y === undefined || y === null) return x === undefined ? y : x;
    if (x === undefined || x === null) {
      this.taken.push(path);
      return y;
    }
    if (equal(x, y)) {
      // Equal values: the one the source stated is the better evidence than a default.
      if (this.a.provenance.defaulted.includes(path) && !this.b.provenance.defaulted.includes(path)) this.taken.push(path);
      return x;
    }
    if (isResource(x) && isResource(y)) return identityKey(x.id) === identityKey(y.id) ? mergeResource(x, y) : this.conflict(path);
    if (isPlain(x) && isPlain(y)) {
      const out: Tree = {};
      for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) out[key] = this.merge(x[key], y[key], `${path}.${key}`);
      return out;
    }
    if (Array.isArray(x) && Array.isArray(y) && x.every(isResource) && y.every(isResource)) return mergeList([...x, ...y]);
    return this.conflict(path);
  }

  private conflict(path: string): null {
    this.conflicts.push(path);
    return null;
  }

  /** Tag names of both; a name with two values is dropped and listed as conflicting (a scoped override must not pick one). */
  tags(x: Record<string, string> = {}, y: Record<string, string> = {}): Record<string, string> {
    const out = { ...y, ...x };
    for (const [name, value] of Object.entries(y)) {
      if (Object.hasOwn(x, name) && x[name] !== value) {
        delete out[name];
        this.conflicts.push(`tags.${name}`);
      }
    }
    return out;
  }

  provenance(): Provenance {
    const { a, b, taken, conflicts } = this;
    const pa = a.provenance;
    const pb = b.provenance;
    if (taken.length === 0 && conflicts.length === 0) return pa;
    const fromB = (statePath: string): boolean => within(statePath, taken);
    const keepA = (statePath: string): boolean => !fromB(statePath) && !within(statePath, conflicts);
    const out: Provenance = { paths: pa.paths, defaulted: [...pa.defaulted.filter(keepA), ...pb.defaulted.filter(fromB)] };
    if (taken.length) Object.assign(out, takenPaths(pa, pb, taken));
    else if (pa.at !== undefined) out.at = pa.at;
    const unknown = { ...pick(pa.unknown, keepA), ...pick(pb.unknown, fromB), ...Object.fromEntries(conflicts.map((p) => [p, `stated with different values by ${sourceName(a)} and ${sourceName(b)}`])) };
    if (Object.keys(unknown).length) out.unknown = unknown;
    const defaultNotes = { ...pick(pa.defaultNotes, keepA), ...pick(pb.defaultNotes, fromB) };
    if (Object.keys(defaultNotes).length) out.defaultNotes = defaultNotes;
    const conflicting = [...(pa.conflicting ?? []).filter(keepA), ...(pb.conflicting ?? []).filter(fromB), ...conflicts];
    if (conflicting.length) out.conflicting = conflicting;
    // A line is in its reading's file: the second's lines only hold when both read the same file.
    const lines = { ...pick(pa.lines, keepA), ...(a.origin.file === b.origin.file ? pick(pb.lines, fromB) : {}) };
    if (Object.keys(lines).length) out.lines = lines;
    return out;
  }
}

/** `paths` and `at` for a resource some of whose fields came from the second reading. */
function takenPaths(pa: Provenance, pb: Provenance, taken: readonly string[]): Pick<Provenance, 'paths' | 'at'> {
  const sameAt = (pa.at ?? '') === (pb.at ?? '');
  if (sameAt && pa.paths === pb.paths) return pa.at === undefined ? { paths: pa.paths } : { paths: pa.paths, at: pa.at };
  // Different tables, or the same kind read from different places: each entry says its whole path.
  const full = (p: Provenance, path: string): string => (sameAt || !p.at ? path : `${p.at}.${path}`);
  const paths: Record<string, string> = {};
  for (const [statePath, path] of Object.entries(pa.paths)) if (!within(statePath, taken)) paths[statePath] = full(pa, path);
  for (const statePath of taken) {
    const found = lookup(pb.paths, statePath);
    paths[statePath] = full(pb, found ? found.value + found.rest : statePath);
  }
  for (const [statePath, path] of Object.entries(pb.paths)) if (within(statePath, taken)) paths[statePath] = full(pb, path);
  return sameAt && pa.at !== undefined ? { paths, at: pa.at } : { paths };
}

/** Whether `statePath` is one of `prefixes` or below one. */
function within(statePath: string, prefixes: readonly string[]): boolean {
  return prefixes.some((p) => statePath === p || statePath.startsWith(`${p}.`));
}

function pick<T>(record: Readonly<Record<string, T>> | undefined, keep: (statePath: string) => boolean): Record<string, T> {
  return record ? Object.fromEntries(Object.entries(record).filter(([statePath]) => keep(statePath))) : {};
}

/** A reading named for people: its file, else its source id (a subscription, a context). */
function sourceName(resource: ResourceBase): string {
  return resource.origin.file ?? resource.origin.source;
}

function equal(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  const kx = Object.keys(x);
  const ky = Object.keys(y);
  return kx.length === ky.length && kx.every((k) => Object.hasOwn(y, k) && equal((x as Tree)[k], (y as Tree)[k]));
}
