import { showControls } from '../lib/control-characters.ts';

/** What Markdown or the HTML GitHub allows in it would act on, as entities: `@` and `#` too, so a name never mentions anyone or links an issue. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '|': '&#124;', '@': '&#64;', '#': '&#35;' };
// Our texts never start a line (a cell, a list item, after words), so only inline syntax needs escaping.
const SPECIAL = /[\\`*_[\]~&<>|@#]/g;

/**
 * Text from the input (names, messages, paths) as Markdown that shows it as it is: one line
 * (control characters shown escaped), no emphasis, link, HTML, table cell break or mention.
 */
export function markdownText(text: string): string {
  const short = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
  return showControls(short).replace(SPECIAL, (c) => ENTITIES[c] ?? `\\${c}`);
}

/** Characters of one text shown: a message or reason is a sentence, and a long one must not crowd out the rest. */
const MAX_TEXT = 400;

/** `[text](url)` with the text escaped, or the text alone without a url. The url comes encoded; what would end it is encoded too. */
export function markdownLink(text: string, url: string | undefined): string {
  return url === undefined ? markdownText(text) : `[${markdownText(text)}](${url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})`;
}

/** A table row of already escaped cells. */
export function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Lines added while their UTF-8 bytes fit: GitHub refuses a job summary or comment past its limit. */
export class Budget {
  #left: number;
  constructor(bytes: number) {
    this.#left = bytes;
  }
  /** Takes the line's bytes (and its line break) if they fit. */
  fits(line: string): boolean {
    const bytes = Buffer.byteLength(line, 'utf8') + 1;
    if (bytes > this.#left) return false;
    this.#left -= bytes;
    return true;
  }

  /** Takes the bytes of lines that are always written. */
  spend(lines: string[]): void {
    for (const line of lines) this.#left -= Buffer.byteLength(line, 'utf8') + 1;
  }
}
