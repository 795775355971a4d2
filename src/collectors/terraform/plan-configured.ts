import { isObject, type JsonObject } from '../../lib/json.ts';
import type { TfValue } from './model.ts';

/**
 * Which attributes a resource's configuration writes, from the `expressions` of its block in a
 * plan's `configuration`: `planned_values` holds every attribute, and one the configuration does
 * not write holds what the provider filled in (its default, or for an existing resource the value
 * it already has). An attribute is an expression object (`constant_value`, `references`); nested
 * blocks are lists of expression objects, a single nested block one object of them.
 *
 * `dynamic` blocks are not in `expressions` at all (Terraform leaves them out), so a block with
 * more instances in the values than the configuration writes, or a block type the configuration
 * does not write at all, may come from one: what lies in it cannot be told.
 */
export class ConfiguredAttributes {
  private readonly expressions: JsonObject;

  constructor(expressions: JsonObject) {
    this.expressions = expressions;
  }

  /**
   * Whether the configuration writes the attribute path (`default_node_pool[0].upgrade_settings[0].max_surge`)
   * of an instance whose values are `values`: undefined when it cannot be told (a `dynamic` block may).
   * Blocks of one type are taken together: a set of blocks is ordered otherwise in the values than in
   * the configuration, so an attribute written in any of them counts as written in all.
   */
  writes(path: string, values: Record<string, TfValue>): boolean | undefined {
    const steps = path.split('.').map((segment) => /^[^[]+/.exec(segment)?.[0] ?? segment);
    return writes(this.expressions, values, steps, 0);
  }
}

function writes(expressions: JsonObject, values: TfValue | undefined, steps: readonly string[], i: number): boolean | undefined {
  const name = steps[i] as string;
  const expression = expressions[name];
  const value = isObject(values) ? (values as Record<string, TfValue>)[name] : undefined;
  const last = i === steps.length - 1;
  if (expression === undefined) return mayBeDynamic(value) ? undefined : false;
  if (Array.isArray(expression)) {
    if (Array.isArray(value) && value.length > expression.length) return undefined;
    if (last) return true;
    let answer: boolean | undefined = false;
    for (const [k, block] of expression.entries()) {
      if (!isObject(block)) continue;
      const inner = writes(block, Array.isArray(value) ? value[k] : undefined, steps, i + 1);
      if (inner === true) return true;
      if (inner === undefined) answer = undefined;
    }
    return answer;
  }
  if (!isObject(expression)) return true;
  if (isAttribute(expression)) return !(expression.constant_value === null && expression.references === undefined);
  // A single nested block: its attributes by name.
  return last ? true : writes(expression, value, steps, i + 1);
}

/** An expression object: nothing but a constant and references (`{}` for an expression with neither, such as `timestamp()`). */
function isAttribute(expression: JsonObject): boolean {
  return Object.keys(expression).every((key) => key === 'constant_value' || key === 'references');
}

/** A non-empty list of objects may be `dynamic` blocks the plan's configuration does not show. */
function mayBeDynamic(value: TfValue | undefined): boolean {
  return Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object' && !Array.isArray(v));
}
