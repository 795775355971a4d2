import { readFileSync, statSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { InputError } from './errors.ts';

/** YAML (or JSON) files people write by hand are small: anything larger is a mistake. */
const MAX_BYTES = 4 * 1024 * 1024;

/** A parsed YAML file and a way to name the line of any path inside it. */
export interface YamlFile {
  file: string;
  value: unknown;
  /** `line N` of the node at `path`, for error messages; undefined when the path is not in the file. */
  lineOf(path: (string | number)[]): number | undefined;
}

export function readYamlFile(file: string): YamlFile {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new InputError(file, undefined, 'cannot be read (no such file)');
  }
  if (size > MAX_BYTES) throw new InputError(file, undefined, `is ${size} bytes; at most ${MAX_BYTES} are accepted`);
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter, uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const pos = lineCounter.linePos(error.pos[0]);
    throw new InputError(file, `line ${pos.line}, column ${pos.col}`, error.message.split('\n')[0] ?? 'invalid YAML');
  }
  return {
    file,
    value: doc.toJS({ maxAliasCount: 100 }),
    lineOf(path) {
      const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
      return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    },
  };
}
