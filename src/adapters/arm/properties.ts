import { InputError } from '../../engine/errors.ts';
import { isObject, type JsonObject } from '../../lib/json.ts';
import { childPointer } from './json-pointer.ts';

/**
 * Reading ARM JSON whatever its casing: Azure PowerShell exports write `Properties`,
 * `Sku`, `ResourceType`; the REST API, Resource Graph and az CLI write camelCase, and az
 * CLI flattens some names (`enableRbac` for `enableRBAC`). Every lookup ignores case.
 */

/** What `Node.scalar` answers for a key spelled twice with different values. */
const CONFLICTING = Symbol('conflicting values');

/** `obj[key]`, matching the key case-insensitively. Exact spelling is tried first: it is by far the common case. */
export function getCI(obj: JsonObject, key: string): unknown {
  const exact = obj[key];
  if (exact !== undefined) return exact;
  const spelled = spellingIn(obj, key);
  return spelled === undefined ? undefined : obj[spelled];
}

/** The first key of `obj` equal to `key` ignoring case; undefined when there is none. */
function spellingIn(obj: JsonObject, key: string): string | undefined {
  // Most lookups are for absent optional properties: the length test skips lower-casing (and its copies) nearly always.
  for (const k in obj) if (k.length === key.length && k.toLowerCase() === key.toLowerCase()) return k;
  return undefined;
}

/**
 * The keys (lower case) an object spells more than once with different values (`enableRBAC:
 * true` beside `EnableRBAC: false`); null when there are none, the case of nearly every object.
 * Case variants share a length, so only a key whose length an earlier key had is lower-cased and
 * compared: every object read goes through this, and most have no two keys of one length.
 */
function conflictingKeys(obj: JsonObject): Set<string> | null {
  const keys = Object.keys(obj);
  if (keys.length < 2) return null;
  let conflicts: Set<string> | null = null;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const length = key.length;
    if (length < LENGTHS_SEEN.length && LENGTHS_SEEN[length] === 0) {
      LENGTHS_SEEN[length] = 1;
      continue;
    }
    // A first letter that differs in more than case rules a pair out before any lower-casing.
    const first = key.charCodeAt(0) | 32;
    for (let j = 0; j < i; j++) {
      const other = keys[j]!;
      if (other.length !== length || (other.charCodeAt(0) | 32) !== first) continue;
      const lower = key.toLowerCase();
      if (other.toLowerCase() === lower && !sameValue(obj[other], obj[key])) (conflicts ??= new Set()).add(lower);
    }
  }
  for (const key of keys) if (key.length < LENGTHS_SEEN.length) LENGTHS_SEEN[key.length] = 0;
  return conflicts;
}

/** Which key lengths the object being checked has shown so far; reset after each object. Longer keys are always compared. */
const LENGTHS_SEEN = new Uint8Array(128);

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));
}

/**
 * A typed view of one JSON object inside an input file, that knows where it is so a
 * value of the wrong type becomes a one-line error naming the file and the pointer.
 *
 * A key spelled twice with different values is never read as either: the typed getters return
 * null ("conflicting values": unknown, and no API default applies), and a conflicting object or
 * array is refused with its place, since no reading of it would be sound.
 */
export class Node {
  readonly obj: JsonObject;
  readonly file: string;
  readonly pointer: string;
  /** Worked out on the first read: most objects are read field after field. */
  private conflicts: Set<string> | null | undefined;

  constructor(obj: JsonObject, file: string, pointer: string) {
    this.obj = obj;
    this.file = file;
    this.pointer = pointer;
  }

  /** The raw value under `key` (any casing); `undefined` when absent, `null` when stated as null or spelled twice with different values. */
  raw(key: string): unknown {
    return this.conflicting(key) ? null : getCI(this.obj, key);
  }

  /** Whether the object spells `key` more than once with different values. */
  conflicting(key: string): boolean {
    if (this.conflicts === undefined) this.conflicts = conflictingKeys(this.obj);
    return this.conflicts !== null && this.conflicts.has(key.toLowerCase());
  }

  /** The scalar under `key`: undefined when absent or stated null, null when its spellings conflict. */
  private scalar(key: string): unknown {
    if (this.conflicting(key)) return CONFLICTING;
    const value = getCI(this.obj, key);
    return value === null ? undefined : value;
  }

  /** The child object under `key`; undefined when absent or null. */
  child(key: string): Node | undefined {
    this.refuseConflict(key);
    const spelled = this.spelling(key);
    if (spelled === undefined) return undefined;
    const value = this.obj[spelled];
    if (value === undefined || value === null) return undefined;
    if (!isObject(value)) this.fail(key, 'an object', value);
    return new Node(value, this.file, childPointer(this.pointer, spelled));
  }

  /** The objects in the array under `key`; undefined when absent or null. */
  children(key: string): Node[] | undefined {
    this.refuseConflict(key);
    const spelled = this.spelling(key);
    if (spelled === undefined) return undefined;
    const value = this.obj[spelled];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) this.fail(key, 'an array', value);
    const base = childPointer(this.pointer, spelled);
    return value.map((item, i) => {
      if (!isObject(item)) this.fail(`${key}/${i}`, 'an object', item);
      return new Node(item, this.file, childPointer(base, i));
    });
  }

  /** `key` as this object spells it, matched case-insensitively; undefined when absent. */
  spelling(key: string): string | undefined {
    return this.obj[key] !== undefined ? key : spellingIn(this.obj, key);
  }

  /** A string; numbers and booleans are accepted as their text. Null: conflicting spellings. */
  string(key: string): string | undefined | null {
    const value = this.scalar(key);
    if (value === CONFLICTING) return null;
    if (value === undefined) return undefined;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return this.fail(key, 'a string', value);
  }

  /** A boolean; `"true"`/`"false"` in any case are accepted, as PowerShell exports and add-on configs write them. */
  bool(key: string): boolean | undefined | null {
    const value = this.scalar(key);
    if (value === CONFLICTING) return null;
    if (value === undefined) return undefined;
    if (typeof value === 'boolean') return value;
    if (typeof value === 'string') {
      const lower = value.toLowerCase();
      if (lower === 'true') return true;
      if (lower === 'false') return false;
    }
    return this.fail(key, 'a boolean', value);
  }

  number(key: string): number | undefined | null {
    const value = this.scalar(key);
    if (value === CONFLICTING) return null;
    if (value === undefined) return undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
    return this.fail(key, 'a number', value);
  }

  /** An array of strings; a single string is not silently wrapped. */
  strings(key: string): string[] | undefined | null {
    const value = this.scalar(key);
    if (value === CONFLICTING) return null;
    if (value === undefined) return undefined;
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
    return this.fail(key, 'an array of strings', value);
  }

  /** An object whose values are strings (tags, add-on config); other scalars become text. */
  stringMap(key: string): Record<string, string> | undefined {
    const node = this.child(key);
    if (!node) return undefined;
    const entries: [string, string][] = [];
    for (const k of Object.keys(node.obj)) {
      const v = node.string(k);
      if (typeof v === 'string') entries.push([k, v]);
    }
    // fromEntries defines keys, so a key spelled `__proto__` stays data instead of replacing the prototype.
    return Object.fromEntries(entries);
  }

  /** Whether `key` is present at all, null included (az CLI prints unset properties as null). */
  has(key: string): boolean {
    return this.raw(key) !== undefined;
  }

  private refuseConflict(key: string): void {
    if (this.conflicting(key)) throw new InputError(this.file, childPointer(this.pointer, key), `${key} is spelled more than once with conflicting values`);
  }

  fail(key: string, expected: string, got: unknown): never {
    const kind = got === null ? 'null' : Array.isArray(got) ? 'an array' : typeof got;
    throw new InputError(this.file, childPointer(this.pointer, key), `expected ${expected}, got ${kind}`);
  }

}
