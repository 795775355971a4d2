import { SENSITIVE, Unknown, type TfValue } from '../model.ts';
import { evaluate, type Scope } from './evaluate.ts';
import type { Expr } from './syntax.ts';
import { EvalError, asNumber, asString, equal, isObject, typeName, unknownIn, type TfObject } from './values.ts';

/**
 * The Terraform functions a platform configuration uses to build names, tags and lists,
 * evaluated as Terraform does; any other call is unknown ("not evaluated: calls f()"), never
 * guessed. Files, time, randomness, hashing and encoding are left out on purpose.
 */

type Fn = (args: TfValue[]) => TfValue;

/** Functions that take collections holding unknowns in their stride (`length` of a list of ids is known). */
const structural: Record<string, Fn> = {
  length: ([v]) => (typeof v === 'string' ? [...v].length : Array.isArray(v) ? v.length : isObject(v!) ? Object.keys(v).length : wrongType('length', v!)),
  keys: ([v]) => (isObject(v!) ? Object.keys(v).sort() : wrongType('keys', v!)),
  values: ([v]) => (isObject(v!) ? Object.keys(v).sort().map((k) => v[k]!) : wrongType('values', v!)),
  concat: (args) => (args.every(Array.isArray) ? args.flat(1) : wrongType('concat', args.find((a) => !Array.isArray(a))!)),
  merge: (args) => {
    const out: TfObject = {};
    for (const arg of args) {
      if (arg === null) continue;
      if (!isObject(arg)) return wrongType('merge', arg);
      Object.assign(out, arg);
    }
    return out;
  },
  lookup: ([map, key, fallback]) => {
    if (!isObject(map!) || typeof key !== 'string') return wrongType('lookup', isObject(map!) ? key! : map!);
    if (Object.hasOwn(map, key)) return map[key]!;
    return fallback === undefined ? new EvalError(`lookup: no key "${key}" and no default`) : fallback;
  },
  element: ([list, index]) => {
    const i = asNumber(index!);
    if (i instanceof Unknown) return i;
    if (!Array.isArray(list) || list.length === 0) return wrongType('element', list!);
    return list[((Math.floor(i) % list.length) + list.length) % list.length]!;
  },
  coalesce: (args) => {
    for (const arg of args) {
      if (arg instanceof Unknown) return arg;
      if (arg !== null && arg !== '') return arg;
    }
    return new EvalError('coalesce: no non-null, non-empty argument');
  },
  coalescelist: (args) => args.find((a) => !Array.isArray(a) || a.length > 0) ?? new EvalError('coalescelist: every list is empty'),
  tolist: ([v]) => (Array.isArray(v) ? v : wrongType('tolist', v!)),
  tomap: ([v]) => (isObject(v!) ? v! : wrongType('tomap', v!)),
  flatten: ([v]) => (Array.isArray(v) ? flatten(v) : wrongType('flatten', v!)),
  compact: ([v]) => (Array.isArray(v) ? v.filter((s) => s !== null && s !== '') : wrongType('compact', v!)),
};

/** Functions of known values only: an unknown anywhere in the arguments makes the result unknown. */
const strict: Record<string, Fn> = {
  lower: strings((s) => s.toLowerCase()),
  upper: strings((s) => s.toUpperCase()),
  trimspace: strings((s) => s.trim()),
  title: strings((s) => s.replace(/\b\w/g, (c) => c.toUpperCase())),
  format: ([fmt, ...rest]) => (typeof fmt === 'string' ? format(fmt, rest) : wrongType('format', fmt!)),
  join: ([sep, ...lists]) => {
    if (typeof sep !== 'string' || !lists.every(Array.isArray)) return wrongType('join', sep!);
    const parts = lists.flat(1).map(asString);
    return parts.find((p) => p instanceof Unknown) ?? parts.join(sep);
  },
  split: ([sep, s]) => (typeof sep === 'string' && typeof s === 'string' ? (s === '' ? [] : s.split(sep)) : wrongType('split', s!)),
  replace: ([s, find, by]) => {
    if (typeof s !== 'string' || typeof find !== 'string' || typeof by !== 'string') return wrongType('replace', s!);
    return /^\/.*\/$/.test(find) ? new Unknown('not evaluated: replace() with a regular expression') : s.replaceAll(find, by);
  },
  startswith: ([s, p]) => (typeof s === 'string' && typeof p === 'string' ? s.startsWith(p) : wrongType('startswith', s!)),
  endswith: ([s, p]) => (typeof s === 'string' && typeof p === 'string' ? s.endsWith(p) : wrongType('endswith', s!)),
  contains: ([list, v]) => (Array.isArray(list) ? list.some((item) => equal(item, v!) === true) : wrongType('contains', list!)),
  distinct: ([list]) => (Array.isArray(list) ? distinct(list) : wrongType('distinct', list!)),
  toset: ([list]) => (Array.isArray(list) ? sortedSet(distinct(list)) : wrongType('toset', list!)),
  tostring: ([v]) => (v === null ? null : asString(v!)),
  tonumber: ([v]) => (v === null ? null : asNumber(v!)),
  tobool: ([v]) => (typeof v === 'boolean' || v === null ? v : v === 'true' || v === 'false' ? v === 'true' : wrongType('tobool', v!)),
  min: (args) => numbers(args, (ns) => Math.min(...ns)),
  max: (args) => numbers(args, (ns) => Math.max(...ns)),
  abs: (args) => numbers(args, (ns) => Math.abs(ns[0]!)),
};

export function callFunction(name: string, args: Expr[], expandLast: boolean, scope: Scope): TfValue {
  if (name === 'try') return tryEach(args, scope);
  if (name === 'can') {
    const value = evaluate(args[0] ?? { kind: 'literal', value: null }, scope);
    return value instanceof EvalError ? false : (unknownIn(value) ?? true);
  }
  if (name === 'sensitive') return new Unknown(SENSITIVE);
  const fn = structural[name] ?? strict[name];
  if (!fn) return new Unknown(`not evaluated: calls ${name}()`);
  let values = args.map((arg) => evaluate(arg, scope));
  if (expandLast) {
    const last = values.pop()!;
    if (last instanceof Unknown) return last;
    if (!Array.isArray(last)) return wrongType(name, last);
    values = [...values, ...last];
  }
  const unknown = name in structural ? values.find((v) => v instanceof Unknown) : values.map(unknownIn).find(Boolean);
  if (unknown) return unknown;
  const result = fn(values);
  // Building a large value costs its size, so repeated concatenation cannot outrun the budget.
  if (typeof result === 'string' || Array.isArray(result)) scope.budget.steps += Math.floor(result.length / 64);
  return result;
}

/** `try`: the first argument that evaluates without an error; an unknown one makes the result unknown, as in Terraform. */
function tryEach(args: Expr[], scope: Scope): TfValue {
  let last: TfValue = new EvalError('try: no argument could be evaluated');
  for (const arg of args) {
    last = evaluate(arg, scope);
    if (!(last instanceof EvalError)) return last;
  }
  return last;
}

function wrongType(name: string, value: TfValue): EvalError {
  return new EvalError(`${name}() cannot take a ${typeName(value)}`);
}

function strings(f: (s: string) => string): Fn {
  return ([s]) => (typeof s === 'string' ? f(s) : wrongType('string function', s!));
}

function numbers(args: TfValue[], f: (ns: number[]) => number): TfValue {
  const ns = args.map(asNumber);
  return ns.find((n) => n instanceof Unknown) ?? f(ns as number[]);
}

function flatten(list: TfValue[]): TfValue[] {
  return list.flatMap((item) => (Array.isArray(item) ? flatten(item) : [item]));
}

function distinct(list: TfValue[]): TfValue[] {
  const seen = new Set<string>();
  return list.filter((item) => {
    const key = JSON.stringify(item);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** Terraform orders a set of strings lexically; other sets keep their order here. */
function sortedSet(list: TfValue[]): TfValue[] {
  return list.every((v) => typeof v === 'string') ? [...list].sort() : list;
}

/** `format` verbs of plain values (`%s`, `%d`, `%v`, with a width and `0`/`-` padding) and `%%`; any other verb is unknown rather than misformatted. */
function format(fmt: string, args: TfValue[]): TfValue {
  if (/%(?![-0]?\d*[sdv]|%)/.test(fmt)) return new Unknown('not evaluated: format() with a verb other than %s, %d, %v');
  let next = 0;
  let failure: Unknown | undefined;
  const out = fmt.replace(/%(?:%|([-0]?)(\d*)([sdv]))/g, (all, flag: string | undefined, width: string | undefined, verb: string | undefined) => {
    if (!verb) return '%';
    const arg = args[next++];
    const value = arg === undefined ? new EvalError('format: too few arguments') : verb === 'd' ? asNumber(arg) : asString(arg);
    if (value instanceof Unknown) {
      failure ??= value;
      return all;
    }
    const text = verb === 'd' ? String(Math.trunc(value as number)) : String(value);
    const n = Number(width || 0);
    return flag === '-' ? text.padEnd(n) : text.padStart(n, flag === '0' ? '0' : ' ');
  });
  return failure ?? out;
}
