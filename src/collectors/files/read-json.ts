import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
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

/** What a refusal of a file over the limit says, given its size (or "more than ...") and the limit. */
export type SizeRefusal = (size: string, limit: string) => string;

const TOO_LARGE: SizeRefusal = (size, limit) => `is ${size}; inputs larger than ${limit} are refused (split the export)`;

/** An input file's text, at most `maxBytes` of it read; byte order marks decoded as above. */
export function readInputText(file: string, maxBytes = MAX_INPUT_BYTES, tooLarge = TOO_LARGE): string {
  return decode(readBounded(file, maxBytes, tooLarge));
}

/**
 * The file's bytes, bounded by what is actually read rather than by its stated size: a device
 * (`/dev/zero`, `/dev/urandom`) states 0 and never ends, a FIFO with no writer blocks `open`
 * forever. Both are refused before they are read; the open itself does not block
 * (`O_NONBLOCK`) and checks again what was opened, in case the path changed in between.
 */
function readBounded(file: string, maxBytes: number, tooLarge: SizeRefusal): Buffer {
  refuseIrregular(file, statSync(file));
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    refuseIrregular(file, stats);
    if (stats.size > maxBytes) throw new InputError(file, undefined, tooLarge(formatBytes(stats.size), formatBytes(maxBytes)));
    // One byte more than stated, to see the end: a file that grew (or a /proc file stating 0) grows the buffer, up to the limit.
    let bytes = Buffer.allocUnsafe(stats.size + 1);
    let length = 0;
    for (;;) {
      if (length === bytes.length) {
        if (length > maxBytes) throw new InputError(file, undefined, tooLarge(`more than ${formatBytes(maxBytes)}`, formatBytes(maxBytes)));
        bytes = Buffer.concat([bytes, Buffer.allocUnsafe(Math.min(Math.max(length, 64 * 1024), maxBytes + 1 - length))]);
      }
      const read = readSync(fd, bytes, length, bytes.length - length, null);
      if (read === 0) return bytes.subarray(0, length);
      length += read;
    }
  } finally {
    closeSync(fd);
  }
}

function refuseIrregular(file: string, stats: Stats): void {
  if (stats.isFile()) return;
  const what = stats.isFIFO() ? 'a named pipe (FIFO)' : stats.isCharacterDevice() ? 'a character device' : stats.isBlockDevice() ? 'a block device' : stats.isSocket() ? 'a socket' : stats.isDirectory() ? 'a folder' : 'not a file';
  throw new InputError(file, undefined, `is ${what}, not a regular file: save the input to a file and give that`);
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

/** Whole MiB rounded up: a file just over the limit must not read as the limit itself. */
function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.ceil(n / (1024 * 1024))} MiB` : `${n} bytes`;
}
