// src/lib/control-characters.ts
const BIDI_AND_SEPARATORS = "\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069";
const ALL = `[\\u0000-\\u001f\\u007f-\\u009f${BIDI_AND_SEPARATORS}]`;
/** The same but tab and line feed, which lay out multi-line text (snippets in a `<pre>`) and reorder or hide nothing. */
const ALL_BUT_LAYOUT = `[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f${BIDI_AND_SEPARATORS}]`;
const PATTERNS = {
	nothing: {
		any: new RegExp(ALL),
		each: new RegExp(ALL, "g")
	},
	layout: {
		any: new RegExp(ALL_BUT_LAYOUT),
		each: new RegExp(ALL_BUT_LAYOUT, "g")
	}
};
/**
* `text` with each such character shown as its `\uXXXX` escape: the reader sees that something was
* there (stripping it would make `a\u202eb` and `ab` look alike), and nothing it does takes effect.
*/
function showControls(text, keep = "nothing") {
	const { any, each } = PATTERNS[keep];
	return any.test(text) ? text.replace(each, escaped) : text;
}
function escaped(c) {
	return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
/** Annotation keys of our waivers: `aks-audit.dev/waive.<rule-id>`. */
const WAIVE_ANNOTATION_PREFIX = "aks-audit.dev/waive.";
/** Longer text is refused, not read: a waiver is one line, and input can be hostile. */
const MAX_TEXT = 1e3;
/** What a report quotes of a waiver's text. */
const MAX_SHOWN = 300;
const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KEYS = /* @__PURE__ */ new Set([
	"reason",
	"owner",
	"expires",
	"ticket"
]);
/** The waiver in a Terraform comment (`#`, `//` or `/* … *\/`), or undefined when the comment is not one. */
function waiverOfComment(comment, file, line) {
	const body = comment.replace(/^\s*(?:#|\/\/|\/\*)/, "").replace(/\*\/\s*$/, "").trim();
	if (!body.startsWith("aks-audit:waive")) return void 0;
	const rest = body.slice(15);
	if (rest !== "" && !/^\s/.test(rest)) return void 0;
	const [, ruleId = "", fields = ""] = /^\s*(\S*)\s*([\s\S]*)$/.exec(rest);
	return {
		kind: "terraform",
		...parseWaiver(ruleId || null, fields, false),
		file,
		line,
		text: bounded(body)
	};
}
/** The waiver an annotation holds, or undefined when the key is not ours. The value of any other annotation is never read. */
function waiverOfAnnotation(key, value, place) {
	if (!key.startsWith("aks-audit.dev/waive.")) return void 0;
	return {
		kind: "kubernetes",
		...parseWaiver(key.slice(20) || null, value, true),
		...place,
		text: bounded(`${key}: ${value}`)
	};
}
function parseWaiver(ruleId, text, bareIsReason) {
	const out = {
		ruleId: null,
		reason: null,
		owner: null,
		expires: null,
		ticket: null
	};
	if (ruleId === null || ruleId.includes("=")) return {
		...out,
		problem: "no rule id"
	};
	if (ruleId.length > 100 || !RULE_ID.test(ruleId)) return {
		...out,
		problem: `${quoted(ruleId, 60)} is not a rule id`
	};
	out.ruleId = ruleId;
	if (text.length > MAX_TEXT) return {
		...out,
		problem: `longer than ${MAX_TEXT} characters`
	};
	const trimmed = text.trim();
	if (bareIsReason && trimmed !== "" && !/^[a-z]+=/.test(trimmed)) return finish({
		...out,
		reason: trimmed
	});
	const fields = keyValues(trimmed);
	if (typeof fields === "string") return {
		...out,
		problem: fields
	};
	for (const [key, value] of fields) out[key] = value;
	return finish(out);
}
function finish(out) {
	for (const key of [
		"reason",
		"owner",
		"ticket"
	]) if (out[key] !== null) out[key] = clean(out[key]) || null;
	if (out.expires !== null && !isCalendarDate(out.expires)) return {
		...out,
		problem: `expires ${quoted(out.expires, 30)} is not a date (YYYY-MM-DD)`
	};
	if (out.reason === null) return {
		...out,
		problem: "no reason: a waiver says why the risk is accepted"
	};
	return out;
}
/** `key=value key="quoted value"` pairs, or a sentence saying what is wrong. */
function keyValues(text) {
	const out = [];
	const seen = /* @__PURE__ */ new Set();
	let at = 0;
	while (at < text.length) {
		const key = /^([A-Za-z_]+)=/.exec(text.slice(at));
		if (!key) return `cannot read ${quoted(text.slice(at), 30)}: expected key=value (reason, owner, expires, ticket)`;
		const name = key[1].toLowerCase();
		if (!KEYS.has(name)) return `unknown key ${quoted(name, 30)} (reason, owner, expires, ticket)`;
		if (seen.has(name)) return `${name} is given twice`;
		seen.add(name);
		at += key[0].length;
		let value;
		if (text[at] === "\"") {
			const close = closingQuote(text, at + 1);
			if (close < 0) return `the quoted ${name} is not closed`;
			value = text.slice(at + 1, close).replace(/\\(["\\])/g, "$1");
			at = close + 1;
		} else {
			const end = text.slice(at).search(/\s|$/);
			value = text.slice(at, at + end);
			at += end;
		}
		if (at < text.length && !/\s/.test(text[at])) return `expected a space after ${name}`;
		out.push([name, value]);
		while (at < text.length && /\s/.test(text[at])) at++;
	}
	return out;
}
function closingQuote(text, from) {
	for (let i = from; i < text.length; i++) if (text[i] === "\\") i++;
	else if (text[i] === "\"") return i;
	return -1;
}
/** `YYYY-MM-DD` naming a real day: `2027-02-30` is not one. */
function isCalendarDate(value) {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = /* @__PURE__ */ new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
/** One line, control characters shown as escapes (they would act in a terminal or reorder text): the value goes into every report. */
function clean(value) {
	return showControls(value.replace(/\s+/g, " ").trim());
}
/** The text as written, bounded, control characters shown as escapes. */
function bounded(value, max = MAX_SHOWN) {
	const shown = showControls(value);
	return shown.length <= max ? shown : `${shown.slice(0, max - 1)}…`;
}
/** A piece of the input named in a problem. */
function quoted(value, max) {
	return `'${bounded(value, max)}'`;
}
export { ALL_BUT_LAYOUT as a, waiverOfComment as i, isCalendarDate as n, showControls as o, waiverOfAnnotation as r, WAIVE_ANNOTATION_PREFIX as t };
