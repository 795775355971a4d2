import { showControls } from '../lib/control-characters.ts';

/** A table cell (or a line) of Markdown: input text cannot end the cell or the row, open a link or an HTML tag, or act on a reader's screen. */
export function markdownCell(value: string): string {
  return showControls(value.replace(/[\r\n]+/g, ' ')).replace(/[\\`*_[\]<>|&]/g, (c) => `\\${c}`);
}
