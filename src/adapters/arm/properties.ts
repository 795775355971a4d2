import { InputError } from '../../engine/errors.ts';
import { childPointer } from './json-pointer.ts';

/**
 * Reading ARM JSON whatever its casing: Azure PowerShell exports write `Properties`,
 * `Sku`, `ResourceType`; the REST API, Resource Graph and az CLI write camelCase, and az
 * CLI flattens some names (`enableRbac` for `enableRBAC`). Every lookup ignores case.
 */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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
 * A typed view of one JSON object inside an input file, that knows where it is so a
 * value of the wrong type becomes a one-line error naming the file and the pointer.
 */
export class Node {
  readonly obj: JsonObject;
  readonly file: string;
  readonly pointer: string;

  constructor(obj: JsonObject, file: string, pointer: string) {
    this.obj = obj;
    this.file = file;
    this.pointer = pointer;
  }

  /** The raw value under `key` (any casing); `undefined` when absent, `null` when stated as null. */
  raw(key: string): unknown {
    return getCI(this.obj, key);
  }

  /** The child object under `key`; undefined when absent or null. */
  child(key: string): Node | undefined {
    const spelled = this.spelling(key);
    if (spelled === undefined) return undefined;
    const value = this.obj[spelled];
    if (value === undefined || value === null) return undefined;
    if (!isObject(value)) this.fail(key, 'an object', value);
    return new Node(value, this.file, childPointer(this.pointer, spelled));
  }

  /** The objects in the array under `key`; undefined when absent or null. */
  children(key: string): Node[] | undefined {
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

  /** A string; numbers and booleans are accepted as their text. */
  string(key: string): string | undefined {
    const value = this.raw(key);
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return this.fail(key, 'a string', value);
  }

  /** A boolean; `"true"`/`"false"` in any case are accepted, as PowerShell exports and add-on configs write them. */
  bool(key: string): boolean | undefined {
    const value = this.raw(key);
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'boolean') return value;
    if (typeof value === 'string') {
      const lower = value.toLowerCase();
      if (lower === 'true') return true;
      if (lower === 'false') return false;
    }
    return this.fail(key, 'a boolean', value);
  }

  number(key: string): number | undefined {
    const value = this.raw(key);
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
    return this.fail(key, 'a number', value);
  }

  /** An array of strings; a single string is not silently wrapped. */
  strings(key: string): string[] | undefined {
    const value = this.raw(key);
    if (value === undefined || value === null) return undefined;
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
      if (v !== undefined) entries.push([k, v]);
    }
    // fromEntries defines keys, so a key spelled `__proto__` stays data instead of replacing the prototype.
    return Object.fromEntries(entries);
  }

  /** Whether `key` is present at all, null included (az CLI prints unset properties as null). */
  has(key: string): boolean {
    return this.raw(key) !== undefined;
  }

  fail(key: string, expected: string, got: unknown): never {
    const kind = got === null ? 'null' : Array.isArray(got) ? 'an array' : typeof got;
    throw new InputError(this.file, childPointer(this.pointer, key), `expected ${expected}, got ${kind}`);
  }

}
