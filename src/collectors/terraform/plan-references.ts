import { isObject, type JsonObject } from '../../lib/json.ts';
import { parseTraversal, stepsText, type ResourceAddress, type Step } from './address.ts';

/**
 * Each resource's block in the plan's `configuration` (what it writes, its provider), and which
 * resource each of its attributes refers to: the expressions as written, before evaluation, with
 * the `references` Terraform found in them. References are resolved through modules: a name inside `module.aks` is that module's; a
 * `var.x` is what the calling module passed as `x`; a `module.net.subnet_id` is what the output's
 * expression names. Locals and `each`/`count` values are not in the plan, so what goes through
 * them has no reference.
 */

/** A module instance as references see it: its address prefix, its configuration, and the call that made it. */
interface Scope {
  /** `module.envs["prod"].module.aks`, empty at the root. */
  path: string;
  module: JsonObject;
  caller?: { scope: Scope; call: JsonObject };
}

/** A resource's configuration block and the references of its attributes, by attribute path. */
interface Block {
  block?: JsonObject;
  references: Record<string, string>;
}

/** Beyond this many modules and variables deep, a reference is taken for a loop and left unresolved. */
const MAX_DEPTH = 32;

const NOT_RESOURCES = new Set(['var', 'local', 'each', 'count', 'path', 'terraform', 'self', 'module', 'data']);

export class ConfigurationReferences {
  private readonly root: JsonObject | undefined;
  /** By module path and resource key: the instances of one block share it and its references. */
  private readonly cache = new Map<string, Block>();

  /** `configuration` of a plan, whatever it holds: a missing or odd one gives no references. */
  constructor(configuration: unknown) {
    const root = isObject(configuration) ? configuration.root_module : undefined;
    this.root = isObject(root) ? root : undefined;
  }

  /** The references of one resource instance's attributes, by attribute path. */
  of(address: ResourceAddress): Record<string, string> {
    return { ...this.blockOf(address).references };
  }

  /** The configuration block of a resource instance (its `expressions`, `provider_config_key`), when the plan has it. */
  block(address: ResourceAddress): JsonObject | undefined {
    return this.blockOf(address).block;
  }

  private blockOf(address: ResourceAddress): Block {
    const key = `${address.module}|${address.mode === 'data' ? 'data.' : ''}${address.type}.${address.name}`;
    let block = this.cache.get(key);
    if (!block) this.cache.set(key, (block = this.read(address)));
    return block;
  }

  private read(address: ResourceAddress): Block {
    const scope = this.scopeOf(address.module);
    if (!scope) return { references: {} };
    const wanted = `${address.mode === 'data' ? 'data.' : ''}${address.type}.${address.name}`;
    const resources = scope.module.resources;
    const block = Array.isArray(resources) ? resources.find((r): r is JsonObject => isObject(r) && r.address === wanted) : undefined;
    const references: Record<string, string> = {};
    if (block && isObject(block.expressions)) this.collect(block.expressions, '', scope, references);
    return block ? { block, references } : { references };
  }

  /** Walks attributes (an expression object each) and nested blocks (a list of attribute objects). */
  private collect(expressions: JsonObject, prefix: string, scope: Scope, out: Record<string, string>): void {
    for (const [name, expression] of Object.entries(expressions)) {
      const path = prefix + name;
      if (Array.isArray(expression)) {
        expression.forEach((block, i) => {
          if (isObject(block)) this.collect(block, `${path}[${i}].`, scope, out);
        });
      } else if (isObject(expression) && Array.isArray(expression.references)) {
        const target = single(this.resolve(expression.references, scope, 0));
        if (target) out[path] = target;
      }
    }
  }

  /** The resources a list of references names, each module-resolved. */
  private resolve(references: readonly unknown[], scope: Scope, depth: number): Set<string> {
    const found = new Set<string>();
    if (depth > MAX_DEPTH) return found;
    const prefix = scope.path ? `${scope.path}.` : '';
    for (const reference of references) {
      const steps = typeof reference === 'string' ? parseTraversal(reference) : undefined;
      if (!steps) continue;
      const [head, second, third] = steps;
      if (!head || !second) continue;
      if (head.name === 'var' && scope.caller) {
        const passed = objectAt(scope.caller.call.expressions, second.name);
        if (passed && Array.isArray(passed.references)) for (const r of this.resolve(passed.references, scope.caller.scope, depth + 1)) found.add(r);
      } else if (head.name === 'module' && third) {
        const call = objectAt(scope.module.module_calls, second.name);
        const module = call && objectAt(call, 'module');
        const output = module && objectAt(objectAt(module, 'outputs'), third.name);
        const expression = output && objectAt(output, 'expression');
        if (call && module && expression && Array.isArray(expression.references)) {
          const inner: Scope = { path: prefix + stepsText([head, second]), module, caller: { scope, call } };
          for (const r of this.resolve(expression.references, inner, depth + 1)) found.add(r);
        }
      } else if (head.name === 'data' && third) {
        found.add(prefix + stepsText([head, second, third]));
      } else if (!NOT_RESOURCES.has(head.name) && !head.index) {
        found.add(prefix + stepsText([head, second]));
      }
    }
    return found;
  }

  /** The scope of a module instance path, walking `module_calls` by name (instance keys kept in the path). */
  private scopeOf(modulePath: string): Scope | undefined {
    if (!this.root) return undefined;
    let scope: Scope = { path: '', module: this.root };
    const steps: readonly Step[] = modulePath ? (parseTraversal(modulePath) ?? []) : [];
    for (let i = 0; i + 1 < steps.length; i += 2) {
      const step = steps[i + 1] as Step;
      const call = objectAt(scope.module.module_calls, step.name);
      const module = call && objectAt(call, 'module');
      if (!call || !module) return undefined;
      scope = { path: stepsText(steps.slice(0, i + 2)), module, caller: { scope, call } };
    }
    return scope;
  }
}

/**
 * The one resource named, or undefined when there are none or several. `azurerm_subnet.nodes[0]`
 * and `azurerm_subnet.nodes` (Terraform lists both for `azurerm_subnet.nodes[0].id`) are one.
 */
function single(found: Set<string>): string | undefined {
  const specific = [...found].filter((a) => ![...found].some((b) => b !== a && b.startsWith(a) && b[a.length] === '['));
  return specific.length === 1 ? specific[0] : undefined;
}

function objectAt(parent: unknown, key: string): JsonObject | undefined {
  const value = isObject(parent) ? parent[key] : undefined;
  return isObject(value) ? value : undefined;
}
