// src/collectors/terraform/address.ts
const NAME = /[A-Za-z_][A-Za-z0-9_-]*/y;
const NUMBER = /\d+\]/y;
const QUOTED = /"(?:[^"\\]|\\.)*"\]/y;
/** The steps of a traversal, or undefined when it is not one. A splat or computed index (`[*]`, `[count.index]`) ends the literal part: the steps before it are kept. */
function parseTraversal(text) {
	const { steps } = traverse(text);
	return steps.length ? steps : void 0;
}
/** The literal steps at the start of `text`, and whether they are all of it. */
function traverse(text) {
	const steps = [];
	let i = 0;
	while (i < text.length) {
		if (steps.length > 0) {
			if (text[i] !== ".") return {
				steps,
				complete: false
			};
			i++;
		}
		NAME.lastIndex = i;
		const name = NAME.exec(text)?.[0];
		if (name === void 0) return {
			steps,
			complete: false
		};
		i += name.length;
		const step = { name };
		steps.push(step);
		if (text[i] !== "[") continue;
		const index = literalIndex(text, i + 1);
		if (index === void 0) return {
			steps,
			complete: false
		};
		step.index = index.text;
		i = index.end;
	}
	return {
		steps,
		complete: true
	};
}
/** `[0]` or `["key"]` starting after the `[`, re-quoted as addresses print it; undefined for anything else. */
function literalIndex(text, from) {
	for (const pattern of [NUMBER, QUOTED]) {
		pattern.lastIndex = from;
		const match = pattern.exec(text)?.[0];
		if (match === void 0) continue;
		const inner = match.slice(0, -1);
		if (pattern === NUMBER || !inner.includes("\\")) return {
			text: `[${inner}]`,
			end: from + match.length
		};
		try {
			return {
				text: `[${JSON.stringify(JSON.parse(inner))}]`,
				end: from + match.length
			};
		} catch {
			return;
		}
	}
}
/** A resource instance's address, or undefined when the text is not one. */
function parseAddress(address) {
	const { steps, complete } = traverse(address);
	if (!complete) return void 0;
	let i = 0;
	const modules = [];
	while (steps[i]?.name === "module" && steps[i + 1] && !steps[i]?.index) {
		modules.push(stepsText(steps.slice(i, i + 2)));
		i += 2;
	}
	const mode = steps[i]?.name === "data" && !steps[i]?.index ? "data" : "managed";
	if (mode === "data") i++;
	const [type, name] = [steps[i], steps[i + 1]];
	if (!type || !name || type.index || i + 2 !== steps.length) return void 0;
	return {
		module: modules.join("."),
		mode,
		type: type.name,
		name: name.name,
		...name.index ? { index: name.index } : {}
	};
}
function stepsText(steps) {
	return steps.map((s) => s.name + (s.index ?? "")).join(".");
}
/** The address of a module's block, every instance key dropped: `module.envs.module.aks.azurerm_kubernetes_cluster.main`. */
function configurationAddress(address) {
	const steps = parseTraversal(address);
	return steps ? steps.map((s) => s.name).join(".") : address;
}
export { stepsText as i, parseAddress as n, parseTraversal as r, configurationAddress as t };
