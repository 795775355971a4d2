// Characters a terminal or a browser acts on instead of showing: C0 and C1 controls and DEL (ESC and
// the C1 CSI/OSC start every escape sequence, hyperlinks included), the line and paragraph separators,
// and the bidi marks, embeddings, overrides and isolates that reorder what a reader sees. Text from
// the input (resource names, file names, server messages) may hold any of them.

const BIDI_AND_SEPARATORS = '\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
const ALL = `[\\u0000-\\u001f\\u007f-\\u009f${BIDI_AND_SEPARATORS}]`;
/** The same but tab and line feed, which lay out multi-line text (snippets in a `<pre>`) and reorder or hide nothing. */
export const ALL_BUT_LAYOUT = `[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f${BIDI_AND_SEPARATORS}]`;
// Most text (every name and id in a large HTML report) has none: a test is much cheaper than a replace that finds nothing.
const PATTERNS = {
  nothing: { any: new RegExp(ALL), each: new RegExp(ALL, 'g') },
  layout: { any: new RegExp(ALL_BUT_LAYOUT), each: new RegExp(ALL_BUT_LAYOUT, 'g') },
};

/**
 * `text` with each such character shown as its `\uXXXX` escape: the reader sees that something was
 * there (stripping it would make `a\u202eb` and `ab` look alike), and nothing it does takes effect.
 */
export function showControls(text: string, keep: 'nothing' | 'layout' = 'nothing'): string {
  const { any, each } = PATTERNS[keep];
  return any.test(text) ? text.replace(each, escaped) : text;
}

function escaped(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
