import { cached } from '../lib/maps.ts';
import { lookup } from '../state/provenance.ts';
import type { ResourceBase } from '../state/resource.ts';
import type { Evidence } from './finding.ts';

const DEFAULT_NOTE = 'not set in the source; this is the API default';
const NOT_STATED = 'not stated by the source';
const CONFLICTING = 'stated twice in the source with different values';

/**
 * Evidence for one field of a resource, by state path: its value, where the adapter read it
 * (the source's own path, file and line), and a note when it is a default or unknown. Rules
 * name state paths only; the source's terms come from the resource's provenance.
 */
export function evidence(resource: ResourceBase, statePath: string, value: unknown = valueAt(resource, statePath)): Evidence {
  const { provenance, origin } = resource;
  const out: Evidence = { path: sourcePath(resource, statePath), value: value === undefined ? null : value };
  if (isDefaulted(provenance.defaulted, statePath)) out.note = lookup(provenance.defaultNotes, statePath)?.value ?? DEFAULT_NOTE;
  else if (out.value === null) out.note = whyUnknown(resource, statePath);
  const line = lookup(provenance.lines, statePath)?.value;
  // Only a field's own line is worth more than the resource's, which the finding carries anyway.
  if (line !== undefined && origin.file !== undefined) {
    out.file = origin.file;
    out.line = line;
  }
  return out;
}

/**
 * The source's path of a state path: `at` + the adapter's table entry (or its longest listed
 * prefix + the rest). An index or `*` in the rest names an array entry, as sources write it:
 * `accessPolicies.2.permissions` → `properties.accessPolicies[2].permissions`.
 */
export function sourcePath(resource: ResourceBase, statePath: string): string {
  const { paths, at = '' } = resource.provenance;
  // Worked out once per table, place and field: resources of a kind share their table, and a
  // large estate asks for the same few paths hundreds of thousands of times.
  const known = cached(cached(SOURCE_PATHS, paths, () => new Map<string, Map<string, string>>()), at, () => new Map<string, string>());
  let path = known.get(statePath);
  if (path === undefined) {
    const found = lookup(paths, statePath);
    const relative = found ? found.value + indexed(found.rest) : indexed(statePath);
    known.set(statePath, (path = at ? `${at}.${relative}` : relative));
  }
  return path;
}

const SOURCE_PATHS = new WeakMap<object, Map<string, Map<string, string>>>();

const INDEX_SEGMENT = /(^|\.)(\d+|\*)(?=\.|$)/g;

function indexed(path: string): string {
  return path.replace(INDEX_SEGMENT, '[$2]');
}

/** A field that took the default, or lies inside one that did (`accessPolicies.*.objectId` of a defaulted empty list). */
function isDefaulted(defaulted: readonly string[], statePath: string): boolean {
  return defaulted.some((d) => statePath === d || (statePath.startsWith(d) && statePath[d.length] === '.'));
}

/** Why a field holds no value: the adapter's reason (known only after apply, ...), a conflict, or not stated. */
function whyUnknown(resource: ResourceBase, statePath: string): string {
  const { unknown, conflicting } = resource.provenance;
  const reason = lookup(unknown, statePath)?.value;
  if (reason !== undefined) return reason;
  return conflicting?.includes(statePath) ? CONFLICTING : NOT_STATED;
}

/** The standard reason for an unknown verdict on a field, from its evidence. */
export function unknownReason(e: Evidence): string {
  const why = e.note ?? NOT_STATED;
  return why === NOT_STATED ? `${e.path} is ${NOT_STATED}, so this cannot be judged; export the full resource or scan it live` : `${e.path} is ${why}, so this cannot be judged`;
}

const SEGMENTS = new Map<string, string[]>();

/** The value at a dotted state path, undefined where the path leaves the object. */
function valueAt(resource: ResourceBase, statePath: string): unknown {
  let value: unknown = resource;
  for (const key of cached(SEGMENTS, statePath, () => statePath.split('.'))) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
