import { t as InputError } from "./errors-DBVyj-7z.js";
import { join, relative } from "node:path";
import { closeSync, constants, fstatSync, openSync, readSync, readdirSync, statSync } from "node:fs";
// src/collectors/files/expand-inputs.ts
/** `expandInputs`, saying of each file whether it was found in a folder; a file also named explicitly counts as named. */
function listInputs(paths, extensions = [".json"]) {
	const files = /* @__PURE__ */ new Map();
	for (const path of paths) {
		let stat;
		try {
			stat = statSync(path);
		} catch {
			throw new InputError(path, void 0, "no such file or folder");
		}
		if (stat.isDirectory()) {
			for (const file of walk(path, extensions)) if (!files.has(file)) files.set(file, {
				path: file,
				inFolder: true
			});
		} else files.set(path, {
			path,
			inFolder: false
		});
	}
	return [...files.values()];
}
function walk(dir, extensions) {
	const out = [];
	const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
	for (const entry of entries) {
		if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
		const path = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...walk(path, extensions));
		else if (entry.isFile() && extensions.some((ext) => entry.name.toLowerCase().endsWith(ext))) out.push(path);
	}
	return out;
}
/** A path as reports show it: relative to the working directory when below it. */
function displayPath(path, cwd = process.cwd()) {
	const rel = relative(cwd, path);
	return rel && !rel.startsWith("..") ? rel : path;
}
// src/collectors/files/json-syntax.ts
/**
* Where a JSON text first breaks the grammar. V8's `JSON.parse` names the position for most
* errors but not for "Unexpected token" (a trailing comma, `NaN`, an unquoted word), and
* where it names none it quotes the input instead, which may hold secrets. This scanner
* only runs after a parse failed; it keeps its own stack, so deep nesting cannot overflow.
*/
function syntaxErrorOffset(text) {
	let i = 0;
	const stack = [];
	const skipSpace = () => {
		while (i < text.length && (text[i] === " " || text[i] === "	" || text[i] === "\n" || text[i] === "\r")) i++;
	};
	/** A string starting at `i`: true and `i` past it, or false and `i` at the bad character. */
	const string = () => {
		if (text[i] !== "\"") return false;
		i++;
		while (i < text.length) {
			const c = text.charCodeAt(i);
			if (c === 34) return i++, true;
			if (c < 32) return false;
			if (c === 92) {
				const e = text[i + 1];
				if (e === "u") {
					if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return i++, false;
					i += 6;
				} else if (e !== void 0 && "\"\\/bfnrt".includes(e)) i += 2;
				else return i++, false;
			} else i++;
		}
		return false;
	};
	/** `"key":` after `{` or `,` in an object. */
	const key = () => {
		skipSpace();
		if (!string()) return false;
		skipSpace();
		if (text[i] !== ":") return false;
		i++;
		return true;
	};
	const scalar = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
	for (;;) {
		skipSpace();
		const c = text[i];
		if (c === "{" || c === "[") {
			i++;
			skipSpace();
			if (text[i] === (c === "{" ? "}" : "]")) i++;
			else {
				stack.push(c);
				if (c === "{" && !key()) return i;
				continue;
			}
		} else if (c === "\"") {
			if (!string()) return i;
		} else {
			scalar.lastIndex = i;
			const m = scalar.exec(text);
			if (!m) return i;
			i += m[0].length;
		}
		for (;;) {
			skipSpace();
			const open = stack.at(-1);
			if (open === void 0) return i;
			const d = text[i];
			if (d === ",") {
				i++;
				if (open === "{" && !key()) return i;
				break;
			}
			if (d !== (open === "{" ? "}" : "]")) return i;
			i++;
			stack.pop();
		}
	}
}
/** 1-based line and column of a character offset. */
function lineColumn(text, offset) {
	let line = 1;
	let lineStart = 0;
	for (let j = text.indexOf("\n"); j !== -1 && j < offset; j = text.indexOf("\n", j + 1)) {
		line++;
		lineStart = j + 1;
	}
	return {
		line,
		column: offset - lineStart + 1
	};
}
// src/collectors/files/read-json.ts
/**
* Larger inputs are refused with a clear message rather than failing mid-read: V8 strings
* stop at about 512 MiB, and parsing needs several times the file's size in memory.
*/
const MAX_INPUT_BYTES = 268435456;
/**
* Parses one JSON input file; a syntax error names the file, line and column. Accepts UTF-8
* with or without a byte order mark, and UTF-16 with one (Windows PowerShell's `Out-File`).
* Messages never quote the input: exports can hold secrets.
*/
function readJsonFile(file, maxBytes = MAX_INPUT_BYTES) {
	return parseJsonText(file, readInputText(file, maxBytes));
}
const TOO_LARGE = (size, limit) => `is ${size}; inputs larger than ${limit} are refused (split the export)`;
/** An input file's text, at most `maxBytes` of it read; byte order marks decoded as above. */
function readInputText(file, maxBytes = MAX_INPUT_BYTES, tooLarge = TOO_LARGE) {
	return decode(readBounded(file, maxBytes, tooLarge));
}
/**
* The file's bytes, bounded by what is actually read rather than by its stated size: a device
* (`/dev/zero`, `/dev/urandom`) states 0 and never ends, a FIFO with no writer blocks `open`
* forever. Both are refused before they are read; the open itself does not block
* (`O_NONBLOCK`) and checks again what was opened, in case the path changed in between.
*/
function readBounded(file, maxBytes, tooLarge) {
	refuseIrregular(file, statSync(file));
	const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
	try {
		const stats = fstatSync(fd);
		refuseIrregular(file, stats);
		if (stats.size > maxBytes) throw new InputError(file, void 0, tooLarge(formatBytes(stats.size), formatBytes(maxBytes)));
		let bytes = Buffer.allocUnsafe(stats.size + 1);
		let length = 0;
		for (;;) {
			if (length === bytes.length) {
				if (length > maxBytes) throw new InputError(file, void 0, tooLarge(`more than ${formatBytes(maxBytes)}`, formatBytes(maxBytes)));
				bytes = Buffer.concat([bytes, Buffer.allocUnsafe(Math.min(Math.max(length, 65536), maxBytes + 1 - length))]);
			}
			const read = readSync(fd, bytes, length, bytes.length - length, null);
			if (read === 0) return bytes.subarray(0, length);
			length += read;
		}
	} finally {
		closeSync(fd);
	}
}
function refuseIrregular(file, stats) {
	if (stats.isFile()) return;
	const what = stats.isFIFO() ? "a named pipe (FIFO)" : stats.isCharacterDevice() ? "a character device" : stats.isBlockDevice() ? "a block device" : stats.isSocket() ? "a socket" : stats.isDirectory() ? "a folder" : "not a file";
	throw new InputError(file, void 0, `is ${what}, not a regular file: save the input to a file and give that`);
}
/** JSON text → value; a syntax error names the line and column, never the content. */
function parseJsonText(file, text) {
	try {
		return JSON.parse(text);
	} catch (error) {
		if (text.trim() === "") throw new InputError(file, void 0, "is empty: expected JSON");
		const offset = syntaxErrorOffset(text);
		const { line, column } = lineColumn(text, offset);
		const what = offset >= text.length ? "unexpected end of input" : reason(error.message, text.codePointAt(offset));
		throw new InputError(file, `line ${line}, column ${column}`, `invalid JSON: ${what}`);
	}
}
function decode(bytes) {
	if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) return bytes.toString("utf8", 3);
	if (bytes[0] === 255 && bytes[1] === 254) return bytes.toString("utf16le", 2);
	if (bytes[0] === 254 && bytes[1] === 255) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
	return bytes.toString("utf8");
}
/**
* V8's own words where they only describe the grammar ("Expected ',' or '}' after property
* value"); otherwise the offending character, shown escaped when it is not printable.
*/
function reason(message, codePoint) {
	const grammar = /^(Expected [^"]*?|Unterminated string|Bad control character in string literal|Bad escaped character|Exponent part is missing a number|No number after minus sign|Unterminated fractional number)(?= in JSON)/.exec(message);
	if (grammar) return grammar[1].charAt(0).toLowerCase() + grammar[1].slice(1);
	if (codePoint === void 0) return "syntax error";
	const char = String.fromCodePoint(codePoint);
	return `unexpected character ${/^[\x21-\x7e]$/.test(char) ? `'${char}'` : `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`}`;
}
/** Whole MiB rounded up: a file just over the limit must not read as the limit itself. */
function formatBytes(n) {
	return n >= 1048576 ? `${Math.ceil(n / 1048576)} MiB` : `${n} bytes`;
}
export { displayPath as a, readJsonFile as i, parseJsonText as n, listInputs as o, readInputText as r, MAX_INPUT_BYTES as t };
