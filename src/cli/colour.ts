import { showControls } from '../lib/control-characters.ts';
import type { Severity } from '../engine/severity.ts';

/** How a piece of a terminal line may be shown: a severity's colour, or set back from the rest. */
export type Tone = Severity | 'dim';

/** A piece of a line: text from anywhere (names, paths, messages from the input), and how to show it. */
export type Span = string | { text: string; tone: Tone };

/** A line for the terminal, in pieces so the colour codes can be added after the text is escaped. */
export type StyledLine = string | readonly Span[];

/** SGR parameters: bold red, red, yellow, cyan, and dim for info and secondary text. */
const SGR: Record<Tone, string> = { critical: '1;31', high: '31', medium: '33', low: '36', info: '2', dim: '2' };

/**
 * Whether to colour what goes to a stream. `FORCE_COLOR` decides when set (`0` or `false`: never,
 * any other value: always), as Node and most tools read it; else `NO_COLOR` set to anything but
 * the empty string turns colour off (no-color.org); else colour only on a terminal that is not
 * `TERM=dumb`, so a log file or a pipe never gets escape codes.
 */
export function wantsColour(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  if (env['NO_COLOR']) return false;
  return isTTY && env['TERM'] !== 'dumb';
}

/**
 * The line as the terminal gets it: each piece's control and bidi characters shown escaped
 * (src/lib/control-characters.ts), then our own colour codes around the toned pieces, so the
 * only escape sequences that reach the terminal are the ones aks-audit chose.
 */
export function renderLine(line: StyledLine, colour: boolean): string {
  if (typeof line === 'string') return showControls(line);
  return line
    .map((span) => {
      if (typeof span === 'string') return showControls(span);
      const text = showControls(span.text);
      return colour ? `\x1b[${SGR[span.tone]}m${text}\x1b[0m` : text;
    })
    .join('');
}
