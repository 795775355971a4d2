import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../../engine/errors.ts';

/** Larger inputs are refused with a clear message rather than exhausting memory mid-parse. */
export const MAX_INPUT_BYTES = 1024 * 1024 * 1024;

/** Parses one JSON input file; a syntax error names the file, line and column. */
export function readJsonFile(file: string, maxBytes = MAX_INPUT_BYTES): unknown {
  const size = statSync(file).size;
  if (size > maxBytes) throw new InputError(file, undefined, `is ${formatBytes(size)}; inputs larger than ${formatBytes(maxBytes)} are refused (split the export)`);
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(stripBom(text));
  } catch (error) {
    throw new InputError(file, positionOf(text, error as Error), `invalid JSON: ${reason(error as Error)}`);
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** V8 says `... at position N (line L column C)` or just `at position N`: turn either into line and column. */
function positionOf(text: string, error: Error): string | undefined {
  const lineCol = /line (\d+) column (\d+)/.exec(error.message);
  if (lineCol) return `line ${lineCol[1]}, column ${lineCol[2]}`;
  const pos = /position (\d+)/.exec(error.message);
  if (!pos) return text.trim() === '' ? 'line 1, column 1' : undefined;
  const offset = Number(pos[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/** The first clause of V8's message, without the position (said separately) or an echo of the input. */
function reason(error: Error): string {
  return (
    error.message
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/, "[^]*" is not valid JSON$/, '')
      .replace(/^Unexpected token '(.)'.*$/s, "unexpected character '$1'")
      .split('\n')[0] ?? 'syntax error'
  );
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / (1024 * 1024))} MiB` : `${n} bytes`;
}
