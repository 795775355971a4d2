import { t as InputError } from "./errors-DBVyj-7z.js";
import { a as displayPath, i as readJsonFile, r as readInputText, t as MAX_INPUT_BYTES } from "./read-json-DT5Nfg-H.js";
import { t as configurationAddress } from "./address-BqZ_SQ9o.js";
import { i as subscriptionIdOf, n as SENSITIVE, r as Unknown, t as AFTER_APPLY } from "./model-D6nq99Po.js";
import { i as waiverOfComment } from "./inline-waiver-D__7XmaJ.js";
import { basename, dirname, join, resolve } from "node:path";
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
// src/collectors/terraform/hcl/values.ts
/**
* What evaluation knows about values beyond the readers' contract: which unknowns are errors
* (an attribute that is not there, a wrong type: `try` and `can` recover from those, not
* from "known after apply"), and which objects are resource instances whose unstated
* attributes are set by the provider at apply.
*/
/** An expression Terraform would reject (wrong type, missing key): unknown here, with the reason. */
var EvalError = class extends Unknown {};
/** Objects standing for a resource instance, with why an attribute they do not state is unknown (the provider computes it). */
const instances = /* @__PURE__ */ new WeakMap();
function instanceObject(values, unstated) {
	instances.set(values, unstated);
	return values;
}
/** Why an attribute the instance does not state is unknown, or undefined for a plain object. */
function unstatedReason(value) {
	return typeof value === "object" && value !== null ? instances.get(value) : void 0;
}
function isObject(value) {
	return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Unknown);
}
/** The first unknown in the value, nested ones included. */
function unknownIn(value) {
	if (value instanceof Unknown) return value;
	if (Array.isArray(value)) for (const item of value) {
		const found = unknownIn(item);
		if (found) return found;
	}
	else if (isObject(value)) for (const item of Object.values(value)) {
		const found = unknownIn(item);
		if (found) return found;
	}
}
function typeName(value) {
	if (value === null) return "null";
	if (Array.isArray(value)) return "list";
	if (value instanceof Unknown) return "unknown";
	return typeof value === "object" ? "object" : typeof value;
}
/** Equality as HCL defines it: same type and same value, structures compared deeply; unknown when either side holds an unknown. */
function equal(a, b) {
	const unknown = unknownIn(a) ?? unknownIn(b);
	if (unknown) return unknown;
	return JSON.stringify(a) === JSON.stringify(b) && typeName(a) === typeName(b);
}
/** A string as a template shows it; lists, objects and null cannot be. */
function asString(value) {
	if (value instanceof Unknown) return value;
	if (typeof value === "string") return value;
	if (typeof value === "number" || typeof value === "boolean") return String(value);
	return new EvalError(`a ${typeName(value)} cannot be used as a string`);
}
function asNumber(value) {
	if (value instanceof Unknown) return value;
	if (typeof value === "number") return value;
	if (typeof value === "string" && value.trim() !== "" && !Number.isNaN(Number(value))) return Number(value);
	return new EvalError(`a ${typeName(value)} is not a number`);
}
function asBool(value) {
	if (value instanceof Unknown) return value;
	if (typeof value === "boolean") return value;
	if (value === "true" || value === "false") return value === "true";
	return new EvalError(`a ${typeName(value)} is not a bool`);
}
/** A collection's elements with their keys: list indices, or object keys in lexical order (as Terraform iterates them). */
function entries(value) {
	if (value instanceof Unknown) return value;
	if (Array.isArray(value)) return value.map((v, i) => [i, v]);
	if (isObject(value)) return Object.keys(value).sort().map((k) => [k, value[k]]);
	return new EvalError(`a ${typeName(value)} cannot be iterated`);
}
// src/collectors/terraform/hcl/functions.ts
/** Functions that take collections holding unknowns in their stride (`length` of a list of ids is known). */
const structural = {
	length: ([v]) => typeof v === "string" ? [...v].length : Array.isArray(v) ? v.length : isObject(v) ? Object.keys(v).length : wrongType("length", v),
	keys: ([v]) => isObject(v) ? Object.keys(v).sort() : wrongType("keys", v),
	values: ([v]) => isObject(v) ? Object.keys(v).sort().map((k) => v[k]) : wrongType("values", v),
	concat: (args) => args.every(Array.isArray) ? args.flat(1) : wrongType("concat", args.find((a) => !Array.isArray(a))),
	merge: (args) => {
		const out = {};
		for (const arg of args) {
			if (arg === null) continue;
			if (!isObject(arg)) return wrongType("merge", arg);
			Object.assign(out, arg);
		}
		return out;
	},
	lookup: ([map, key, fallback]) => {
		if (!isObject(map) || typeof key !== "string") return wrongType("lookup", isObject(map) ? key : map);
		if (Object.hasOwn(map, key)) return map[key];
		return fallback === void 0 ? new EvalError(`lookup: no key "${key}" and no default`) : fallback;
	},
	element: ([list, index]) => {
		const i = asNumber(index);
		if (i instanceof Unknown) return i;
		if (!Array.isArray(list) || list.length === 0) return wrongType("element", list);
		return list[(Math.floor(i) % list.length + list.length) % list.length];
	},
	coalesce: (args) => {
		for (const arg of args) {
			if (arg instanceof Unknown) return arg;
			if (arg !== null && arg !== "") return arg;
		}
		return new EvalError("coalesce: no non-null, non-empty argument");
	},
	coalescelist: (args) => args.find((a) => !Array.isArray(a) || a.length > 0) ?? new EvalError("coalescelist: every list is empty"),
	tolist: ([v]) => Array.isArray(v) ? v : wrongType("tolist", v),
	tomap: ([v]) => isObject(v) ? v : wrongType("tomap", v),
	flatten: ([v]) => Array.isArray(v) ? flatten(v) : wrongType("flatten", v),
	compact: ([v]) => Array.isArray(v) ? v.filter((s) => s !== null && s !== "") : wrongType("compact", v)
};
/** Functions of known values only: an unknown anywhere in the arguments makes the result unknown. */
const strict = {
	lower: strings((s) => s.toLowerCase()),
	upper: strings((s) => s.toUpperCase()),
	trimspace: strings((s) => s.trim()),
	title: strings((s) => s.replace(/\b\w/g, (c) => c.toUpperCase())),
	format: ([fmt, ...rest]) => typeof fmt === "string" ? format(fmt, rest) : wrongType("format", fmt),
	join: ([sep, ...lists]) => {
		if (typeof sep !== "string" || !lists.every(Array.isArray)) return wrongType("join", sep);
		const parts = lists.flat(1).map(asString);
		return parts.find((p) => p instanceof Unknown) ?? parts.join(sep);
	},
	split: ([sep, s]) => typeof sep === "string" && typeof s === "string" ? s === "" ? [] : s.split(sep) : wrongType("split", s),
	replace: ([s, find, by]) => {
		if (typeof s !== "string" || typeof find !== "string" || typeof by !== "string") return wrongType("replace", s);
		return /^\/.*\/$/.test(find) ? new Unknown("not evaluated: replace() with a regular expression") : s.replaceAll(find, by);
	},
	startswith: ([s, p]) => typeof s === "string" && typeof p === "string" ? s.startsWith(p) : wrongType("startswith", s),
	endswith: ([s, p]) => typeof s === "string" && typeof p === "string" ? s.endsWith(p) : wrongType("endswith", s),
	contains: ([list, v]) => Array.isArray(list) ? list.some((item) => equal(item, v) === true) : wrongType("contains", list),
	distinct: ([list]) => Array.isArray(list) ? distinct(list) : wrongType("distinct", list),
	toset: ([list]) => Array.isArray(list) ? sortedSet(distinct(list)) : wrongType("toset", list),
	tostring: ([v]) => v === null ? null : asString(v),
	tonumber: ([v]) => v === null ? null : asNumber(v),
	tobool: ([v]) => typeof v === "boolean" || v === null ? v : v === "true" || v === "false" ? v === "true" : wrongType("tobool", v),
	min: (args) => numbers(args, (ns) => Math.min(...ns)),
	max: (args) => numbers(args, (ns) => Math.max(...ns)),
	abs: (args) => numbers(args, (ns) => Math.abs(ns[0]))
};
function callFunction(name, args, expandLast, scope) {
	if (name === "try") return tryEach(args, scope);
	if (name === "can") {
		const value = evaluate(args[0] ?? {
			kind: "literal",
			value: null
		}, scope);
		return value instanceof EvalError ? false : unknownIn(value) ?? true;
	}
	if (name === "sensitive") return new Unknown(SENSITIVE);
	const fn = structural[name] ?? strict[name];
	if (!fn) return new Unknown(`not evaluated: calls ${name}()`);
	let values = args.map((arg) => evaluate(arg, scope));
	if (expandLast) {
		const last = values.pop();
		if (last instanceof Unknown) return last;
		if (!Array.isArray(last)) return wrongType(name, last);
		values = [...values, ...last];
	}
	const unknown = name in structural ? values.find((v) => v instanceof Unknown) : values.map(unknownIn).find(Boolean);
	if (unknown) return unknown;
	const result = fn(values);
	if (typeof result === "string" || Array.isArray(result)) scope.budget.steps += Math.floor(result.length / 64);
	return result;
}
/** `try`: the first argument that evaluates without an error; an unknown one makes the result unknown, as in Terraform. */
function tryEach(args, scope) {
	let last = new EvalError("try: no argument could be evaluated");
	for (const arg of args) {
		last = evaluate(arg, scope);
		if (!(last instanceof EvalError)) return last;
	}
	return last;
}
function wrongType(name, value) {
	return new EvalError(`${name}() cannot take a ${typeName(value)}`);
}
function strings(f) {
	return ([s]) => typeof s === "string" ? f(s) : wrongType("string function", s);
}
function numbers(args, f) {
	const ns = args.map(asNumber);
	return ns.find((n) => n instanceof Unknown) ?? f(ns);
}
function flatten(list) {
	return list.flatMap((item) => Array.isArray(item) ? flatten(item) : [item]);
}
function distinct(list) {
	const seen = /* @__PURE__ */ new Set();
	return list.filter((item) => {
		const key = JSON.stringify(item);
		return seen.has(key) ? false : (seen.add(key), true);
	});
}
/** Terraform orders a set of strings lexically; other sets keep their order here. */
function sortedSet(list) {
	return list.every((v) => typeof v === "string") ? [...list].sort() : list;
}
/** `format` verbs of plain values (`%s`, `%d`, `%v`, with a width and `0`/`-` padding) and `%%`; any other verb is unknown rather than misformatted. */
function format(fmt, args) {
	if (/%(?![-0]?\d*[sdv]|%)/.test(fmt)) return new Unknown("not evaluated: format() with a verb other than %s, %d, %v");
	let next = 0;
	let failure;
	const out = fmt.replace(/%(?:%|([-0]?)(\d*)([sdv]))/g, (all, flag, width, verb) => {
		if (!verb) return "%";
		const arg = args[next++];
		const value = arg === void 0 ? new EvalError("format: too few arguments") : verb === "d" ? asNumber(arg) : asString(arg);
		if (value instanceof Unknown) {
			failure ??= value;
			return all;
		}
		const text = verb === "d" ? String(Math.trunc(value)) : String(value);
		const n = Number(width || 0);
		return flag === "-" ? text.padEnd(n) : text.padStart(n, flag === "0" ? "0" : " ");
	});
	return failure ?? out;
}
// src/collectors/terraform/hcl/evaluate.ts
/** Longest string and list an expression may build: beyond, it is unknown (a doubling chain of locals grows exponentially). */
const MAX_LENGTH = 1e6;
const MAX_DEPTH = 400;
function evaluate(expr, scope) {
	const { budget } = scope;
	if (++budget.steps > budget.maxSteps) return new Unknown(`not evaluated: the configuration needs more than ${budget.maxSteps} evaluation steps`);
	if (budget.depth >= MAX_DEPTH) return new Unknown(`not evaluated: expressions nested more than ${MAX_DEPTH} deep`);
	budget.depth++;
	try {
		const value = evaluateTerm(expr, scope);
		if ((typeof value === "string" || Array.isArray(value)) && value.length > MAX_LENGTH) return new Unknown(`not evaluated: a value longer than ${MAX_LENGTH}`);
		return value;
	} finally {
		budget.depth--;
	}
}
function evaluateTerm(expr, scope) {
	switch (expr.kind) {
		case "literal": return expr.value;
		case "template": return template$1(expr.parts, scope);
		case "tuple": return expr.items.map((item) => evaluate(item, scope));
		case "object": return object(expr.items, scope);
		case "name": return traverse(expr.name, [], scope);
		case "traversal":
			if (expr.target.kind === "name") return traverse(expr.target.name, expr.steps, scope);
			return applySteps(evaluate(expr.target, scope), expr.steps, scope);
		case "call": return callFunction(expr.name, expr.args, expr.expandLast, scope);
		case "for": return forExpr$1(expr, scope);
		case "unary": return unary(expr.op, evaluate(expr.operand, scope));
		case "binary": return binary(expr.op, evaluate(expr.left, scope), evaluate(expr.right, scope));
		case "conditional": {
			const test = asBool(evaluate(expr.test, scope));
			if (test instanceof Unknown) return test;
			return evaluate(test ? expr.then : expr.else, scope);
		}
		case "unsupported": return new Unknown(`not evaluated: ${expr.what}`);
	}
}
function template$1(parts, scope) {
	let out = "";
	for (const part of parts) {
		const text = typeof part === "string" ? part : asString(evaluate(part, scope));
		if (text instanceof Unknown) return text;
		out += text;
	}
	return out;
}
function object(items, scope) {
	const out = {};
	for (const item of items) {
		const key = asString(evaluate(item.key, scope));
		if (key instanceof Unknown) return key;
		out[key] = evaluate(item.value, scope);
	}
	return out;
}
function traverse(name, steps, scope) {
	if (scope.names.has(name)) return applySteps(scope.names.get(name), steps, scope);
	const { value, used } = scope.resolver.resolve(name, steps, scope);
	return applySteps(value, steps.slice(used), scope);
}
function applySteps(value, steps, scope) {
	let current = value;
	for (const step of steps) {
		if (current instanceof Unknown) return current;
		current = applyStep(current, step, scope);
	}
	return current;
}
function applyStep(value, step, scope) {
	if ("splat" in step) {
		if (value === null) return [];
		return (Array.isArray(value) ? value : [value]).map((item) => applySteps(item, step.splat, scope));
	}
	if ("attr" in step) return attribute(value, step.attr);
	const key = evaluate(step.index, scope);
	if (key instanceof Unknown) return key;
	if (Array.isArray(value)) {
		const index = asNumber(key);
		if (index instanceof Unknown) return index;
		return index >= 0 && index < value.length && Number.isInteger(index) ? value[index] : new EvalError(`index ${index} is out of range (${value.length} elements)`);
	}
	const name = asString(key);
	if (name instanceof Unknown) return name;
	return attribute(value, name);
}
/** An object's attribute; one a resource instance does not state is set by the provider at apply. */
function attribute(value, name) {
	if (value instanceof Unknown) return value;
	if (!isObject(value)) return new EvalError(`a ${value === null ? "null" : Array.isArray(value) ? "list" : typeof value} has no attribute "${name}"`);
	if (Object.hasOwn(value, name)) return value[name];
	const unstated = unstatedReason(value);
	return unstated ? new Unknown(unstated) : new EvalError(`no attribute or key "${name}"`);
}
function forExpr$1(expr, scope) {
	const collection = entries(evaluate(expr.collection, scope));
	if (collection instanceof Unknown) return collection;
	const list = [];
	const groups = /* @__PURE__ */ new Map();
	const map = {};
	for (const [key, value] of collection) {
		const names = new Map(scope.names);
		if (expr.keyVar) names.set(expr.keyVar, key);
		names.set(expr.valueVar, value);
		const inner = {
			...scope,
			names
		};
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
		if (expr.group) groups.set(name, [...groups.get(name) ?? [], item]);
		else if (Object.hasOwn(map, name)) return new EvalError(`duplicate key "${name}" in a for expression (add ... to group them)`);
		else map[name] = item;
	}
	if (!expr.key) return list;
	return expr.group ? Object.fromEntries(groups) : map;
}
function unary(op, operand) {
	if (op === "!") {
		const b = asBool(operand);
		return b instanceof Unknown ? b : !b;
	}
	const n = asNumber(operand);
	return n instanceof Unknown ? n : -n;
}
function binary(op, left, right) {
	if (op === "==" || op === "!=") {
		const same = equal(left, right);
		return same instanceof Unknown ? same : op === "==" ? same : !same;
	}
	if (op === "&&" || op === "||") {
		const a = asBool(left);
		const b = asBool(right);
		if (a instanceof Unknown) return a;
		if (b instanceof Unknown) return b;
		return op === "&&" ? a && b : a || b;
	}
	const a = asNumber(left);
	const b = asNumber(right);
	if (a instanceof Unknown) return a;
	if (b instanceof Unknown) return b;
	switch (op) {
		case "+": return a + b;
		case "-": return a - b;
		case "*": return a * b;
		case "/": return b === 0 ? new EvalError("division by zero") : a / b;
		case "%": return b === 0 ? new EvalError("modulo by zero") : a % b;
		case ">": return a > b;
		case ">=": return a >= b;
		case "<": return a < b;
		default: return a <= b;
	}
}
// src/collectors/terraform/hcl/instances.ts
/** Meta-arguments: how Terraform manages the resource, not attributes of it. */
const META = /* @__PURE__ */ new Set([
	"count",
	"for_each",
	"provider",
	"depends_on"
]);
const META_BLOCKS = /* @__PURE__ */ new Set([
	"lifecycle",
	"provisioner",
	"connection"
]);
/** Module call arguments that are not inputs. */
const CALL_META = /* @__PURE__ */ new Set([
	"source",
	"version",
	"count",
	"for_each",
	"providers",
	"depends_on"
]);
/** Attributes holding credentials whatever the provider's schema says: a literal one is never read. */
const SECRET_NAME = /(password|secret|token|connection_string|_key)$/;
/** More instances than this from one `count`/`for_each` are not expanded. */
const MAX_INSTANCES = 1e4;
const DATA_UNSTATED = "read from the provider when planning";
var ModuleInstance = class ModuleInstance {
	tree;
	/** `""` at the root, `module.aks`, `module.envs["prod"].module.net`. */
	path;
	budget;
	/** Why the instance stands for an unknown number of them, if it does. */
	instancesUnknown;
	/** A variable's value as given by the caller (tfvars at the root), or undefined when not given. */
	input;
	/** The provider configuration the caller gives this instance for a key (`azurerm`, `azurerm.west`). */
	provided;
	providers = /* @__PURE__ */ new Map();
	memo = /* @__PURE__ */ new Map();
	expansions = /* @__PURE__ */ new Map();
	evaluated = /* @__PURE__ */ new Map();
	children = /* @__PURE__ */ new Map();
	constructor(tree, path, budget, input, provided, instancesUnknown) {
		this.tree = tree;
		this.path = path;
		this.budget = budget;
		this.input = input;
		this.provided = provided;
		this.instancesUnknown = instancesUnknown;
	}
	static root(loaded, maxSteps) {
		return new ModuleInstance(loaded.root, "", {
			steps: 0,
			maxSteps,
			depth: 0
		}, (name) => loaded.variables.get(name), () => void 0);
	}
	/**
	* The provider configuration a key names here: this module's own block (keyed as a plan keys
	* it, `module.aks:azurerm` inside a module), else the one the caller gives. The subscription is
	* the block's `subscription_id` when it evaluates to one (a literal, a variable with a value).
	*/
	provider(key) {
		if (this.providers.has(key)) return this.providers.get(key);
		const declared = this.tree.config.providers.get(key);
		let configuration;
		if (declared) {
			configuration = { key: this.path ? `${configurationAddress(this.path)}:${key}` : key };
			const stated = attr(declared.decl.body, "subscription_id");
			const subscriptionId = stated ? subscriptionIdOf(evaluate(stated.expr, this.scope(/* @__PURE__ */ new Set()))) : void 0;
			if (subscriptionId !== void 0) configuration.subscriptionId = subscriptionId;
		} else configuration = this.provided(key);
		this.providers.set(key, configuration);
		return configuration;
	}
	/**
	* What a module call passes a child for a key: the mapping in its `providers` argument, which
	* replaces inheritance when given; else the caller's default configuration of that name (aliases
	* are never inherited).
	*/
	passedProvider(call, key) {
		const providers = attr(call.body, "providers")?.expr;
		if (providers?.kind !== "object") return key.includes(".") ? void 0 : this.provider(key);
		const item = providers.items.find((i) => providerReference(i.key) === key);
		const parentKey = item && providerReference(item.value);
		return parentKey === void 0 ? void 0 : this.provider(parentKey);
	}
	get prefix() {
		return this.path ? `${this.path}.` : "";
	}
	scope(refs, context = {}) {
		return {
			names: /* @__PURE__ */ new Map(),
			resolver: new InstanceResolver(this, context),
			budget: this.budget,
			refs
		};
	}
	/** Evaluated once; the references found are handed to every expression that uses it. */
	memoized(key, scope, compute) {
		const hit = this.memo.get(key);
		if (hit === "busy") return new Unknown(`not evaluated: ${this.prefix}${key} depends on itself`);
		if (!hit) {
			this.memo.set(key, "busy");
			const refs = /* @__PURE__ */ new Set();
			const value = compute(refs);
			this.memo.set(key, {
				value,
				refs
			});
			return this.memoized(key, scope, compute);
		}
		for (const ref of hit.refs) scope.refs.add(ref);
		return hit.value;
	}
	variable(name, scope) {
		return this.memoized(`var.${name}`, scope, (refs) => {
			const declared = this.tree.config.variables.get(name);
			if (!declared) return new EvalError(`no variable "${name}" is declared`);
			if (isTrue(attr(declared.decl.body, "sensitive"))) return new Unknown(SENSITIVE);
			const given = this.input(name, refs);
			if (given !== void 0) return given;
			const fallback = attr(declared.decl.body, "default");
			return fallback ? evaluate(fallback.expr, this.scope(refs)) : new Unknown(`variable ${name} has no value in the configuration`);
		});
	}
	local(name, scope) {
		return this.memoized(`local.${name}`, scope, (refs) => {
			const declared = this.tree.config.locals.get(name);
			return declared ? evaluate(declared.decl.expr, this.scope(refs)) : new EvalError(`no local value "${name}" is declared`);
		});
	}
	output(name, scope) {
		return this.memoized(`output.${name}`, scope, (refs) => {
			const declared = this.tree.config.outputs.get(name);
			if (!declared) return new EvalError(`module ${this.path} has no output "${name}"`);
			if (isTrue(attr(declared.decl.body, "sensitive"))) return new Unknown(SENSITIVE);
			const value = attr(declared.decl.body, "value");
			return value ? evaluate(value.expr, this.scope(refs)) : new EvalError(`output "${name}" has no value`);
		});
	}
	outputs(scope) {
		return Object.fromEntries([...this.tree.config.outputs.keys()].map((name) => [name, this.output(name, scope)]));
	}
	/** A reference to `key` (`type.name`, `data.type.name`) and its leading index step, as the resolver meets it. */
	resource(key, steps, scope) {
		const declared = this.tree.config.resources.get(key);
		const address = this.prefix + key;
		if (!declared) return {
			value: new EvalError(`no ${key} is declared in ${this.path || "the root module"}`),
			used: 0
		};
		const expansion = this.expansion(key, declared.decl);
		const next = steps[0];
		if (expansion instanceof Unknown || expansion.mode === "single" || !next || !("index" in next)) {
			scope.refs.add(address);
			if (expansion instanceof Unknown) return {
				value: expansion,
				used: 0
			};
			const all = expansion.instances.map((i) => [i.key, this.instanceValue(key, declared, i)]);
			if (expansion.mode === "single") return {
				value: all[0][1],
				used: 0
			};
			return {
				value: expansion.mode === "count" ? all.map(([, v]) => v) : Object.fromEntries(all),
				used: 0
			};
		}
		const k = evaluate(next.index, scope);
		if (k instanceof Unknown) {
			scope.refs.add(address);
			return {
				value: k,
				used: 1
			};
		}
		const instance = expansion.instances.find((i) => i.key === k);
		scope.refs.add(address + suffixOf(k));
		return {
			value: instance ? this.instanceValue(key, declared, instance) : new EvalError(`${address}${suffixOf(k)} is not an instance`),
			used: 1
		};
	}
	/** A module call's value and the steps it used: the outputs of one instance, or of all of them. */
	call(name, steps, scope) {
		const child = this.tree.children.get(name);
		if (!child) return {
			value: new EvalError(`no module "${name}" is called in ${this.path || "the root module"}`),
			used: 0
		};
		if ("reason" in child) return {
			value: new Unknown(`not evaluated: module.${name} is not read (${child.reason})`),
			used: 0
		};
		const expansion = this.callExpansion(name);
		if (expansion instanceof Unknown) return {
			value: expansion,
			used: 0
		};
		const instances = this.childInstances(name);
		const [first, second] = steps;
		const one = (instance, rest, used) => {
			if (!instance) return {
				value: new EvalError(`module.${name} has no such instance`),
				used
			};
			if (rest && "attr" in rest) return {
				value: instance.output(rest.attr, scope),
				used: used + 1
			};
			return {
				value: instance.outputs(scope),
				used
			};
		};
		if (expansion.mode === "single") return one(instances.get(""), first, 0);
		if (first && "index" in first) {
			const k = evaluate(first.index, scope);
			if (k instanceof Unknown) return {
				value: k,
				used: 1
			};
			return one(instances.get(suffixOf(k)), second, 1);
		}
		const all = expansion.instances.map((i) => [i.key, instances.get(i.suffix).outputs(scope)]);
		return {
			value: expansion.mode === "count" ? all.map(([, v]) => v) : Object.fromEntries(all),
			used: 0
		};
	}
	expansion(key, block) {
		let expansion = this.expansions.get(key);
		if (!expansion) this.expansions.set(key, expansion = expand(block.body, this.scope(/* @__PURE__ */ new Set())));
		return expansion;
	}
	callExpansion(name) {
		return this.expansion(`module.${name}`, this.tree.config.calls.get(name).decl);
	}
	childInstances(name) {
		let instances = this.children.get(name);
		if (instances) return instances;
		instances = /* @__PURE__ */ new Map();
		this.children.set(name, instances);
		const child = this.tree.children.get(name);
		if ("reason" in child) return instances;
		const call = this.tree.config.calls.get(name).decl;
		const expansion = this.callExpansion(name);
		const list = expansion instanceof Unknown ? [standIn(expansion)] : expansion.instances;
		for (const instance of list) {
			const input = (variable, refs) => {
				const given = CALL_META.has(variable) ? void 0 : attr(call.body, variable);
				return given ? evaluate(given.expr, this.scope(refs, instance.context)) : void 0;
			};
			const unknownCount = expansion instanceof Unknown ? expansion.reason : this.instancesUnknown;
			const provided = (key) => this.passedProvider(call, key);
			instances.set(instance.suffix, new ModuleInstance(child.tree, `${this.prefix}module.${name}${instance.suffix}`, this.budget, input, provided, unknownCount));
		}
		return instances;
	}
	instanceValue(key, declared, instance) {
		const evaluated = this.instance(key, declared, instance);
		if (evaluated instanceof Unknown) return evaluated;
		return instanceObject(evaluated.values, key.startsWith("data.") ? DATA_UNSTATED : AFTER_APPLY);
	}
	instance(key, declared, instance) {
		const address = this.prefix + key + instance.suffix;
		const hit = this.evaluated.get(address);
		if (hit === "busy") return new Unknown(`not evaluated: ${address} refers to itself`);
		if (hit) return hit;
		this.evaluated.set(address, "busy");
		const evaluated = {
			values: {},
			lines: {},
			references: {}
		};
		evaluated.values = this.body(declared.decl.body, this.scope(/* @__PURE__ */ new Set(), instance.context), "", evaluated, true);
		this.evaluated.set(address, evaluated);
		return evaluated;
	}
	/** A block body as plan JSON shows it: attributes by name, nested blocks as arrays of objects. */
	body(body, scope, prefix, into, top) {
		const out = {};
		for (const attribute of body.attributes) {
			if (top && META.has(attribute.name)) continue;
			const path = prefix + attribute.name;
			into.lines[path] = attribute.line;
			out[attribute.name] = this.attributeValue(attribute, scope, path, into);
		}
		for (const block of body.blocks) {
			if (top && META_BLOCKS.has(block.type)) continue;
			if (block.type === "dynamic") this.dynamic(block, scope, prefix, into, out);
			else {
				const list = out[block.type] ??= [];
				if (!Array.isArray(list)) continue;
				into.lines[`${prefix}${block.type}[${list.length}]`] = block.line;
				list.push(this.body(block.body, scope, `${prefix}${block.type}[${list.length}].`, into, false));
			}
		}
		return out;
	}
	/** `dynamic "x"` adds `x` blocks, one per element of its `for_each`; when that is unknown, so is the whole `x` list. */
	dynamic(block, scope, prefix, into, out) {
		const type = block.labels[0];
		const content = block.body.blocks.find((b) => b.type === "content");
		if (!type || !content) return;
		const forEach = attr(block.body, "for_each");
		const items = forEach ? entries(evaluate(forEach.expr, scope)) : new EvalError("a dynamic block needs for_each");
		if (items instanceof Unknown) {
			out[type] = new Unknown(`dynamic "${type}" blocks: ${items.reason}`);
			return;
		}
		const iterator = attr(block.body, "iterator");
		const name = iterator?.expr.kind === "name" ? iterator.expr.name : type;
		const list = out[type] ??= [];
		if (!Array.isArray(list)) return;
		for (const [key, value] of items) {
			into.lines[`${prefix}${type}[${list.length}]`] = content.line;
			const inner = {
				...scope,
				names: new Map(scope.names).set(name, {
					key,
					value
				})
			};
			list.push(this.body(content.body, inner, `${prefix}${type}[${list.length}].`, into, false));
		}
	}
	/** The value, and the resource it references when there is exactly one (a list's elements are each looked at too). */
	attributeValue(attribute, scope, path, into) {
		const refs = /* @__PURE__ */ new Set();
		const tracked = (expr, at) => {
			const own = /* @__PURE__ */ new Set();
			const value = evaluate(expr, {
				...scope,
				refs: own
			});
			if (own.size === 1) into.references[at] = [...own][0];
			for (const ref of own) refs.add(ref);
			return value;
		};
		const { expr } = attribute;
		const value = expr.kind === "tuple" ? expr.items.map((item, i) => tracked(item, `${path}[${i}]`)) : tracked(expr, path);
		if (expr.kind === "tuple" && refs.size === 1) into.references[path] = [...refs][0];
		return SECRET_NAME.test(attribute.name) && typeof value === "string" ? new Unknown(SENSITIVE) : value;
	}
	/** Every resource instance of this module instance and the modules it calls, unless the budget ran out. */
	resources(source, log) {
		const out = [];
		for (const [key, declared] of this.tree.config.resources) {
			if (this.exhausted(log)) return out;
			const expansion = this.expansion(key, declared.decl);
			const unknownCount = expansion instanceof Unknown ? expansion.reason : this.instancesUnknown;
			if (expansion instanceof Unknown) log.unevaluated.push({
				what: this.prefix + key,
				file: declared.file,
				line: declared.decl.line,
				reason: `${expansion.reason}; one instance [*] stands for all of them`
			});
			const providerKey = providerReference(attr(declared.decl.body, "provider")?.expr) ?? defaultProvider(key);
			const provider = providerKey.split(".")[0] === "azurerm" ? this.provider(providerKey) : void 0;
			for (const instance of expansion instanceof Unknown ? [standIn(expansion)] : expansion.instances) {
				const evaluated = this.instance(key, declared, instance);
				if (evaluated instanceof Unknown) continue;
				const data = key.startsWith("data.");
				const [type, name] = (data ? key.slice(5) : key).split(".");
				out.push({
					address: this.prefix + key + instance.suffix,
					module: this.path,
					type,
					name,
					mode: data ? "data" : "managed",
					values: evaluated.values,
					references: evaluated.references,
					file: declared.file,
					line: declared.decl.line,
					lines: evaluated.lines,
					...unknownCount ? { instancesUnknown: unknownCount } : {},
					...provider ? { provider } : {},
					...declared.waivers ? { inlineWaivers: declared.waivers } : {},
					source
				});
			}
		}
		for (const name of this.tree.children.keys()) for (const child of this.childInstances(name).values()) out.push(...child.resources(source, log));
		return out;
	}
	exhausted(log) {
		if (this.budget.steps <= this.budget.maxSteps) return false;
		if (!log.unevaluated.some((u) => u.what === "evaluation")) log.unevaluated.push({
			what: "evaluation",
			file: "",
			reason: `stopped after ${this.budget.maxSteps} evaluation steps: the remaining resources are absent`
		});
		return true;
	}
};
var InstanceResolver = class {
	module;
	context;
	constructor(module, context) {
		this.module = module;
		this.context = context;
	}
	resolve(name, steps, scope) {
		const first = steps[0] && "attr" in steps[0] ? steps[0].attr : void 0;
		const second = steps[1] && "attr" in steps[1] ? steps[1].attr : void 0;
		const after = (r, used) => ({
			value: r.value,
			used: r.used + used
		});
		switch (name) {
			case "var": return first ? {
				value: this.module.variable(first, scope),
				used: 1
			} : misuse(name);
			case "local": return first ? {
				value: this.module.local(first, scope),
				used: 1
			} : misuse(name);
			case "each": {
				const { each } = this.context;
				if (!each) return {
					value: new EvalError("each is only known in a block with for_each"),
					used: 0
				};
				if (each instanceof Unknown) return {
					value: each,
					used: 0
				};
				return first === "key" || first === "value" ? {
					value: each[first],
					used: 1
				} : misuse(name);
			}
			case "count": {
				const { index } = this.context;
				if (index === void 0) return {
					value: new EvalError("count.index is only known in a block with count"),
					used: 0
				};
				return first === "index" ? {
					value: index,
					used: 1
				} : misuse(name);
			}
			case "module": return first ? after(this.module.call(first, steps.slice(1), scope), 1) : misuse(name);
			case "data": return first && second ? after(this.module.resource(`data.${first}.${second}`, steps.slice(2), scope), 2) : misuse(name);
			case "path":
			case "terraform":
			case "self": return {
				value: new Unknown(`not evaluated: ${name}.${first ?? ""} is known only when Terraform runs`),
				used: 1
			};
			default: return first ? after(this.module.resource(`${name}.${first}`, steps.slice(1), scope), 1) : {
				value: new EvalError(`"${name}" is not defined here`),
				used: 0
			};
		}
	}
};
function misuse(name) {
	return {
		value: new EvalError(`${name} is not used as Terraform defines it`),
		used: 0
	};
}
function attr(body, name) {
	return body.attributes.find((a) => a.name === name);
}
function isTrue(attribute) {
	return attribute?.expr.kind === "literal" && attribute.expr.value === true;
}
/** A provider configuration as a reference or an object key writes it: `azurerm`, `azurerm.west`. */
function providerReference(expr) {
	if (expr?.kind === "literal" && typeof expr.value === "string") return expr.value;
	if (expr?.kind === "name") return expr.name;
	if (expr?.kind !== "traversal" || expr.target.kind !== "name") return void 0;
	const attrs = expr.steps.map((s) => "attr" in s ? s.attr : void 0);
	return attrs.every((a) => a !== void 0) ? [expr.target.name, ...attrs].join(".") : void 0;
}
/** The default configuration of the provider a resource type belongs to: `azurerm` for `azurerm_subnet`, `data.azurerm_client_config`. */
function defaultProvider(key) {
	return (key.startsWith("data.") ? key.slice(5) : key).split("_")[0];
}
function suffixOf(key) {
	return typeof key === "number" ? `[${key}]` : `[${JSON.stringify(key)}]`;
}
/** The instance standing for an unknown `count`/`for_each`: whatever depends on its key is unknown. */
function standIn(reason) {
	return {
		key: void 0,
		suffix: "[*]",
		context: {
			each: reason,
			index: reason
		}
	};
}
/** The instances `count` or `for_each` make, evaluated in the module (not per instance). */
function expand(body, scope) {
	const count = attr(body, "count");
	const forEach = attr(body, "for_each");
	if (count) {
		const n = asNumber(evaluate(count.expr, scope));
		if (n instanceof Unknown) return new Unknown(`count is unknown (${n.reason})`);
		if (!Number.isInteger(n) || n < 0) return new Unknown(`count is ${n}, not a whole number`);
		if (n > MAX_INSTANCES) return new Unknown(`count is ${n}; more than ${MAX_INSTANCES} instances are not expanded`);
		return {
			mode: "count",
			instances: Array.from({ length: n }, (_, i) => ({
				key: i,
				suffix: `[${i}]`,
				context: { index: i }
			}))
		};
	}
	if (!forEach) return {
		mode: "single",
		instances: [{
			key: void 0,
			suffix: "",
			context: {}
		}]
	};
	const value = evaluate(forEach.expr, scope);
	const items = Array.isArray(value) ? value.map((v) => [v, v]) : entries(value);
	if (items instanceof Unknown) return new Unknown(`for_each is unknown (${items.reason})`);
	if (items.length > MAX_INSTANCES) return new Unknown(`for_each has ${items.length} elements; more than ${MAX_INSTANCES} instances are not expanded`);
	const instances = [];
	for (const [key, each] of items) {
		const unknown = unknownIn(key);
		if (unknown) return new Unknown(`for_each is unknown (${unknown.reason})`);
		if (typeof key !== "string") return new Unknown("for_each is not a map or a set of strings");
		instances.push({
			key,
			suffix: suffixOf(key),
			context: { each: {
				key,
				value: each
			} }
		});
	}
	return {
		mode: "for_each",
		instances
	};
}
// src/collectors/terraform/hcl/syntax.ts
/** A `config_file` node's body; a `.tfvars` file is the same shape with attributes only. */
function bodyOf(root, text) {
	const body = root.namedChildren.find((n) => n?.type === "body");
	if (!body) return {
		attributes: [],
		blocks: []
	};
	const read = readBody(body, text);
	attachWaiverComments(root, body, read.blocks);
	return read;
}
/** Only comments naming us are kept: a configuration has many comments and no other is read. */
const WAIVER_COMMENT = /^\s*(?:#|\/\/|\/\*)\s*aks-audit:waive\b/;
/**
* Gives each top-level block the waiver comments inside it and those in the run of comment
* lines right above it (no blank line, no code between). Comments before the first block sit
* on the file node, the others in the body.
*/
function attachWaiverComments(root, body, blocks) {
	const top = [...root.namedChildren, ...body.namedChildren].filter((n) => n !== null && n.type !== "body").sort((a, b) => a.startIndex - b.startIndex);
	let above = [];
	let lastEnd = -1;
	let b = 0;
	for (const node of top) {
		if (node.type === "comment") {
			if (node.startPosition.row === lastEnd) continue;
			const previous = above[above.length - 1];
			if (previous && node.startPosition.row !== previous.endPosition.row + 1) above = [];
			above.push(node);
			continue;
		}
		if (node.type === "block") {
			const block = blocks[b++];
			const comments = [...above.length && above[above.length - 1].endPosition.row + 1 === node.startPosition.row ? above : [], ...node.descendantsOfType("comment").filter((n) => n !== null)].filter((n) => WAIVER_COMMENT.test(n.text)).map((n) => ({
				text: n.text,
				line: n.startPosition.row + 1
			}));
			if (comments.length) block.waiverComments = comments;
		}
		above = [];
		lastEnd = node.endPosition.row;
	}
}
function readBody(node, text) {
	const body = {
		attributes: [],
		blocks: []
	};
	for (const child of named(node)) if (child.type === "attribute") {
		const [name, expr] = named(child);
		body.attributes.push({
			name: name.text,
			expr: expression(expr, text),
			line: child.startPosition.row + 1
		});
	} else if (child.type === "block") {
		const parts = named(child);
		const inner = parts.find((n) => n.type === "body");
		body.blocks.push({
			type: parts[0].text,
			labels: parts.slice(1).filter((n) => n.type === "string_lit" || n.type === "identifier").map((n) => n.type === "identifier" ? n.text : unquote(n, text)),
			body: inner ? readBody(inner, text) : {
				attributes: [],
				blocks: []
			},
			line: child.startPosition.row + 1,
			endLine: child.endPosition.row + 1
		});
	}
	return body;
}
/** Named children without comments (an extra that can sit anywhere). */
function named(node) {
	return node.namedChildren.filter((n) => n !== null && n.type !== "comment");
}
/** Children without comments, anonymous tokens (operators, parentheses) included. */
function children(node) {
	return node.children.filter((n) => n !== null && n.type !== "comment");
}
function expression(node, text) {
	if (node.type === "expression") {
		const [first] = named(node);
		if (first?.type === "conditional") {
			const [test, then, otherwise] = named(first);
			return {
				kind: "conditional",
				test: expression(test, text),
				then: expression(then, text),
				else: expression(otherwise, text)
			};
		}
		return term(children(node), text);
	}
	return term([node], text);
}
/**
* A term, which the grammar flattens into its parent: a primary (or `( expression )`)
* followed by attribute, index and splat steps.
*/
function term(nodes, text) {
	let rest = nodes;
	let target;
	if (rest[0]?.type === "(") {
		target = expression(rest[1], text);
		rest = rest.slice(3);
	} else {
		target = primary(rest[0], text);
		rest = rest.slice(1);
	}
	const steps = rest.map((n) => step(n, text));
	return steps.length === 0 ? target : {
		kind: "traversal",
		target,
		steps
	};
}
function step(node, text) {
	switch (node.type) {
		case "get_attr": return { attr: named(node)[0].text };
		case "index": {
			const index = named(node)[0];
			if (index.type === "legacy_index") return { index: {
				kind: "literal",
				value: Number(index.text.slice(1))
			} };
			return { index: expression(named(index)[0], text) };
		}
		case "splat": return { splat: named(named(node)[0]).map((n) => step(n, text)) };
		default: return { index: {
			kind: "unsupported",
			what: node.type
		} };
	}
}
function primary(node, text) {
	switch (node.type) {
		case "literal_value": return literal(named(node)[0], text);
		case "template_expr": {
			const template = named(node)[0];
			return template.type === "heredoc_template" ? heredoc(template, text) : quoted(template, text);
		}
		case "collection_value": return collection(named(node)[0], text);
		case "variable_expr": return {
			kind: "name",
			name: node.text
		};
		case "function_call": {
			const [name, args] = named(node);
			const list = args ? named(args) : [];
			return {
				kind: "call",
				name: name.text,
				args: list.filter((n) => n.type === "expression").map((n) => expression(n, text)),
				expandLast: list.some((n) => n.type === "ellipsis")
			};
		}
		case "for_expr": return forExpr(named(node)[0], text);
		case "operation": return operation(named(node)[0], text);
		case "expression": return expression(node, text);
		default: return {
			kind: "unsupported",
			what: node.type
		};
	}
}
function literal(node, text) {
	switch (node.type) {
		case "numeric_lit": return {
			kind: "literal",
			value: Number(node.text)
		};
		case "bool_lit": return {
			kind: "literal",
			value: node.text === "true"
		};
		case "null_lit": return {
			kind: "literal",
			value: null
		};
		default: return quoted(node, text);
	}
}
function collection(node, text) {
	if (node.type === "tuple") return {
		kind: "tuple",
		items: named(node).filter((n) => n.type === "expression").map((n) => expression(n, text))
	};
	return {
		kind: "object",
		items: named(node).filter((n) => n.type === "object_elem").map((elem) => {
			const key = elem.childForFieldName("key");
			const value = elem.childForFieldName("val");
			const parts = children(key);
			return {
				key: parts.length === 1 && parts[0].type === "variable_expr" ? {
					kind: "literal",
					value: parts[0].text
				} : expression(key, text),
				value: expression(value, text)
			};
		})
	};
}
function forExpr(node, text) {
	const parts = named(node);
	const intro = named(parts[1]);
	const vars = intro.filter((n) => n.type === "identifier").map((n) => n.text);
	const collectionExpr = expression(intro.find((n) => n.type === "expression"), text);
	const exprs = parts.filter((n) => n.type === "expression").map((n) => expression(n, text));
	const cond = parts.find((n) => n.type === "for_cond");
	return {
		kind: "for",
		keyVar: vars.length === 2 ? vars[0] : void 0,
		valueVar: vars[vars.length - 1],
		collection: collectionExpr,
		key: node.type === "for_object_expr" ? exprs[0] : void 0,
		value: node.type === "for_object_expr" ? exprs[1] : exprs[0],
		group: parts.some((n) => n.type === "ellipsis"),
		cond: cond ? expression(named(cond)[0], text) : void 0
	};
}
const BINARY = /* @__PURE__ */ new Set([
	"*",
	"/",
	"%",
	"+",
	"-",
	">",
	">=",
	"<",
	"<=",
	"==",
	"!=",
	"&&",
	"||"
]);
function operation(node, text) {
	const parts = children(node);
	if (node.type === "unary_operation") return {
		kind: "unary",
		op: parts[0].type,
		operand: term(parts.slice(1), text)
	};
	const at = parts.findIndex((n, i) => i > 0 && !n.isNamed && BINARY.has(n.type));
	return {
		kind: "binary",
		op: parts[at].type,
		left: term(parts.slice(0, at), text),
		right: term(parts.slice(at + 1), text)
	};
}
/** A quoted string (`string_lit` or `quoted_template`): its literal text is read from the source between the parts, so whitespace the grammar skips is kept. */
function quoted(node, text) {
	const parts = children(node);
	const start = parts[0].endIndex;
	const end = parts[parts.length - 1].type === "quoted_template_end" ? parts[parts.length - 1].startIndex : node.endIndex;
	return template(parts.slice(1), start, end, text, unescapeQuoted);
}
function unquote(node, text) {
	const expr = quoted(node, text);
	return expr.kind === "literal" ? String(expr.value) : node.text;
}
/** `<<EOT` keeps its lines as written; `<<-EOT` removes the indentation its lines share. */
function heredoc(node, text) {
	const parts = children(node);
	const [open, closing] = parts.filter((n) => n.type === "heredoc_identifier");
	const start = text.indexOf("\n", open.endIndex) + 1;
	const end = text.lastIndexOf("\n", closing.startIndex) + 1;
	const expr = template(parts.filter((n) => n.startIndex >= open.endIndex && n.endIndex <= closing.startIndex), start, Math.max(start, end), text, unescapeHeredoc);
	return parts[0].text === "<<-" ? dedent(expr) : expr;
}
function template(parts, start, end, text, unescape) {
	const out = [];
	let cursor = start;
	let trimNext = false;
	for (const part of parts) {
		if (part.type !== "template_interpolation" && part.type !== "template_directive") continue;
		const inner = children(part);
		let literalText = unescape(text.slice(cursor, part.startIndex));
		if (trimNext) literalText = literalText.trimStart();
		if (inner[1]?.type === "strip_marker") literalText = literalText.trimEnd();
		out.push(literalText);
		trimNext = inner[inner.length - 2]?.type === "strip_marker";
		if (part.type === "template_directive") out.push({
			kind: "unsupported",
			what: `template directive %{${named(part)[0].type === "template_for" ? "for" : "if"}}`
		});
		else {
			const expr = inner.find((n) => n.type === "expression");
			out.push(expr ? expression(expr, text) : {
				kind: "literal",
				value: ""
			});
		}
		cursor = part.endIndex;
	}
	let tail = unescape(text.slice(cursor, end));
	if (trimNext) tail = tail.trimStart();
	out.push(tail);
	const pieces = out.filter((p) => p !== "");
	if (pieces.length === 0) return {
		kind: "literal",
		value: ""
	};
	if (pieces.length === 1 && typeof pieces[0] === "string") return {
		kind: "literal",
		value: pieces[0]
	};
	return {
		kind: "template",
		parts: pieces
	};
}
const ESCAPES = {
	n: "\n",
	r: "\r",
	t: "	",
	"\"": "\"",
	"\\": "\\"
};
function unescapeQuoted(s) {
	return unescapeHeredoc(s.replace(/\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))/g, (all, u4, u8, c) => u4 || u8 ? String.fromCodePoint(parseInt(u4 ?? u8, 16)) : ESCAPES[c] ?? all));
}
function unescapeHeredoc(s) {
	return s.replaceAll("$${", "${").replaceAll("%%{", "%{");
}
/** Removes the smallest indentation of the non-blank lines; an interpolation counts as text. */
function dedent(expr) {
	if (expr.kind !== "literal" && expr.kind !== "template") return expr;
	const parts = expr.kind === "literal" ? [String(expr.value)] : expr.parts;
	const PLACEHOLDER = "\0";
	const lines = parts.map((p) => typeof p === "string" ? p : PLACEHOLDER).join("").split("\n");
	const indents = lines.filter((l) => l.trim() !== "").map((l) => /^[ \t]*/.exec(l)[0].length);
	const strip = indents.length ? Math.min(...indents) : 0;
	const dedented = lines.map((l) => l.slice(Math.min(strip, /^[ \t]*/.exec(l)[0].length))).join("\n");
	const exprs = parts.filter((p) => typeof p !== "string");
	const out = [];
	dedented.split(PLACEHOLDER).forEach((s, i) => {
		if (s) out.push(s);
		if (i < exprs.length) out.push(exprs[i]);
	});
	if (out.length === 0) return {
		kind: "literal",
		value: ""
	};
	return out.length === 1 && typeof out[0] === "string" ? {
		kind: "literal",
		value: out[0]
	} : {
		kind: "template",
		parts: out
	};
}
// src/collectors/terraform/hcl/parser.ts
/**
* HCL parsing with tree-sitter's Terraform grammar, compiled to WASM (no native build, the
* same on every platform). Loaded on the first `.tf` file only: scans without Terraform do
* not pay for it. The grammar's `.wasm` is named by a URL relative to this file (a direct
* dependency sits at the top of node_modules in development), which is the form the build
* (scripts/build.ts) recognizes: it copies the file beside the bundle and rewrites the URL.
*/
const GRAMMAR = new URL("tree-sitter-terraform-B83NhujE.wasm", import.meta.url);
let parser;
function loadParser() {
	parser ??= (async () => {
		const { Parser, Language } = await import("./tree-sitter-BMO2pjlv.js");
		await Parser.init();
		const instance = new Parser();
		instance.setLanguage(await Language.load(fileURLToPath(GRAMMAR)));
		return instance;
	})();
	return parser;
}
/** The file's body; a syntax error is an `InputError` naming the line and column of the first one. */
async function parseHcl(file, text) {
	const tree = (await loadParser()).parse(text);
	if (!tree) throw new InputError(file, void 0, "could not be parsed as HCL");
	try {
		if (tree.rootNode.hasError) {
			const error = firstError(tree.rootNode);
			const { row, column } = error.startPosition;
			throw new InputError(file, `line ${row + 1}, column ${column + 1}`, `invalid HCL: ${describe(error)}`);
		}
		return bodyOf(tree.rootNode, text);
	} finally {
		tree.delete();
	}
}
function firstError(node) {
	if (node.isError || node.isMissing) return node;
	for (const child of node.children) if (child?.hasError || child?.isMissing) return firstError(child);
	return node;
}
/** Names grammar tokens only, never input text: a `.tf` file can hold secrets. */
function describe(node) {
	if (node.isMissing) return `missing ${tokenName(node.type)}`;
	const first = node.children.find((c) => c !== null);
	if (first && !first.isNamed) return `unexpected ${tokenName(first.type)}`;
	return first ? `unexpected ${first.type.replaceAll("_", " ")}` : "syntax error";
}
function tokenName(type) {
	return /^[a-z_]+$/.test(type) ? type.replaceAll("_", " ") : `'${type}'`;
}
// src/collectors/terraform/hcl/module.ts
function newLog(maxBytes = MAX_INPUT_BYTES) {
	return {
		files: [],
		unevaluated: [],
		maxBytes
	};
}
/** The `.tf` files Terraform reads from a folder (not below it); what it would read that this reader does not is logged. */
function configurationFiles(dir, log) {
	const names = readdirSync(dir).filter((name) => statSync(join(dir, name)).isFile()).sort();
	for (const name of names) {
		const file = displayPath(join(dir, name));
		if (name.endsWith(".tf.json")) log.unevaluated.push({
			what: file,
			file,
			reason: "JSON configuration syntax (.tf.json) is not read"
		});
		else if (/(^|_)override\.tf$/.test(name)) log.unevaluated.push({
			what: file,
			file,
			reason: "override files are not merged: the blocks they change may differ"
		});
	}
	return names.filter((name) => name.endsWith(".tf") && !/(^|_)override\.tf$/.test(name)).map((name) => join(dir, name));
}
/** A module from its files: a file that cannot be read or parsed is logged as failed and the others are read. */
async function readModule(dir, files, log) {
	const config = {
		dir,
		variables: /* @__PURE__ */ new Map(),
		locals: /* @__PURE__ */ new Map(),
		outputs: /* @__PURE__ */ new Map(),
		resources: /* @__PURE__ */ new Map(),
		calls: /* @__PURE__ */ new Map(),
		providers: /* @__PURE__ */ new Map()
	};
	for (const path of files) {
		const file = displayPath(path);
		const body = await readHclFile(path, log);
		if (body) declare(config, body, file);
	}
	return config;
}
/** Parsed, or `undefined` with the failure logged. */
async function readHclFile(path, log) {
	const file = displayPath(path);
	try {
		const body = await parseHcl(file, readInputText(path, log.maxBytes));
		log.files.push({
			file,
			status: "ok"
		});
		return body;
	} catch (error) {
		if (!(error instanceof InputError) && !(error instanceof RangeError)) throw error;
		const message = error instanceof InputError ? error.message : `${file}: expressions are nested too deeply to read`;
		log.files.push({
			file,
			status: "failed",
			message
		});
		return;
	}
}
function declare(config, body, file) {
	for (const block of body.blocks) {
		const [first, second] = block.labels;
		switch (block.type) {
			case "variable":
				if (first) config.variables.set(first, {
					decl: block,
					file
				});
				break;
			case "output":
				if (first) config.outputs.set(first, {
					decl: block,
					file
				});
				break;
			case "locals":
				for (const attr of block.body.attributes) config.locals.set(attr.name, {
					decl: attr,
					file
				});
				break;
			case "resource":
				if (first && second) config.resources.set(`${first}.${second}`, withWaivers(block, file));
				break;
			case "data":
				if (first && second) config.resources.set(`data.${first}.${second}`, withWaivers(block, file));
				break;
			case "module":
				if (first) config.calls.set(first, {
					decl: block,
					file
				});
				break;
			case "provider":
				if (first) config.providers.set(providerKey(first, block.body), {
					decl: block,
					file
				});
				break;
			case "terraform": config.azurermConstraint ??= azurermConstraintOf(block.body);
		}
	}
}
/** `azurerm`, or `azurerm.west` for a block with `alias = "west"` (Terraform requires the alias to be a literal). */
function providerKey(name, body) {
	const alias = body.attributes.find((a) => a.name === "alias")?.expr;
	if (alias?.kind === "literal" && typeof alias.value === "string") return `${name}.${alias.value}`;
	if (alias?.kind === "template" && alias.parts.length === 1 && typeof alias.parts[0] === "string") return `${name}.${alias.parts[0]}`;
	return name;
}
function withWaivers(block, file) {
	const waivers = (block.waiverComments ?? []).flatMap((c) => waiverOfComment(c.text, file, c.line) ?? []);
	return waivers.length ? {
		decl: block,
		file,
		waivers
	} : {
		decl: block,
		file
	};
}
/** The azurerm version constraint of a `terraform` block (`azurerm = { source, version }`, or the pre-0.13 `azurerm = "~> 2.0"`). */
function azurermConstraintOf(body) {
	for (const block of body.blocks.filter((b) => b.type === "required_providers")) {
		const expr = block.body.attributes.find((a) => a.name === "azurerm")?.expr;
		if (expr?.kind === "literal" && typeof expr.value === "string") return expr.value;
		if (expr?.kind !== "object") continue;
		const version = expr.items.find((i) => i.key.kind === "name" ? i.key.name === "version" : i.key.kind === "literal" && i.key.value === "version")?.value;
		if (version?.kind === "literal" && typeof version.value === "string") return version.value;
		if (version?.kind === "template" && version.parts.every((p) => typeof p === "string")) return version.parts.join("");
	}
}
/** A module call's folder when its source is local (`./`, `../`), else undefined: registry and git modules are not fetched. */
function localSource(parent, source) {
	return source.startsWith("./") || source.startsWith("../") ? resolve(parent.dir, source) : void 0;
}
/** Variable definition files in the order Terraform loads them, later ones winning: `terraform.tfvars`, then `*.auto.tfvars` by name. */
function variableFiles(dir) {
	const names = readdirSync(dir).sort();
	const auto = names.filter((n) => n.endsWith(".auto.tfvars") || n.endsWith(".auto.tfvars.json"));
	return [...["terraform.tfvars", "terraform.tfvars.json"].filter((n) => names.includes(n)), ...auto].map((n) => join(dir, n));
}
/** The folder a path names, and the `.tf` files of the root module: all of a folder's, or the one file given. */
function rootOf(path, log) {
	let stats;
	try {
		stats = statSync(path);
	} catch {
		throw new InputError(path, void 0, "no such file or folder");
	}
	if (stats.isDirectory()) {
		const files = configurationFiles(path, log);
		if (files.length === 0 && !log.unevaluated.length) throw new InputError(path, void 0, "holds no .tf file (Terraform reads a module from one folder, not the folders below it)");
		return {
			dir: resolve(path),
			files,
			folder: true
		};
	}
	if (!basename(path).endsWith(".tf")) throw new InputError(path, void 0, "is not a .tf file or a folder of them");
	return {
		dir: resolve(dirname(path)),
		files: [path],
		folder: false
	};
}
// src/collectors/terraform/hcl/load.ts
async function loadConfiguration(path, log, maxDepth) {
	const root = rootOf(path, log);
	const configs = /* @__PURE__ */ new Map();
	return {
		root: await loadTree(await readModule(root.dir, root.files, log), 0, maxDepth, configs, log),
		variables: root.folder ? await readVariables(root.dir, log) : /* @__PURE__ */ new Map()
	};
}
async function loadTree(config, depth, maxDepth, configs, log) {
	const children = /* @__PURE__ */ new Map();
	for (const [name, { decl, file }] of config.calls) {
		const sourceAttr = decl.body.attributes.find((a) => a.name === "source");
		const source = sourceAttr?.expr.kind === "literal" && typeof sourceAttr.expr.value === "string" ? sourceAttr.expr.value : void 0;
		const dir = source === void 0 ? void 0 : localSource(config, source);
		const reason = source === void 0 ? "its source is not a literal string" : dir === void 0 ? `its source "${source}" is not a local folder: registry and git modules are not fetched, so their resources are absent` : !existsSync(dir) || !statSync(dir).isDirectory() ? `its source folder ${displayPath(dir)} does not exist` : depth + 1 > maxDepth ? `modules are followed ${maxDepth} deep at most` : void 0;
		if (reason) {
			children.set(name, { reason });
			log.unevaluated.push({
				what: `module.${name}`,
				file,
				line: decl.line,
				reason
			});
			continue;
		}
		let child = configs.get(dir);
		if (!child) {
			const { files } = rootOf(dir, log);
			child = await readModule(dir, files, log);
			configs.set(dir, child);
		}
		children.set(name, { tree: await loadTree(child, depth + 1, maxDepth, configs, log) });
	}
	return {
		config,
		children
	};
}
/** A variable file's values; an expression in one (Terraform allows only constants there) is unknown. */
async function readVariables(dir, log) {
	const values = /* @__PURE__ */ new Map();
	for (const path of variableFiles(dir)) {
		if (path.endsWith(".json")) {
			const json = readVariableJson(path, log);
			for (const [name, value] of Object.entries(json)) values.set(name, value);
			continue;
		}
		const body = await readHclFile(path, log);
		for (const attr of body?.attributes ?? []) values.set(attr.name, evaluate(attr.expr, {
			names: /* @__PURE__ */ new Map(),
			resolver: constantsOnly,
			budget: {
				steps: 0,
				maxSteps: 1e5,
				depth: 0
			},
			refs: /* @__PURE__ */ new Set()
		}));
	}
	return values;
}
const constantsOnly = { resolve: (name) => ({
	value: new EvalError(`a variable file cannot refer to ${name}`),
	used: 0
}) };
function readVariableJson(path, log) {
	const file = displayPath(path);
	try {
		const json = readJsonFile(path, log.maxBytes);
		log.files.push({
			file,
			status: "ok"
		});
		if (typeof json === "object" && json !== null && !Array.isArray(json)) return json;
		log.files[log.files.length - 1] = {
			file,
			status: "failed",
			message: `${file}: expected an object of variable values`
		};
	} catch (error) {
		if (!(error instanceof InputError)) throw error;
		log.files.push({
			file,
			status: "failed",
			message: error.message
		});
	}
	return {};
}
// src/collectors/terraform/hcl/provider-lock.ts
/** The azurerm version `terraform init` locked in the folder's `.terraform.lock.hcl`, when there is one. */
async function lockedAzurerm(dir, log) {
	const path = join(dir, ".terraform.lock.hcl");
	if (!existsSync(path)) return void 0;
	const version = ((await readHclFile(path, log))?.blocks.find((b) => b.type === "provider" && /(^|\/)hashicorp\/azurerm$/.test(b.labels[0] ?? "")))?.body.attributes.find((a) => a.name === "version")?.expr;
	if (version?.kind === "literal" && typeof version.value === "string") return version.value;
	if (version?.kind === "template" && version.parts.every((p) => typeof p === "string")) return version.parts.join("");
}
// src/collectors/terraform/hcl/read-configuration.ts
const DEFAULTS = {
	maxModuleDepth: 10,
	maxSteps: 5e6
};
/** Reads a folder (its `.tf` files, `terraform.tfvars`, `*.auto.tfvars`) or one `.tf` file, following local modules. */
async function readTerraformConfiguration(path, source, limits = {}) {
	const log = newLog(limits.maxBytes);
	const loaded = await loadConfiguration(path, log, limits.maxModuleDepth ?? DEFAULTS.maxModuleDepth);
	const file = displayPath(path);
	const named = statSync(path).isFile() ? log.files.find((f) => f.file === file && f.status === "failed") : void 0;
	if (named?.status === "failed") throw new InputError(file, void 0, named.message.startsWith(`${file}: `) ? named.message.slice(file.length + 2) : named.message);
	const resources = ModuleInstance.root(loaded, limits.maxSteps ?? DEFAULTS.maxSteps).resources(source, log);
	const { config } = loaded.root;
	const locked = await lockedAzurerm(config.dir, log);
	const azurerm = {
		...config.azurermConstraint === void 0 ? {} : { constraint: config.azurermConstraint },
		...locked === void 0 ? {} : { locked }
	};
	return {
		resources,
		files: log.files,
		unevaluated: log.unevaluated,
		azurerm
	};
}
/** The azurerm version locked in a folder's `.terraform.lock.hcl`, for a plan made in that folder. */
async function lockedVersion(folder, maxBytes) {
	return lockedAzurerm(folder, newLog(maxBytes));
}
/**
* Resource blocks by address without instance keys (`module.aks.azurerm_kubernetes_cluster.main`),
* for pointing a plan's findings at `.tf` lines. Nothing is evaluated: `dynamic` blocks
* and instances are not told apart.
*/
async function locateTerraformBlocks(path, limits = {}) {
	const { root } = await loadConfiguration(path, newLog(limits.maxBytes), limits.maxModuleDepth ?? DEFAULTS.maxModuleDepth);
	const out = /* @__PURE__ */ new Map();
	const visit = (tree, prefix) => {
		for (const [key, { decl, file, waivers }] of tree.config.resources) out.set(prefix + key, {
			file,
			line: decl.line,
			lines: lineMap(decl.body, ""),
			...waivers ? { inlineWaivers: waivers } : {}
		});
		for (const [name, child] of tree.children) if ("tree" in child) visit(child.tree, `${prefix}module.${name}.`);
	};
	visit(root, "");
	return out;
}
function lineMap(body, prefix, into = {}) {
	for (const attribute of body.attributes) into[prefix + attribute.name] = attribute.line;
	const seen = /* @__PURE__ */ new Map();
	for (const block of body.blocks) {
		if (block.type === "dynamic") continue;
		const i = seen.get(block.type) ?? 0;
		seen.set(block.type, i + 1);
		into[`${prefix}${block.type}[${i}]`] = block.line;
		lineMap(block.body, `${prefix}${block.type}[${i}].`, into);
	}
	return into;
}
export { locateTerraformBlocks, lockedVersion, readTerraformConfiguration };
