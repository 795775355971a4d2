import { showControls } from '../lib/control-characters.ts';

/** What Markdown or the HTML GitHub allows in it would act on, as entities: `@` and `#` too, so a name never mentions anyone or links an issue. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '|': '&#124;', '@': '&#64;', '#': '&#35;' };
// Our texts never start a line (a cell, a list item, after words), so only inline syntax needs escaping.
const SPECIAL = /[\\`*_[\]~&<>|@#]/g;

/**
 * Text from the input (names, messages, paths) as Markdown that shows it as it is, fit for a
 * table cell: one line (line breaks become spaces, other control characters are shown escaped),
 * no emphasis, link, HTML, cell break, mention or issue link; at most `maxLength` characters of it.
 */
export function markdownText(text: string, maxLength = Infinity): string {
  const short = text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
  return showControls(short.replace(/[\r\n]+/g, ' ')).replace(SPECIAL, (c) => ENTITIES[c] ?? `\\${c}`);
}
