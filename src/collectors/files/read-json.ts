import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../../engine/errors.ts';
import { lineColumn, syntaxErrorOffset } from './json-syntax.ts';

/**
 * Larger inputs are refused with a clear message rather than failing mid-read: V8 strings
 * stop at about 512 MiB, and parsing needs several times the file's size in memory.
 */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/**
 * Parses one JSON input file; a syntax error names the file, line and column. Accepts UTF-8
 * with or without a byte order mark, and UTF-16 with one (Windows PowerShell's `Out-File`).
 * Messages never quote the input: exports can hold secrets.
 */
export function readJsonFile(file: string, maxBytes = MAX_INPUT_BYTES): unknown {
  return parseJsonText(file, readInputText(file, maxBytes));
}

/** An input file's text, refused before reading when over the size limit; byte order marks decoded as above. */
export function readInputText(file: string, maxBytes = MAX_INPUT_BYTES): string {
  const size = statSync(file).size;
  if (size > maxBytes) throw new InputError(file, undefined, `is ${formatBytes(size)}; inputs larger than ${formatBytes(maxBytes)} are refused (split the export)`);
  return decode(readFileSync(file));
}

/** JSON text → value; a syntax error names the line and column, never the content. */
export function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // Diagnosis only once parsing failed: a valid input costs one JSON.parse and nothing more.
    if (text.trim() === '') throw new InputError(file, undefined, 'is empty: expected JSON');
    const offset = syntaxErrorOffset(text);
    const { line, column } = lineColumn(text, offset);
    const what = offset >= text.length ? 'unexpected end of input' : reason((error as Error).message, text.codePointAt(offset));
    throw new InputError(file, `line ${line}, column ${column}`, `invalid JSON: ${what}`);
  }
}

function decode(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.toString('utf8', 3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString('utf16le', 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return bytes.toString('utf8');
}

/**
 * V8's own words where they only describe the grammar ("Expected ',' or '}' after property
 * value"); otherwise the offending character, shown escaped when it is not printable.
 */
function reason(message: string, codePoint: number | undefined): string {
  const grammar = /^(Expected [^"]*?|Unterminated string|Bad control character in string literal|Bad escaped character|Exponent part is missing a number|No number after minus sign|Unterminated fractional number)(?= in JSON)/.exec(message);
  if (grammar) return grammar[1]!.charAt(0).toLowerCase() + grammar[1]!.slice(1);
  if (codePoint === undefined) return 'syntax error';
  const char = String.fromCodePoint(codePoint);
  return `unexpected character ${/^[\x21-\x7e]$/.test(char) ? `'${char}'` : `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`}`;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / (1024 * 1024))} MiB` : `${n} bytes`;
}
