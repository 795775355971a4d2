import { Unknown, type TfValue } from '../model.ts';

/**
 * What evaluation knows about values beyond the readers' contract: which unknowns are errors
 * (an attribute that is not there, a wrong type: `try` and `can` recover from those, not
 * from "known after apply"), and which objects are resource instances whose unstated
 * attributes are set by the provider at apply.
 */

/** An expression Terraform would reject (wrong type, missing key): unknown here, with the reason. */
export class EvalError extends Unknown {}

/** Objects standing for a resource instance, with why an attribute they do not state is unknown (the provider computes it). */
const instances = new WeakMap<object, string>();

export function instanceObject(values: Record<string, TfValue>, unstated: string): Record<string, TfValue> {
  instances.set(values, unstated);
  return values;
}

/** Why an attribute the instance does not state is unknown, or undefined for a plain object. */
export function unstatedReason(value: TfValue): string | undefined {
  return typeof value === 'object' && value !== null ? instances.get(value) : undefined;
}

export type TfObject = { [key: string]: TfValue };

export function isObject(value: TfValue): value is TfObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Unknown);
}

/** The first unknown in the value, nested ones included. */
export function unknownIn(value: TfValue): Unknown | undefined {
  if (value instanceof Unknown) return value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = unknownIn(item);
      if (found) return found;
    }
  } else if (isObject(value)) {
    for (const item of Object.values(value)) {
      const found = unknownIn(item);
      if (found) return found;
    }
  }
  return undefined;
}

export function typeName(value: TfValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (value instanceof Unknown) return 'unknown';
  return typeof value === 'object' ? 'object' : typeof value;
}

/** Equality as HCL defines it: same type and same value, structures compared deeply; unknown when either side holds an unknown. */
export function equal(a: TfValue, b: TfValue): boolean | Unknown {
  const unknown = unknownIn(a) ?? unknownIn(b);
  if (unknown) return unknown;
  return JSON.stringify(a) === JSON.stringify(b) && typeName(a) === typeName(b);
}

/** A string as a template shows it; lists, objects and null cannot be. */
export function asString(value: TfValue): string | Unknown {
  if (value instanceof Unknown) return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return new EvalError(`a ${typeName(value)} cannot be used as a string`);
}

export function asNumber(value: TfValue): number | Unknown {
  if (value instanceof Unknown) return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  return new EvalError(`a ${typeName(value)} is not a number`);
}

export function asBool(value: TfValue): boolean | Unknown {
  if (value instanceof Unknown) return value;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return new EvalError(`a ${typeName(value)} is not a bool`);
}

/** A collection's elements with their keys: list indices, or object keys in lexical order (as Terraform iterates them). */
export function entries(value: TfValue): Array<[string | number, TfValue]> | Unknown {
  if (value instanceof Unknown) return value;
  if (Array.isArray(value)) return value.map((v, i) => [i, v]);
  if (isObject(value)) return Object.keys(value).sort().map((k) => [k, value[k]!]);
  return new EvalError(`a ${typeName(value)} cannot be iterated`);
}
