import { markdownText as escapeText } from '../reporters/markdown-text.ts';

/** Characters of one text shown: a message or reason is a sentence, and a long one must not crowd out the rest. */
const MAX_TEXT = 400;

/** Text from the input as Markdown (see reporters' markdownText), cut to what a summary or comment has room for. */
export function markdownText(text: string): string {
  return escapeText(text, MAX_TEXT);
}

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
