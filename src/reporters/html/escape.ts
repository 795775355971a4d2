import { ALL_BUT_LAYOUT, showControls } from '../../lib/control-characters.ts';

/**
 * HTML built only through the `html` tag: every interpolated value is escaped unless it is
 * itself `Html` made by the tag, so a resource name can never become markup by omission.
 */
export class Html {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text safe in element content and in quoted attribute values. Control and bidi characters are shown
 * as their `\uXXXX` escapes rather than isolated in a `<bdi>`: an isolate keeps a right-to-left override
 * from spilling over its neighbours but still shows the value itself reordered (`exe.txt` for `txt.exe`),
 * and a reader of a security report must see the value as it is.
 */
export function escapeHtml(value: string): string {
  // Most values (names, ids) have nothing to escape or show: one test is cheaper than two, or a replace.
  if (!NEEDS_ESCAPING.test(value)) return value;
  const shown = showControls(value, 'layout');
  return SPECIAL.test(shown) ? shown.replace(SPECIALS, (c) => ENTITIES[c]!) : shown;
}

const SPECIAL = /[&<>"']/;
/** SPECIAL and the characters showControls shows (tab and line feed kept), in one test. */
const NEEDS_ESCAPING = new RegExp(`[&<>"']|${ALL_BUT_LAYOUT}`);
const SPECIALS = /[&<>"']/g;

/** Interpolates `values` into the template: `Html` as is, arrays item by item, nullish and `false` as nothing, anything else escaped. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += fragment(values[i]) + strings[i + 1]!;
  return new Html(out);
}

function fragment(value: unknown): string {
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(fragment).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(shown(String(value)));
}

/** Longest text the report shows of one value: a page is for reading, and a 50 MB tag would make the report unopenable (or unwritable). */
export const MAX_SHOWN = 2000;

/** The value, or its first MAX_SHOWN characters and how long it was: a cut is never silent. */
function shown(text: string): string {
  if (text.length <= MAX_SHOWN) return text;
  // Not between the two halves of a surrogate pair, which would print as U+FFFD.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(MAX_SHOWN - 1)) ? MAX_SHOWN - 1 : MAX_SHOWN;
  return `${text.slice(0, end)}… [cut: ${text.length.toLocaleString('en-US')} characters in all]`;
}

/** Trusted markup written in this module tree (the stylesheet), never data. */
export function trusted(text: string): Html {
  return new Html(text);
}
