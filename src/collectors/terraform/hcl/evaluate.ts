import { Unknown, type TfValue } from '../model.ts';
import { callFunction } from './functions.ts';
import type { Expr, Step } from './syntax.ts';
import { EvalError, asBool, asNumber, asString, entries, equal, isObject, unstatedReason, type TfObject } from './values.ts';

/**
 * Expressions to values. What cannot be known now (a variable without a value, a computed
 * attribute, a function not implemented) is `Unknown` with the reason, and anything built
 * from an unknown is unknown: a string with one unknown part is not half-known.
 */

/** Shared by every evaluation of one configuration, so a hostile one cannot run the scan forever. */
export interface Budget {
  steps: number;
  readonly maxSteps: number;
  depth: number;
}

/** Longest string and list an expression may build: beyond, it is unknown (a doubling chain of locals grows exponentially). */
const MAX_LENGTH = 1_000_000;
const MAX_DEPTH = 400;

export interface Scope {
  /** `for` variables and `dynamic` iterators in scope, by name. */
  names: ReadonlyMap<string, TfValue>;
  resolver: Resolver;
  budget: Budget;
  /** Addresses of the resources the expression references, filled as it is evaluated. */
  refs: Set<string>;
}

/** Resolves the names a configuration defines (`var`, `local`, `each`, resources, modules…). */
export interface Resolver {
  /** The value `name` and its leading steps stand for, and how many of the steps it used. */
  resolve(name: string, steps: Step[], scope: Scope): { value: TfValue; used: number };
}

export function evaluate(expr: Expr, scope: Scope): TfValue {
  const { budget } = scope;
  if (++budget.steps > budget.maxSteps) return new Unknown(`not evaluated: the configuration needs more than ${budget.maxSteps} evaluation steps`);
  if (budget.depth >= MAX_DEPTH) return new Unknown(`not evaluated: expressions nested more than ${MAX_DEPTH} deep`);
  budget.depth++;
  try {
    const value = evaluateTerm(expr, scope);
    if ((typeof value === 'string' || Array.isArray(value)) && value.length > MAX_LENGTH) return new Unknown(`not evaluated: a value longer than ${MAX_LENGTH}`);
    return value;
  } finally {
    budget.depth--;
  }
}

function evaluateTerm(expr: Expr, scope: Scope): TfValue {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'template':
      return template(expr.parts, scope);
    case 'tuple':
      return expr.items.map((item) => evaluate(item, scope));
    case 'object':
      return object(expr.items, scope);
    case 'name':
      return traverse(expr.name, [], scope);
    case 'traversal':
      if (expr.target.kind === 'name') return traverse(expr.target.name, expr.steps, scope);
      return applySteps(evaluate(expr.target, scope), expr.steps, scope);
    case 'call':
      return callFunction(expr.name, expr.args, expr.expandLast, scope);
    case 'for':
      return forExpr(expr, scope);
    case 'unary':
      return unary(expr.op, evaluate(expr.operand, scope));
    case 'binary':
      return binary(expr.op, evaluate(expr.left, scope), evaluate(expr.right, scope));
    case 'conditional': {
      const test = asBool(evaluate(expr.test, scope));
      if (test instanceof Unknown) return test;
      return evaluate(test ? expr.then : expr.else, scope);
    }
    case 'unsupported':
      return new Unknown(`not evaluated: ${expr.what}`);
  }
}

function template(parts: Array<string | Expr>, scope: Scope): TfValue {
  let out = '';
  for (const part of parts) {
    const text = typeof part === 'string' ? part : asString(evaluate(part, scope));
    if (text instanceof Unknown) return text;
    out += text;
  }
  return out;
}

function object(items: Array<{ key: Expr; value: Expr }>, scope: Scope): TfValue {
  const out: TfObject = {};
  for (const item of items) {
    const key = asString(evaluate(item.key, scope));
    if (key instanceof Unknown) return key;
    out[key] = evaluate(item.value, scope);
  }
  return out;
}

function traverse(name: string, steps: Step[], scope: Scope): TfValue {
  if (scope.names.has(name)) return applySteps(scope.names.get(name)!, steps, scope);
  const { value, used } = scope.resolver.resolve(name, steps, scope);
  return applySteps(value, steps.slice(used), scope);
}

export function applySteps(value: TfValue, steps: Step[], scope: Scope): TfValue {
  let current = value;
  for (const step of steps) {
    if (current instanceof Unknown) return current;
    current = applyStep(current, step, scope);
  }
  return current;
}

function applyStep(value: TfValue, step: Step, scope: Scope): TfValue {
  if ('splat' in step) {
    if (value === null) return [];
    const items = Array.isArray(value) ? value : [value];
    return items.map((item) => applySteps(item, step.splat, scope));
  }
  if ('attr' in step) return attribute(value, step.attr);
  const key = evaluate(step.index, scope);
  if (key instanceof Unknown) return key;
  if (Array.isArray(value)) {
    const index = asNumber(key);
    if (index instanceof Unknown) return index;
    return index >= 0 && index < value.length && Number.isInteger(index) ? value[index]! : new EvalError(`index ${index} is out of range (${value.length} elements)`);
  }
  const name = asString(key);
  if (name instanceof Unknown) return name;
  return attribute(value, name);
}

/** An object's attribute; one a resource instance does not state is set by the provider at apply. */
export function attribute(value: TfValue, name: string): TfValue {
  if (value instanceof Unknown) return value;
  if (!isObject(value)) return new EvalError(`a ${value === null ? 'null' : Array.isArray(value) ? 'list' : typeof value} has no attribute "${name}"`);
  if (Object.hasOwn(value, name)) return value[name]!;
  const unstated = unstatedReason(value);
  return unstated ? new Unknown(unstated) : new EvalError(`no attribute or key "${name}"`);
}

function forExpr(expr: Extract<Expr, { kind: 'for' }>, scope: Scope): TfValue {
  const collection = entries(evaluate(expr.collection, scope));
  if (collection instanceof Unknown) return collection;
  const list: TfValue[] = [];
  const groups = new Map<string, TfValue[]>();
  const map: TfObject = {};
  for (const [key, value] of collection) {
    const names = new Map(scope.names);
    if (expr.keyVar) names.set(expr.keyVar, key);
    names.set(expr.valueVar, value);
    const inner: Scope = { ...scope, names };
    if (expr.cond) {
      const keep = asBool(evaluate(expr.cond, inner));
      if (keep instanceof Unknown) return keep;
      if (!keep) continue;
    }
    const item = evaluate(expr.value, inner);
    if (!expr.key) {
      list.push(item);
      continue;
    }
    const name = asString(evaluate(expr.key, inner));
    if (name instanceof Unknown) return name;
    if (expr.group) groups.set(name, [...(groups.get(name) ?? []), item]);
    else if (Object.hasOwn(map, name)) return new EvalError(`duplicate key "${name}" in a for expression (add ... to group them)`);
    else map[name] = item;
  }
  if (!expr.key) return list;
  return expr.group ? Object.fromEntries(groups) : map;
}

function unary(op: string, operand: TfValue): TfValue {
  if (op === '!') {
    const b = asBool(operand);
    return b instanceof Unknown ? b : !b;
  }
  const n = asNumber(operand);
  return n instanceof Unknown ? n : -n;
}

function binary(op: string, left: TfValue, right: TfValue): TfValue {
  if (op === '==' || op === '!=') {
    const same = equal(left, right);
    return same instanceof Unknown ? same : op === '==' ? same : !same;
  }
  if (op === '&&' || op === '||') {
    const a = asBool(left);
    const b = asBool(right);
    if (a instanceof Unknown) return a;
    if (b instanceof Unknown) return b;
    return op === '&&' ? a && b : a || b;
  }
  const a = asNumber(left);
  const b = asNumber(right);
  if (a instanceof Unknown) return a;
  if (b instanceof Unknown) return b;
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? new EvalError('division by zero') : a / b;
    case '%':
      return b === 0 ? new EvalError('modulo by zero') : a % b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '<':
      return a < b;
    default:
      return a <= b;
  }
}
