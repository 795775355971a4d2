import { configurationAddress } from '../address.ts';
import { AFTER_APPLY, SENSITIVE, Unknown, subscriptionIdOf, type ProviderConfiguration, type TfResource, type TfValue } from '../model.ts';
import { evaluate, type Budget, type Resolver, type Scope } from './evaluate.ts';
import type { LoadedConfiguration, ModuleTree } from './load.ts';
import type { Declared, ReadLog } from './module.ts';
import type { Attribute, Block, Body, Step } from './syntax.ts';
import { EvalError, asNumber, entries, instanceObject, unknownIn, type TfObject } from './values.ts';

/**
 * A configuration evaluated module instance by module instance: variables, locals, outputs
 * and resource attributes are evaluated when first needed and kept (a local used by a
 * thousand clusters is evaluated once); one found to depend on itself is unknown, so a
 * cycle cannot loop.
 */

/** The instance an expression is evaluated for: `each` under `for_each`, `count.index` under `count`; unknown when the expansion is. */
interface Context {
  each?: { key: TfValue; value: TfValue } | Unknown;
  index?: number | Unknown;
}

interface Instance {
  key: string | number | undefined;
  /** `""`, `[0]`, `["prod"]`, or `[*]` for the one standing for an unknown expansion. */
  suffix: string;
  context: Context;
}

type Expansion = { mode: 'single' | 'count' | 'for_each'; instances: Instance[] } | Unknown;

interface Evaluated {
  values: TfObject;
  lines: Record<string, number>;
  references: Record<string, string>;
}

/** Meta-arguments: how Terraform manages the resource, not attributes of it. */
const META = new Set(['count', 'for_each', 'provider', 'depends_on']);
const META_BLOCKS = new Set(['lifecycle', 'provisioner', 'connection']);
/** Module call arguments that are not inputs. */
const CALL_META = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);
/** Attributes holding credentials whatever the provider's schema says: a literal one is never read. */
const SECRET_NAME = /(password|secret|token|connection_string|_key)$/;
/** More instances than this from one `count`/`for_each` are not expanded. */
const MAX_INSTANCES = 10_000;
const DATA_UNSTATED = 'read from the provider when planning';

export class ModuleInstance {
  readonly tree: ModuleTree;
  /** `""` at the root, `module.aks`, `module.envs["prod"].module.net`. */
  readonly path: string;
  readonly budget: Budget;
  /** Why the instance stands for an unknown number of them, if it does. */
  readonly instancesUnknown: string | undefined;
  /** A variable's value as given by the caller (tfvars at the root), or undefined when not given. */
  private readonly input: (name: string, refs: Set<string>) => TfValue | undefined;
  /** The provider configuration the caller gives this instance for a key (`azurerm`, `azurerm.west`). */
  private readonly provided: (key: string) => ProviderConfiguration | undefined;
  private readonly providers = new Map<string, ProviderConfiguration | undefined>();
  private readonly memo = new Map<string, { value: TfValue; refs: Set<string> } | 'busy'>();
  private readonly expansions = new Map<string, Expansion>();
  private readonly evaluated = new Map<string, Evaluated | 'busy'>();
  private readonly children = new Map<string, Map<string, ModuleInstance>>();

  constructor(tree: ModuleTree, path: string, budget: Budget, input: ModuleInstance['input'], provided: ModuleInstance['provided'], instancesUnknown?: string) {
    this.tree = tree;
    this.path = path;
    this.budget = budget;
    this.input = input;
    this.provided = provided;
    this.instancesUnknown = instancesUnknown;
  }

  static root(loaded: LoadedConfiguration, maxSteps: number): ModuleInstance {
    return new ModuleInstance(loaded.root, '', { steps: 0, maxSteps, depth: 0 }, (name) => loaded.variables.get(name), () => undefined);
  }

  /**
   * The provider configuration a key names here: this module's own block (keyed as a plan keys
   * it, `module.aks:azurerm` inside a module), else the one the caller gives. The subscription is
   * the block's `subscription_id` when it evaluates to one (a literal, a variable with a value).
   */
  provider(key: string): ProviderConfiguration | undefined {
    if (this.providers.has(key)) return this.providers.get(key);
    const declared = this.tree.config.providers.get(key);
    let configuration: ProviderConfiguration | undefined;
    if (declared) {
      configuration = { key: this.path ? `${configurationAddress(this.path)}:${key}` : key };
      const stated = attr(declared.decl.body, 'subscription_id');
      const subscriptionId = stated ? subscriptionIdOf(evaluate(stated.expr, this.scope(new Set()))) : undefined;
      if (subscriptionId !== undefined) configuration.subscriptionId = subscriptionId;
    } else configuration = this.provided(key);
    this.providers.set(key, configuration);
    return configuration;
  }

  /**
   * What a module call passes a child for a key: the mapping in its `providers` argument, which
   * replaces inheritance when given; else the caller's default configuration of that name (aliases
   * are never inherited).
   */
  private passedProvider(call: Block, key: string): ProviderConfiguration | undefined {
    const providers = attr(call.body, 'providers')?.expr;
    if (providers?.kind !== 'object') return key.includes('.') ? undefined : this.provider(key);
    const item = providers.items.find((i) => providerReference(i.key) === key);
    const parentKey = item && providerReference(item.value);
    return parentKey === undefined ? undefined : this.provider(parentKey);
  }

  private get prefix(): string {
    return this.path ? `${this.path}.` : '';
  }

  scope(refs: Set<string>, context: Context = {}): Scope {
    return { names: new Map(), resolver: new InstanceResolver(this, context), budget: this.budget, refs };
  }

  /** Evaluated once; the references found are handed to every expression that uses it. */
  private memoized(key: string, scope: Scope, compute: (refs: Set<string>) => TfValue): TfValue {
    const hit = this.memo.get(key);
    if (hit === 'busy') return new Unknown(`not evaluated: ${this.prefix}${key} depends on itself`);
    if (!hit) {
      this.memo.set(key, 'busy');
      const refs = new Set<string>();
      const value = compute(refs);
      this.memo.set(key, { value, refs });
      return this.memoized(key, scope, compute);
    }
    for (const ref of hit.refs) scope.refs.add(ref);
    return hit.value;
  }

  variable(name: string, scope: Scope): TfValue {
    return this.memoized(`var.${name}`, scope, (refs) => {
      const declared = this.tree.config.variables.get(name);
      if (!declared) return new EvalError(`no variable "${name}" is declared`);
      if (isTrue(attr(declared.decl.body, 'sensitive'))) return new Unknown(SENSITIVE);
      const given = this.input(name, refs);
      if (given !== undefined) return given;
      const fallback = attr(declared.decl.body, 'default');
      return fallback ? evaluate(fallback.expr, this.scope(refs)) : new Unknown(`variable ${name} has no value in the configuration`);
    });
  }

  local(name: string, scope: Scope): TfValue {
    return this.memoized(`local.${name}`, scope, (refs) => {
      const declared = this.tree.config.locals.get(name);
      return declared ? evaluate(declared.decl.expr, this.scope(refs)) : new EvalError(`no local value "${name}" is declared`);
    });
  }

  output(name: string, scope: Scope): TfValue {
    return this.memoized(`output.${name}`, scope, (refs) => {
      const declared = this.tree.config.outputs.get(name);
      if (!declared) return new EvalError(`module ${this.path} has no output "${name}"`);
      if (isTrue(attr(declared.decl.body, 'sensitive'))) return new Unknown(SENSITIVE);
      const value = attr(declared.decl.body, 'value');
      return value ? evaluate(value.expr, this.scope(refs)) : new EvalError(`output "${name}" has no value`);
    });
  }

  outputs(scope: Scope): TfObject {
    return Object.fromEntries([...this.tree.config.outputs.keys()].map((name) => [name, this.output(name, scope)]));
  }

  /** A reference to `key` (`type.name`, `data.type.name`) and its leading index step, as the resolver meets it. */
  resource(key: string, steps: Step[], scope: Scope): { value: TfValue; used: number } {
    const declared = this.tree.config.resources.get(key);
    const address = this.prefix + key;
    if (!declared) return { value: new EvalError(`no ${key} is declared in ${this.path || 'the root module'}`), used: 0 };
    const expansion = this.expansion(key, declared.decl);
    const next = steps[0];
    if (expansion instanceof Unknown || expansion.mode === 'single' || !next || !('index' in next)) {
      scope.refs.add(address);
      if (expansion instanceof Unknown) return { value: expansion, used: 0 };
      const all = expansion.instances.map((i) => [i.key, this.instanceValue(key, declared, i)] as const);
      if (expansion.mode === 'single') return { value: all[0]![1], used: 0 };
      return { value: expansion.mode === 'count' ? all.map(([, v]) => v) : Object.fromEntries(all), used: 0 };
    }
    const k = evaluate(next.index, scope);
    if (k instanceof Unknown) {
      scope.refs.add(address);
      return { value: k, used: 1 };
    }
    const instance = expansion.instances.find((i) => i.key === k);
    scope.refs.add(address + suffixOf(k));
    return { value: instance ? this.instanceValue(key, declared, instance) : new EvalError(`${address}${suffixOf(k)} is not an instance`), used: 1 };
  }

  /** A module call's value and the steps it used: the outputs of one instance, or of all of them. */
  call(name: string, steps: Step[], scope: Scope): { value: TfValue; used: number } {
    const child = this.tree.children.get(name);
    if (!child) return { value: new EvalError(`no module "${name}" is called in ${this.path || 'the root module'}`), used: 0 };
    if ('reason' in child) return { value: new Unknown(`not evaluated: module.${name} is not read (${child.reason})`), used: 0 };
    const expansion = this.callExpansion(name);
    if (expansion instanceof Unknown) return { value: expansion, used: 0 };
    const instances = this.childInstances(name);
    const [first, second] = steps;
    // One output at a time, not all of them: outputs of two modules may refer to each other.
    const one = (instance: ModuleInstance | undefined, rest: Step | undefined, used: number) => {
      if (!instance) return { value: new EvalError(`module.${name} has no such instance`), used };
      if (rest && 'attr' in rest) return { value: instance.output(rest.attr, scope), used: used + 1 };
      return { value: instance.outputs(scope), used };
    };
    if (expansion.mode === 'single') return one(instances.get(''), first, 0);
    if (first && 'index' in first) {
      const k = evaluate(first.index, scope);
      if (k instanceof Unknown) return { value: k, used: 1 };
      return one(instances.get(suffixOf(k)), second, 1);
    }
    const all = expansion.instances.map((i) => [i.key, instances.get(i.suffix)!.outputs(scope)] as const);
    return { value: expansion.mode === 'count' ? all.map(([, v]) => v) : Object.fromEntries(all), used: 0 };
  }

  private expansion(key: string, block: Block): Expansion {
    let expansion = this.expansions.get(key);
    if (!expansion) this.expansions.set(key, (expansion = expand(block.body, this.scope(new Set()))));
    return expansion;
  }

  private callExpansion(name: string): Expansion {
    return this.expansion(`module.${name}`, this.tree.config.calls.get(name)!.decl);
  }

  private childInstances(name: string): Map<string, ModuleInstance> {
    let instances = this.children.get(name);
    if (instances) return instances;
    instances = new Map();
    this.children.set(name, instances);
    const child = this.tree.children.get(name)!;
    if ('reason' in child) return instances;
    const call = this.tree.config.calls.get(name)!.decl;
    const expansion = this.callExpansion(name);
    const list = expansion instanceof Unknown ? [standIn(expansion)] : expansion.instances;
    for (const instance of list) {
      const input = (variable: string, refs: Set<string>) => {
        const given = CALL_META.has(variable) ? undefined : attr(call.body, variable);
        return given ? evaluate(given.expr, this.scope(refs, instance.context)) : undefined;
      };
      const unknownCount = expansion instanceof Unknown ? expansion.reason : this.instancesUnknown;
      const provided = (key: string) => this.passedProvider(call, key);
      instances.set(instance.suffix, new ModuleInstance(child.tree, `${this.prefix}module.${name}${instance.suffix}`, this.budget, input, provided, unknownCount));
    }
    return instances;
  }

  private instanceValue(key: string, declared: Declared, instance: Instance): TfValue {
    const evaluated = this.instance(key, declared, instance);
    if (evaluated instanceof Unknown) return evaluated;
    return instanceObject(evaluated.values, key.startsWith('data.') ? DATA_UNSTATED : AFTER_APPLY);
  }

  private instance(key: string, declared: Declared, instance: Instance): Evaluated | Unknown {
    const address = this.prefix + key + instance.suffix;
    const hit = this.evaluated.get(address);
    if (hit === 'busy') return new Unknown(`not evaluated: ${address} refers to itself`);
    if (hit) return hit;
    this.evaluated.set(address, 'busy');
    const evaluated: Evaluated = { values: {}, lines: {}, references: {} };
    evaluated.values = this.body(declared.decl.body, this.scope(new Set(), instance.context), '', evaluated, true);
    this.evaluated.set(address, evaluated);
    return evaluated;
  }

  /** A block body as plan JSON shows it: attributes by name, nested blocks as arrays of objects. */
  private body(body: Body, scope: Scope, prefix: string, into: Evaluated, top: boolean): TfObject {
    const out: TfObject = {};
    for (const attribute of body.attributes) {
      if (top && META.has(attribute.name)) continue;
      const path = prefix + attribute.name;
      into.lines[path] = attribute.line;
      out[attribute.name] = this.attributeValue(attribute, scope, path, into);
    }
    for (const block of body.blocks) {
      if (top && META_BLOCKS.has(block.type)) continue;
      if (block.type === 'dynamic') this.dynamic(block, scope, prefix, into, out);
      else {
        const list = (out[block.type] ??= []);
        if (!Array.isArray(list)) continue;
        into.lines[`${prefix}${block.type}[${list.length}]`] = block.line;
        list.push(this.body(block.body, scope, `${prefix}${block.type}[${list.length}].`, into, false));
      }
    }
    return out;
  }

  /** `dynamic "x"` adds `x` blocks, one per element of its `for_each`; when that is unknown, so is the whole `x` list. */
  private dynamic(block: Block, scope: Scope, prefix: string, into: Evaluated, out: TfObject): void {
    const type = block.labels[0];
    const content = block.body.blocks.find((b) => b.type === 'content');
    if (!type || !content) return;
    const forEach = attr(block.body, 'for_each');
    const items = forEach ? entries(evaluate(forEach.expr, scope)) : new EvalError('a dynamic block needs for_each');
    if (items instanceof Unknown) {
      out[type] = new Unknown(`dynamic "${type}" blocks: ${items.reason}`);
      return;
    }
    const iterator = attr(block.body, 'iterator');
    const name = iterator?.expr.kind === 'name' ? iterator.expr.name : type;
    const list = (out[type] ??= []);
    if (!Array.isArray(list)) return;
    for (const [key, value] of items) {
      into.lines[`${prefix}${type}[${list.length}]`] = content.line;
      const inner: Scope = { ...scope, names: new Map(scope.names).set(name, { key, value }) };
      list.push(this.body(content.body, inner, `${prefix}${type}[${list.length}].`, into, false));
    }
  }

  /** The value, and the resource it references when there is exactly one (a list's elements are each looked at too). */
  private attributeValue(attribute: Attribute, scope: Scope, path: string, into: Evaluated): TfValue {
    const refs = new Set<string>();
    const tracked = (expr: Attribute['expr'], at: string) => {
      const own = new Set<string>();
      const value = evaluate(expr, { ...scope, refs: own });
      if (own.size === 1) into.references[at] = [...own][0]!;
      for (const ref of own) refs.add(ref);
      return value;
    };
    const { expr } = attribute;
    const value = expr.kind === 'tuple' ? expr.items.map((item, i) => tracked(item, `${path}[${i}]`)) : tracked(expr, path);
    if (expr.kind === 'tuple' && refs.size === 1) into.references[path] = [...refs][0]!;
    return SECRET_NAME.test(attribute.name) && typeof value === 'string' ? new Unknown(SENSITIVE) : value;
  }

  /** Every resource instance of this module instance and the modules it calls, unless the budget ran out. */
  resources(source: string, log: ReadLog): TfResource[] {
    const out: TfResource[] = [];
    for (const [key, declared] of this.tree.config.resources) {
      if (this.exhausted(log)) return out;
      const expansion = this.expansion(key, declared.decl);
      const unknownCount = expansion instanceof Unknown ? expansion.reason : this.instancesUnknown;
      if (expansion instanceof Unknown) log.unevaluated.push({ what: this.prefix + key, file: declared.file, line: declared.decl.line, reason: `${expansion.reason}; one instance [*] stands for all of them` });
      const providerKey = providerReference(attr(declared.decl.body, 'provider')?.expr) ?? defaultProvider(key);
      const provider = providerKey.split('.')[0] === 'azurerm' ? this.provider(providerKey) : undefined;
      for (const instance of expansion instanceof Unknown ? [standIn(expansion)] : expansion.instances) {
        const evaluated = this.instance(key, declared, instance);
        if (evaluated instanceof Unknown) continue;
        const data = key.startsWith('data.');
        const [type, name] = (data ? key.slice(5) : key).split('.') as [string, string];
        out.push({
          address: this.prefix + key + instance.suffix,
          module: this.path,
          type,
          name,
          mode: data ? 'data' : 'managed',
          values: evaluated.values,
          references: evaluated.references,
          file: declared.file,
          line: declared.decl.line,
          lines: evaluated.lines,
          ...(unknownCount ? { instancesUnknown: unknownCount } : {}),
          ...(provider ? { provider } : {}),
          ...(declared.waivers ? { inlineWaivers: declared.waivers } : {}),
          source,
        });
      }
    }
    for (const name of this.tree.children.keys()) for (const child of this.childInstances(name).values()) out.push(...child.resources(source, log));
    return out;
  }

  private exhausted(log: ReadLog): boolean {
    if (this.budget.steps <= this.budget.maxSteps) return false;
    if (!log.unevaluated.some((u) => u.what === 'evaluation')) {
      log.unevaluated.push({ what: 'evaluation', file: '', reason: `stopped after ${this.budget.maxSteps} evaluation steps: the remaining resources are absent` });
    }
    return true;
  }
}

class InstanceResolver implements Resolver {
  private readonly module: ModuleInstance;
  private readonly context: Context;

  constructor(module: ModuleInstance, context: Context) {
    this.module = module;
    this.context = context;
  }

  resolve(name: string, steps: Step[], scope: Scope): { value: TfValue; used: number } {
    const first = steps[0] && 'attr' in steps[0] ? steps[0].attr : undefined;
    const second = steps[1] && 'attr' in steps[1] ? steps[1].attr : undefined;
    const after = (r: { value: TfValue; used: number }, used: number) => ({ value: r.value, used: r.used + used });
    switch (name) {
      case 'var':
        return first ? { value: this.module.variable(first, scope), used: 1 } : misuse(name);
      case 'local':
        return first ? { value: this.module.local(first, scope), used: 1 } : misuse(name);
      case 'each': {
        const { each } = this.context;
        if (!each) return { value: new EvalError('each is only known in a block with for_each'), used: 0 };
        if (each instanceof Unknown) return { value: each, used: 0 };
        return first === 'key' || first === 'value' ? { value: each[first], used: 1 } : misuse(name);
      }
      case 'count': {
        const { index } = this.context;
        if (index === undefined) return { value: new EvalError('count.index is only known in a block with count'), used: 0 };
        return first === 'index' ? { value: index, used: 1 } : misuse(name);
      }
      case 'module':
        return first ? after(this.module.call(first, steps.slice(1), scope), 1) : misuse(name);
      case 'data':
        return first && second ? after(this.module.resource(`data.${first}.${second}`, steps.slice(2), scope), 2) : misuse(name);
      case 'path':
      case 'terraform':
      case 'self':
        return { value: new Unknown(`not evaluated: ${name}.${first ?? ''} is known only when Terraform runs`), used: 1 };
      default:
        return first ? after(this.module.resource(`${name}.${first}`, steps.slice(1), scope), 1) : { value: new EvalError(`"${name}" is not defined here`), used: 0 };
    }
  }
}

function misuse(name: string): { value: TfValue; used: number } {
  return { value: new EvalError(`${name} is not used as Terraform defines it`), used: 0 };
}

function attr(body: Body, name: string): Attribute | undefined {
  return body.attributes.find((a) => a.name === name);
}

function isTrue(attribute: Attribute | undefined): boolean {
  return attribute?.expr.kind === 'literal' && attribute.expr.value === true;
}

/** A provider configuration as a reference or an object key writes it: `azurerm`, `azurerm.west`. */
function providerReference(expr: Attribute['expr'] | undefined): string | undefined {
  if (expr?.kind === 'literal' && typeof expr.value === 'string') return expr.value;
  if (expr?.kind === 'name') return expr.name;
  if (expr?.kind !== 'traversal' || expr.target.kind !== 'name') return undefined;
  const attrs = expr.steps.map((s) => ('attr' in s ? s.attr : undefined));
  return attrs.every((a) => a !== undefined) ? [expr.target.name, ...attrs].join('.') : undefined;
}

/** The default configuration of the provider a resource type belongs to: `azurerm` for `azurerm_subnet`, `data.azurerm_client_config`. */
function defaultProvider(key: string): string {
  return (key.startsWith('data.') ? key.slice(5) : key).split('_')[0] as string;
}

function suffixOf(key: TfValue): string {
  return typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

/** The instance standing for an unknown `count`/`for_each`: whatever depends on its key is unknown. */
function standIn(reason: Unknown): Instance {
  return { key: undefined, suffix: '[*]', context: { each: reason, index: reason } };
}

/** The instances `count` or `for_each` make, evaluated in the module (not per instance). */
function expand(body: Body, scope: Scope): Expansion {
  const count = attr(body, 'count');
  const forEach = attr(body, 'for_each');
  if (count) {
    const n = asNumber(evaluate(count.expr, scope));
    if (n instanceof Unknown) return new Unknown(`count is unknown (${n.reason})`);
    if (!Number.isInteger(n) || n < 0) return new Unknown(`count is ${n}, not a whole number`);
    if (n > MAX_INSTANCES) return new Unknown(`count is ${n}; more than ${MAX_INSTANCES} instances are not expanded`);
    return { mode: 'count', instances: Array.from({ length: n }, (_, i) => ({ key: i, suffix: `[${i}]`, context: { index: i } })) };
  }
  if (!forEach) return { mode: 'single', instances: [{ key: undefined, suffix: '', context: {} }] };
  const value = evaluate(forEach.expr, scope);
  const items = Array.isArray(value) ? value.map((v) => [v, v] as const) : entries(value);
  if (items instanceof Unknown) return new Unknown(`for_each is unknown (${items.reason})`);
  if (items.length > MAX_INSTANCES) return new Unknown(`for_each has ${items.length} elements; more than ${MAX_INSTANCES} instances are not expanded`);
  const instances: Instance[] = [];
  for (const [key, each] of items) {
    const unknown = unknownIn(key);
    if (unknown) return new Unknown(`for_each is unknown (${unknown.reason})`);
    if (typeof key !== 'string') return new Unknown('for_each is not a map or a set of strings');
    instances.push({ key, suffix: suffixOf(key), context: { each: { key, value: each } } });
  }
  return { mode: 'for_each', instances };
}
