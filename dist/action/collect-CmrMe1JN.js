import { t as InputError } from "./errors-DBVyj-7z.js";
import { a as displayPath, n as parseJsonText, r as readInputText, t as MAX_INPUT_BYTES } from "./read-json-DT5Nfg-H.js";
import { t as isObject } from "./json-C040QO5N.js";
import { i as stepsText, n as parseAddress, r as parseTraversal, t as configurationAddress } from "./address-BqZ_SQ9o.js";
import { i as subscriptionIdOf, n as SENSITIVE, r as Unknown, t as AFTER_APPLY } from "./model-D6nq99Po.js";
import { dirname, resolve } from "node:path";
import { readdirSync, statSync } from "node:fs";
// src/collectors/terraform/plan-locations.ts
/**
* Where each instance is, when only the plan is at hand: the line and column of its object in the
* plan's text. One pass over the text finds every `"address": "…"` pair, one more counts lines up to
* the offsets wanted; the plan is not parsed a second time (plans run to hundreds of MiB).
*/
/** Finds an address's object after a section's key (`resource_changes`, `planned_values`); first occurrence wins, as the sections are written in order. */
var PlanText = class {
	text;
	/** Offsets of each address's `"address"` keys, in text order. */
	offsets = /* @__PURE__ */ new Map();
	constructor(text) {
		this.text = text;
		const pair = /"address"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
		for (let m = pair.exec(text); m; m = pair.exec(text)) {
			const raw = m[1];
			const address = raw.includes("\\") ? unescape(raw) : raw;
			const list = this.offsets.get(address);
			if (list) list.push(m.index);
			else this.offsets.set(address, [m.index]);
		}
	}
	/** Offset of the section's key, or 0 when it cannot be found. */
	section(key) {
		const at = new RegExp(`"${key}"\\s*:`).exec(this.text);
		return at ? at.index : 0;
	}
	/** Offset of the object holding `"address": address` first after `from`, or of the section when there is none. */
	objectOf(address, from) {
		const key = this.offsets.get(address)?.find((o) => o > from);
		if (key === void 0) return from;
		let i = key - 1;
		while (i > 0 && /\s/.test(this.text[i])) i--;
		return this.text[i] === "{" ? i : key;
	}
	/** Sets `line` and `column` of each resource from its offset, counting lines once over the text. */
	place(located) {
		const ordered = [...located].sort((a, b) => a.offset - b.offset);
		let line = 1;
		let lineStart = 0;
		let newline = this.text.indexOf("\n");
		for (const { resource, offset } of ordered) {
			while (newline !== -1 && newline < offset) {
				line++;
				lineStart = newline + 1;
				newline = this.text.indexOf("\n", lineStart);
			}
			resource.line = line;
			resource.column = offset - lineStart + 1;
		}
	}
};
function unescape(raw) {
	try {
		return JSON.parse(`"${raw}"`);
	} catch {
		return raw;
	}
}
/**
* The hook for plans read with their configuration beside them: each instance's location becomes
* its block's in the `.tf` files. `blocks` is keyed by address without instance keys
* (`module.aks.azurerm_kubernetes_cluster.main`, see `configurationAddress`); an instance whose
* block is not there keeps its place in the plan.
*/
function locateInConfiguration(resources, blocks) {
	for (const resource of resources) {
		const block = blocks.get(configurationAddress(resource.address));
		if (!block) continue;
		resource.file = block.file;
		resource.line = block.line;
		resource.lines = { ...block.lines };
		if (block.inlineWaivers) resource.inlineWaivers = block.inlineWaivers;
		delete resource.column;
	}
}
/**
* The folders the plan's configuration was read from, as far as the plan tells: the root module
* is taken to be the plan's folder, and each module called with a local `source` (`./modules/aks`,
* `../net`) is that path from its caller's. Registry and git modules are not on disk here.
*/
function configurationFolders(configuration, planFile) {
	const root = isObject(configuration) && isObject(configuration.root_module) ? configuration.root_module : void 0;
	const out = [];
	const walk = (module, path, folder, depth) => {
		out.push({
			module: path,
			folder
		});
		if (depth > 32 || !isObject(module.module_calls)) return;
		for (const [name, call] of Object.entries(module.module_calls)) {
			if (!isObject(call) || typeof call.source !== "string" || !/^\.\.?\//.test(call.source) || !isObject(call.module)) continue;
			walk(call.module, path ? `${path}.module.${name}` : `module.${name}`, resolve(folder, call.source), depth + 1);
		}
	};
	if (root) walk(root, "", dirname(resolve(planFile)), 0);
	return out;
}
// src/collectors/terraform/plan-configured.ts
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
var ConfiguredAttributes = class {
	expressions;
	constructor(expressions) {
		this.expressions = expressions;
	}
	/**
	* Whether the configuration writes the attribute path (`default_node_pool[0].upgrade_settings[0].max_surge`)
	* of an instance whose values are `values`: undefined when it cannot be told (a `dynamic` block may).
	* Blocks of one type are taken together: a set of blocks is ordered otherwise in the values than in
	* the configuration, so an attribute written in any of them counts as written in all.
	*/
	writes(path, values) {
		const steps = path.split(".").map((segment) => /^[^[]+/.exec(segment)?.[0] ?? segment);
		return writes(this.expressions, values, steps, 0);
	}
};
function writes(expressions, values, steps, i) {
	const name = steps[i];
	const expression = expressions[name];
	const value = isObject(values) ? values[name] : void 0;
	const last = i === steps.length - 1;
	if (expression === void 0) return mayBeDynamic(value) ? void 0 : false;
	if (Array.isArray(expression)) {
		if (Array.isArray(value) && value.length > expression.length) return void 0;
		if (last) return true;
		let answer = false;
		for (const [k, block] of expression.entries()) {
			if (!isObject(block)) continue;
			const inner = writes(block, Array.isArray(value) ? value[k] : void 0, steps, i + 1);
			if (inner === true) return true;
			if (inner === void 0) answer = void 0;
		}
		return answer;
	}
	if (!isObject(expression)) return true;
	if (isAttribute(expression)) return !(expression.constant_value === null && expression.references === void 0);
	return last ? true : writes(expression, value, steps, i + 1);
}
/** An expression object: nothing but a constant and references (`{}` for an expression with neither, such as `timestamp()`). */
function isAttribute(expression) {
	return Object.keys(expression).every((key) => key === "constant_value" || key === "references");
}
/** A non-empty list of objects may be `dynamic` blocks the plan's configuration does not show. */
function mayBeDynamic(value) {
	return Array.isArray(value) && value.some((v) => v !== null && typeof v === "object" && !Array.isArray(v));
}
// src/collectors/terraform/plan-providers.ts
/**
* The azurerm provider configurations of a plan (`configuration.provider_config`) and the
* subscription each deploys into when the configuration states it: `subscription_id` written as
* a constant, or as a root variable (`var.subscription_id`) the plan gives a value that is not
* marked sensitive. A resource names its configuration by `provider_config_key`, which Terraform
* resolves to the configuration a module inherits or is passed; an older plan that leaves a module's
* key unresolved (`aks:azurerm`) finds none, and its subscription is not known.
*/
var PlanProviders = class {
	subscriptions = /* @__PURE__ */ new Map();
	constructor(plan) {
		const configuration = isObject(plan.configuration) ? plan.configuration : {};
		const providers = isObject(configuration.provider_config) ? configuration.provider_config : {};
		const root = isObject(configuration.root_module) ? configuration.root_module : {};
		for (const [key, provider] of Object.entries(providers)) {
			if (!isObject(provider) || (provider.name ?? key.replace(/^.*:/, "").split(".")[0]) !== "azurerm") continue;
			const expression = isObject(provider.expressions) ? provider.expressions.subscription_id : void 0;
			this.subscriptions.set(key, isObject(expression) ? subscriptionOf(expression, key.includes(":") ? void 0 : {
				root,
				values: plan.variables
			}) : void 0);
		}
	}
	/** The configuration a resource's block names (`provider_config_key`), when it is an azurerm one. */
	of(block) {
		const key = block?.provider_config_key;
		if (typeof key !== "string" || !this.subscriptions.has(key)) return void 0;
		const subscriptionId = this.subscriptions.get(key);
		return subscriptionId === void 0 ? { key } : {
			key,
			subscriptionId
		};
	}
};
/** A constant, or a root variable's value (`variables.<name>.value`) when the expression is that variable alone. */
function subscriptionOf(expression, variables) {
	if ("constant_value" in expression) return subscriptionIdOf(expression.constant_value);
	const references = expression.references;
	const name = Array.isArray(references) && references.length === 1 && typeof references[0] === "string" ? /^var\.([A-Za-z_][\w-]*)$/.exec(references[0])?.[1] : void 0;
	if (name === void 0 || !variables) return void 0;
	const declared = isObject(variables.root.variables) ? variables.root.variables[name] : void 0;
	if (isObject(declared) && declared.sensitive === true) return void 0;
	const given = isObject(variables.values) ? variables.values[name] : void 0;
	return isObject(given) ? subscriptionIdOf(given.value) : void 0;
}
// src/collectors/terraform/plan-references.ts
/** Beyond this many modules and variables deep, a reference is taken for a loop and left unresolved. */
const MAX_DEPTH = 32;
const NOT_RESOURCES = /* @__PURE__ */ new Set([
	"var",
	"local",
	"each",
	"count",
	"path",
	"terraform",
	"self",
	"module",
	"data"
]);
var ConfigurationReferences = class {
	root;
	/** By module path and resource key: the instances of one block share it and its references. */
	cache = /* @__PURE__ */ new Map();
	/** `configuration` of a plan, whatever it holds: a missing or odd one gives no references. */
	constructor(configuration) {
		const root = isObject(configuration) ? configuration.root_module : void 0;
		this.root = isObject(root) ? root : void 0;
	}
	/** The references of one resource instance's attributes, by attribute path. */
	of(address) {
		return { ...this.blockOf(address).references };
	}
	/** The configuration block of a resource instance (its `expressions`, `provider_config_key`), when the plan has it. */
	block(address) {
		return this.blockOf(address).block;
	}
	blockOf(address) {
		const key = `${address.module}|${address.mode === "data" ? "data." : ""}${address.type}.${address.name}`;
		let block = this.cache.get(key);
		if (!block) this.cache.set(key, block = this.read(address));
		return block;
	}
	read(address) {
		const scope = this.scopeOf(address.module);
		if (!scope) return { references: {} };
		const wanted = `${address.mode === "data" ? "data." : ""}${address.type}.${address.name}`;
		const resources = scope.module.resources;
		const block = Array.isArray(resources) ? resources.find((r) => isObject(r) && r.address === wanted) : void 0;
		const references = {};
		if (block && isObject(block.expressions)) this.collect(block.expressions, "", scope, references);
		return block ? {
			block,
			references
		} : { references };
	}
	/** Walks attributes (an expression object each) and nested blocks (a list of attribute objects). */
	collect(expressions, prefix, scope, out) {
		for (const [name, expression] of Object.entries(expressions)) {
			const path = prefix + name;
			if (Array.isArray(expression)) expression.forEach((block, i) => {
				if (isObject(block)) this.collect(block, `${path}[${i}].`, scope, out);
			});
			else if (isObject(expression) && Array.isArray(expression.references)) {
				const target = single(this.resolve(expression.references, scope, 0));
				if (target) out[path] = target;
			}
		}
	}
	/** The resources a list of references names, each module-resolved. */
	resolve(references, scope, depth) {
		const found = /* @__PURE__ */ new Set();
		if (depth > MAX_DEPTH) return found;
		const prefix = scope.path ? `${scope.path}.` : "";
		for (const reference of references) {
			const steps = typeof reference === "string" ? parseTraversal(reference) : void 0;
			if (!steps) continue;
			const [head, second, third] = steps;
			if (!head || !second) continue;
			if (head.name === "var" && scope.caller) {
				const passed = objectAt(scope.caller.call.expressions, second.name);
				if (passed && Array.isArray(passed.references)) for (const r of this.resolve(passed.references, scope.caller.scope, depth + 1)) found.add(r);
			} else if (head.name === "module" && third) {
				const call = objectAt(scope.module.module_calls, second.name);
				const module = call && objectAt(call, "module");
				const output = module && objectAt(objectAt(module, "outputs"), third.name);
				const expression = output && objectAt(output, "expression");
				if (call && module && expression && Array.isArray(expression.references)) {
					const inner = {
						path: prefix + stepsText([head, second]),
						module,
						caller: {
							scope,
							call
						}
					};
					for (const r of this.resolve(expression.references, inner, depth + 1)) found.add(r);
				}
			} else if (head.name === "data" && third) found.add(prefix + stepsText([
				head,
				second,
				third
			]));
			else if (!NOT_RESOURCES.has(head.name) && !head.index) found.add(prefix + stepsText([head, second]));
		}
		return found;
	}
	/** The scope of a module instance path, walking `module_calls` by name (instance keys kept in the path). */
	scopeOf(modulePath) {
		if (!this.root) return void 0;
		let scope = {
			path: "",
			module: this.root
		};
		const steps = modulePath ? parseTraversal(modulePath) ?? [] : [];
		for (let i = 0; i + 1 < steps.length; i += 2) {
			const step = steps[i + 1];
			const call = objectAt(scope.module.module_calls, step.name);
			const module = call && objectAt(call, "module");
			if (!call || !module) return void 0;
			scope = {
				path: stepsText(steps.slice(0, i + 2)),
				module,
				caller: {
					scope,
					call
				}
			};
		}
		return scope;
	}
};
/**
* The one resource named, or undefined when there are none or several. `azurerm_subnet.nodes[0]`
* and `azurerm_subnet.nodes` (Terraform lists both for `azurerm_subnet.nodes[0].id`) are one.
*/
function single(found) {
	const specific = [...found].filter((a) => ![...found].some((b) => b !== a && b.startsWith(a) && b[a.length] === "["));
	return specific.length === 1 ? specific[0] : void 0;
}
function objectAt(parent, key) {
	const value = isObject(parent) ? parent[key] : void 0;
	return isObject(value) ? value : void 0;
}
// src/collectors/terraform/plan-values.ts
/**
* A plan's values with its marks applied: `after` with `after_unknown` (true where the value is
* known only after apply; the value is then absent or null) and the sensitive marks
* (`after_sensitive`, `planned_values`' `sensitive_values`; true where the value is a secret, which
* the plan still holds in clear). A sensitive value is replaced here, before anything else sees it.
*/
const LATER = new Unknown(AFTER_APPLY);
const HIDDEN = new Unknown(SENSITIVE);
/**
* Plans before format 0.2 (Terraform 0.12 to 0.14) mark nothing sensitive, so strings under names
* that only ever hold secrets (`administrator_login_password`, `primary_access_key`, `client_secret`)
* are hidden in every plan, and the cluster's credentials whatever their shape. Booleans such as
* `shared_access_key_enabled` are settings, not secrets, and are read.
*/
const SECRET_NAME = /(?:^|_)(?:password|secret|access_key|connection_string|token|private_key|shared_key|primary_key|secondary_key)s?$/;
const CREDENTIALS = /* @__PURE__ */ new Set([
	"kube_config",
	"kube_admin_config",
	"kube_config_raw",
	"kube_admin_config_raw"
]);
/** An instance's attribute values (`place` names them in the plan), marks applied; each mark is checked first and named when malformed. */
function markedValues(file, place, values, unknown, sensitive) {
	if (!isObject(values)) throw new InputError(file, place, `expected an object of attribute values, found ${typeName(values)}`);
	for (const mark of [unknown, ...sensitive]) checkMark(file, mark.place, mark.value);
	const hidden = sensitive.reduce((union, m) => unite(union, m.value), void 0);
	return marked(values, unknown.value, hidden);
}
function marked(value, unknown, sensitive) {
	if (sensitive === true) return HIDDEN;
	if (unknown === true) return LATER;
	if (Array.isArray(value) || value == null && Array.isArray(unknown) && unknown.length > 0) {
		const items = Array.isArray(value) ? value : [];
		const length = Math.max(items.length, Array.isArray(unknown) ? unknown.length : 0);
		const out = [];
		for (let i = 0; i < length; i++) out.push(marked(items[i] ?? null, child(unknown, i), child(sensitive, i)));
		return out;
	}
	if (isObject(value) || value == null && isObject(unknown) && Object.keys(unknown).length > 0) {
		const fields = isObject(value) ? value : {};
		const out = {};
		for (const key in fields) out[key] = field(key, fields[key], unknown, sensitive);
		if (isObject(unknown)) {
			for (const key in unknown) if (!(key in fields)) out[key] = field(key, void 0, unknown, sensitive);
		}
		return out;
	}
	if (value === void 0) return null;
	return value;
}
function field(key, value, unknown, sensitive) {
	const item = marked(value, child(unknown, key), child(sensitive, key));
	return looksSecret(key, item) ? HIDDEN : item;
}
/** The mark of a child: a true mark covers everything under it; false, null and absence mark nothing. */
function child(mark, key) {
	if (mark === true) return true;
	if (mark === void 0 || mark === null || mark === false) return void 0;
	if (Array.isArray(mark)) return typeof key === "number" ? mark[key] : void 0;
	return typeof key === "string" ? mark[key] : void 0;
}
/** Two marks as one: what either marks is marked. */
function unite(a, b) {
	if (a === true || b === true) return true;
	if (a === void 0 || a === null || a === false) return b;
	if (b === void 0 || b === null || b === false) return a;
	if (Array.isArray(a) && Array.isArray(b)) return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => unite(a[i], b[i]));
	if (isObject(a) && isObject(b)) {
		const out = { ...a };
		for (const key in b) out[key] = unite(a[key], b[key]);
		return out;
	}
	return a;
}
/** A mark is true, false, null, or a list or object of marks: anything else is a broken plan, and guessing could leak a secret. */
function checkMark(file, place, mark, path = []) {
	if (mark === void 0 || mark === null || typeof mark === "boolean") return;
	if (Array.isArray(mark)) {
		for (let i = 0; i < mark.length; i++) {
			path.push(i);
			checkMark(file, place, mark[i], path);
			path.pop();
		}
		return;
	}
	if (isObject(mark)) {
		for (const key in mark) {
			path.push(key);
			checkMark(file, place, mark[key], path);
			path.pop();
		}
		return;
	}
	const at = place + path.map((k) => typeof k === "number" ? `[${k}]` : `.${k}`).join("");
	throw new InputError(file, at, `expected true, false, a list or an object marking values, found ${typeName(mark)}`);
}
function looksSecret(key, value) {
	if (CREDENTIALS.has(key)) return value !== null && !(Array.isArray(value) && value.length === 0);
	return typeof value === "string" && value !== "" && SECRET_NAME.test(key);
}
function typeName(value) {
	return value === null ? "null" : Array.isArray(value) ? "a list" : typeof value === "string" ? "a string" : typeof value;
}
// src/collectors/terraform/read-plan.ts
/** Reads one plan file; a file that is not a plan, or a broken one, is an `InputError` naming the place. */
function readPlanFile(file, source, maxBytes = MAX_INPUT_BYTES) {
	const text = readInputText(file, maxBytes);
	if (text.startsWith("PK")) throw new InputError(file, void 0, "is a binary plan file: give its JSON, `terraform show -json plan.out > plan.json`");
	return readPlan(parseJsonText(file, text), {
		file,
		source,
		text
	});
}
const ACTIONS = {
	create: "create",
	update: "update",
	"no-op": "no-op",
	delete: "delete",
	read: "read",
	forget: "forget",
	"delete,create": "replace",
	"create,delete": "replace"
};
/** A parsed plan's resource instances. */
function readPlan(plan, where) {
	const { file } = where;
	if (!isObject(plan)) throw new InputError(file, void 0, "is not a Terraform plan: expected an object (terraform show -json)");
	checkFormat(file, plan);
	const changes = plan.resource_changes ?? [];
	if (!Array.isArray(changes)) throw new InputError(file, "resource_changes", "expected a list");
	const configuration = {
		references: new ConfigurationReferences(plan.configuration),
		providers: new PlanProviders(plan)
	};
	const located = [];
	const skipped = [];
	const changed = /* @__PURE__ */ new Set();
	const planned = plannedResources(plan.planned_values);
	const plannedByAddress = new Map(planned.map((p) => [p.entry.address, p]));
	/** `planned_values` marks sensitive paths too: a path either marks is hidden. */
	const plannedSensitive = (address) => {
		const p = plannedByAddress.get(address);
		return p ? [{
			value: p.entry.sensitive_values,
			place: `${p.place}.sensitive_values`
		}] : [];
	};
	changes.forEach((entry, i) => {
		const place = `resource_changes[${i}]`;
		if (!isObject(entry)) throw new InputError(file, place, "expected an object");
		if (entry.deposed !== void 0) return;
		const change = entry.change;
		if (!isObject(change) || !Array.isArray(change.actions)) throw new InputError(file, `${place}.change.actions`, "expected a list of actions");
		const address = addressOf(file, place, entry);
		const action = ACTIONS[change.actions.join(",")];
		if (!action) {
			skipped.push(`${entry.address} (actions ${JSON.stringify(change.actions)})`);
			return;
		}
		changed.add(entry.address);
		const values = action === "delete" || action === "forget" ? markedValues(file, `${place}.change.before`, change.before ?? {}, {
			value: void 0,
			place
		}, [{
			value: change.before_sensitive,
			place: `${place}.change.before_sensitive`
		}]) : markedValues(file, `${place}.change.after`, change.after, {
			value: change.after_unknown,
			place: `${place}.change.after_unknown`
		}, [{
			value: change.after_sensitive,
			place: `${place}.change.after_sensitive`
		}, ...plannedSensitive(entry.address)]);
		located.push({
			resource: instance(entry.address, address, values, action, configuration, where),
			offset: 0,
			section: "resource_changes"
		});
	});
	for (const { entry, place } of planned) {
		if (entry.mode !== "data" || changed.has(entry.address)) continue;
		const address = addressOf(file, place, entry);
		const values = markedValues(file, `${place}.values`, entry.values, {
			value: void 0,
			place
		}, [{
			value: entry.sensitive_values,
			place: `${place}.sensitive_values`
		}]);
		located.push({
			resource: instance(entry.address, address, values, "read", configuration, where),
			offset: 0,
			section: "planned_values"
		});
	}
	if (where.text !== void 0) {
		const text = new PlanText(where.text);
		const sections = {
			resource_changes: text.section("resource_changes"),
			planned_values: text.section("planned_values")
		};
		for (const l of located) l.offset = text.objectOf(l.resource.address, sections[l.section]);
		text.place(located);
	}
	const read = {
		resources: located.map((l) => l.resource),
		skipped,
		modules: configurationFolders(plan.configuration, file)
	};
	const constraint = azurermConstraintOf(plan.configuration);
	if (constraint !== void 0) read.azurermConstraint = constraint;
	return read;
}
/** `provider_config.azurerm.version_constraint` (the key may carry an alias or a module path: `module.aks:azurerm`). */
function azurermConstraintOf(configuration) {
	const providers = isObject(configuration) && isObject(configuration.provider_config) ? configuration.provider_config : {};
	for (const [key, provider] of Object.entries(providers)) {
		if (!isObject(provider) || typeof provider.version_constraint !== "string") continue;
		if ((typeof provider.name === "string" ? provider.name : key) === "azurerm" && !key.includes(":")) return provider.version_constraint;
	}
}
/** Formats 0.x and 1.x are read; a new major version may mean anything, so it is refused (as Terraform asks of readers). */
function checkFormat(file, plan) {
	const version = plan.format_version;
	if (version !== void 0 && (typeof version !== "string" || !/^[01]\.\d+$/.test(version))) throw new InputError(file, "format_version", `${JSON.stringify(version)} is not a plan format this version reads (0.x, 1.x)`);
	if (plan.resource_changes !== void 0 || plan.planned_values !== void 0) return;
	if (isObject(plan.values)) throw new InputError(file, void 0, "is Terraform state (terraform show -json without a plan), not a plan: give `terraform show -json plan.out`");
	throw new InputError(file, void 0, "is not a Terraform plan: no resource_changes or planned_values (give `terraform show -json plan.out`)");
}
function addressOf(file, place, entry) {
	const parsed = typeof entry.address === "string" ? parseAddress(entry.address) : void 0;
	if (!parsed) throw new InputError(file, `${place}.address`, typeof entry.address === "string" ? `"${entry.address}" is not a resource address` : "expected a resource address");
	return parsed;
}
/**
* An instance of the plan. Its block in the configuration says which attributes it writes; without
* the block (a plan without `configuration`), every attribute of the values reads as stated.
*/
function instance(address, parsed, values, action, configuration, where) {
	const block = configuration.references.block(parsed);
	const provider = configuration.providers.of(block);
	const resource = {
		address,
		module: parsed.module,
		type: parsed.type,
		name: parsed.name,
		mode: parsed.mode,
		values,
		action,
		references: configuration.references.of(parsed),
		file: where.file,
		line: 1,
		lines: {},
		source: where.source
	};
	if (block && isObject(block.expressions)) resource.configured = new ConfiguredAttributes(block.expressions);
	if (provider) resource.provider = provider;
	return resource;
}
/** Every resource of `planned_values`, root module then child modules, in the order they are written. */
function plannedResources(planned) {
	const out = [];
	const walk = (module, place) => {
		if (!isObject(module)) return;
		if (Array.isArray(module.resources)) module.resources.forEach((r, i) => {
			if (isObject(r)) out.push({
				entry: r,
				place: `${place}.resources[${i}]`
			});
		});
		if (Array.isArray(module.child_modules)) module.child_modules.forEach((m, i) => walk(m, `${place}.child_modules[${i}]`));
	};
	if (isObject(planned)) walk(planned.root_module, "planned_values.root_module");
	return out;
}
// src/collectors/terraform/collect.ts
const AZURERM = (type) => type.startsWith("azurerm_");
async function collectTerraform(paths, options = {}) {
	const recognizes = options.recognizes ?? AZURERM;
	const out = {
		reads: [],
		sources: [],
		unrecognized: []
	};
	const unrecognized = /* @__PURE__ */ new Map();
	for (const path of paths) {
		const target = displayPath(path);
		const id = `terraform:${target}`;
		const source = {
			id,
			kind: "terraform",
			target,
			status: "ok",
			resources: 0
		};
		const read = isConfiguration(path) ? await (options.readConfiguration ?? readConfiguration)(path, id) : await readPlanWithConfiguration(path, id, options.maxBytes ?? 268435456);
		const recognized = [];
		for (const r of read.resources) if (recognizes(r.type)) recognized.push(r);
		else if (r.mode === "managed") unrecognized.set(r.type, (unrecognized.get(r.type) ?? 0) + 1);
		source.resources = recognized.length;
		out.reads.push({
			resources: recognized,
			azurerm: read.azurerm
		});
		if (read.partial) Object.assign(source, {
			status: "partial",
			...read.partial
		});
		out.sources.push(source);
	}
	out.unrecognized = [...unrecognized].map(([type, count]) => ({
		type,
		count
	}));
	return out;
}
/**
* A plan, and when its folder holds the configuration it was made from, each instance placed at
* its block in the `.tf` files (so findings annotate the lines a pull request changes) and the
* azurerm version from the lock file there.
*/
async function readPlanWithConfiguration(path, source, maxBytes) {
	const plan = readPlanFile(path, source, maxBytes);
	const folder = dirname(path);
	const azurerm = plan.azurermConstraint === void 0 ? {} : { constraint: plan.azurermConstraint };
	if (readdirSync(folder).some((name) => name.endsWith(".tf"))) {
		const { locateTerraformBlocks, lockedVersion } = await import("./read-configuration-CyUmujzZ.js");
		locateInConfiguration(plan.resources, await locateTerraformBlocks(folder, { maxBytes }));
		const locked = await lockedVersion(folder, maxBytes);
		if (locked !== void 0) azurerm.locked = locked;
	}
	const read = {
		resources: plan.resources,
		azurerm
	};
	if (plan.skipped.length) read.partial = {
		code: "unknown-action",
		message: `changes with actions this version does not know were not read: ${plan.skipped.join(", ")}`
	};
	return read;
}
/** A folder or `.tf` file, through the configuration reader (loaded only when one is given: it brings a WASM parser). */
async function readConfiguration(path, source) {
	const { readTerraformConfiguration } = await import("./read-configuration-CyUmujzZ.js");
	const configuration = await readTerraformConfiguration(path, source);
	const failed = configuration.files.flatMap((f) => f.status === "failed" ? [f.message] : []);
	const problems = [...failed, ...configuration.unevaluated.map((u) => `${u.what}: ${u.reason}`)];
	const read = {
		resources: configuration.resources,
		azurerm: configuration.azurerm
	};
	if (problems.length) read.partial = {
		code: failed.length ? "unreadable-files" : "not-evaluated",
		message: problems.join("; ")
	};
	return read;
}
/** A folder, or a `.tf` / `.tf.json` file, is configuration; any other file is taken for a plan's JSON. */
function isConfiguration(path) {
	let stats;
	try {
		stats = statSync(path);
	} catch {
		throw new InputError(path, void 0, "no such file or folder");
	}
	return stats.isDirectory() || /\.tf(\.json)?$/i.test(path);
}
export { collectTerraform };
