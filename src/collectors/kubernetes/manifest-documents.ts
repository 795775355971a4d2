import { isMap, isSeq, LineCounter, parseAllDocuments, Scalar, type ScalarTag, type Tags } from 'yaml';
import { parseJsonText } from '../files/read-json.ts';
import { InputError } from '../../engine/errors.ts';
import { isObject } from '../../lib/json.ts';

/** One top-level document of a manifest file, with the lines its List items start on. */
export interface ManifestDocument {
  value: unknown;
  /** RFC 6901 pointer to the document: `` for a file of one document, `/<n>` in a multi-document YAML stream. */
  pointer: string;
  /** 1-based line the document's content starts on. */
  line: number;
  /** 1-based start line of each element of the document's `items` array, when it has one. */
  itemLines: number[] | undefined;
}

/** Aliases expand into copies; more than this many is an alias bomb, not a manifest. */
const MAX_ALIASES = 100;

/**
 * kubectl turns YAML into JSON with sigs.k8s.io/yaml, whose go-yaml v2 resolves plain scalars by
 * YAML 1.1 rules: `yes`, `on`, `y` are true and `no`, `off`, `n` false, exactly these spellings.
 * Read as YAML 1.2 strings, `privileged: yes` would look like "not true"; read as the API server
 * receives them, it is true. Quoted scalars stay strings, as there.
 */
const BOOL = 'tag:yaml.org,2002:bool';
const GO_YAML_BOOLEANS: ScalarTag[] = [
  { tag: BOOL, default: true, test: /^(?:y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON)$/, resolve: () => new Scalar(true), identify: (v) => v === true },
  { tag: BOOL, default: true, test: /^(?:n|N|no|No|NO|false|False|FALSE|off|Off|OFF)$/, resolve: () => new Scalar(false), identify: (v) => v === false },
];
const asKubectlReads = (tags: Tags): Tags => [...GO_YAML_BOOLEANS, ...tags.filter((t) => typeof t === 'string' || t.tag !== BOOL)];

/**
 * The documents of a manifest file: JSON (`kubectl get -o json`) or YAML (`-o yaml`, `helm
 * template`, `kustomize build`, hand-written). JSON is parsed natively (large exports) and its
 * item lines found by a scan of the text; YAML keeps node ranges. Errors name the line and
 * never quote the input.
 */
export function manifestDocuments(file: string, text: string): ManifestDocument[] {
  return /\.json$/i.test(file) ? jsonDocuments(file, text) : yamlDocuments(file, text);
}

function jsonDocuments(file: string, text: string): ManifestDocument[] {
  const value = parseJsonText(file, text);
  const lines = new LineIndex(text);
  const start = text.search(/\S/);
  const items = isObject(value) && Array.isArray(value.items) ? jsonItemOffsets(text, start) : undefined;
  return [{ value, pointer: '', line: lines.lineOf(start), itemLines: items?.map((o) => lines.lineOf(o)) }];
}

function yamlDocuments(file: string, text: string): ManifestDocument[] {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter, prettyErrors: false, merge: true, customTags: asKubectlReads, logLevel: 'error' });
  const docs = Array.isArray(parsed) ? parsed : [];
  const lineOf = (offset: number): number => lineCounter.linePos(offset).line;
  const out: ManifestDocument[] = [];
  docs.forEach((doc, n) => {
    const error = doc.errors[0];
    if (error) {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      throw new InputError(file, `line ${line}, column ${col}`, `invalid YAML: ${describe(error.message)}`);
    }
    // `---` with nothing but comments after it (helm prints one per empty template) holds no object.
    if (doc.contents === null) return;
    const line = lineOf(doc.contents.range[0]);
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (e) {
      throw new InputError(file, `line ${line}`, `invalid YAML: ${describe((e as Error).message)}`);
    }
    if (value === null || value === undefined) return;
    const items = isMap(doc.contents) ? doc.contents.get('items', true) : undefined;
    out.push({
      value,
      pointer: docs.length > 1 ? `/${n}` : '',
      line,
      itemLines: isSeq(items) ? items.items.map((node) => lineOf((node as { range?: [number] }).range?.[0] ?? doc.contents!.range[0])) : undefined,
    });
  });
  return out;
}

/** The parser's description of the problem, one short line (it names the grammar, not the content). */
function describe(message: string): string {
  const first = message.split('\n')[0] ?? 'syntax error';
  const text = first.length > 120 ? `${first.slice(0, 119)}…` : first;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * Offsets of the elements of the root object's `items` array, in JSON text already known to be
 * valid (it parsed), so the scan only has to tell strings from structure. The last `items` key
 * wins, as in `JSON.parse`.
 */
export function jsonItemOffsets(text: string, rootStart: number): number[] | undefined {
  let found: number[] | undefined;
  let i = rootStart + 1;
  for (;;) {
    i = skipSpace(text, i);
    if (text[i] !== '"') return found; // `}`: the root object ended
    const keyEnd = stringEnd(text, i);
    const key: unknown = JSON.parse(text.slice(i, keyEnd));
    i = skipSpace(text, skipSpace(text, keyEnd) + 1); // past the `:`
    if (key === 'items' && text[i] === '[') {
      found = [];
      i = skipSpace(text, i + 1);
      while (text[i] !== ']') {
        found.push(i);
        i = skipSpace(text, valueEnd(text, i));
        if (text[i] === ',') i = skipSpace(text, i + 1);
      }
      i++;
    } else i = valueEnd(text, i);
    i = skipSpace(text, i);
    if (text[i] === ',') i++;
  }
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  return i;
}

/** Just past the string starting at `i`. */
function stringEnd(text: string, i: number): number {
  for (i++; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return i;
}

/** Just past the value starting at `i`: a string, a container (nesting counted), or a scalar. */
function valueEnd(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return stringEnd(text, i);
  if (c === '{' || c === '[') {
    let depth = 0;
    while (i < text.length) {
      const d = text[i];
      if (d === '"') {
        i = stringEnd(text, i);
        continue;
      }
      if (d === '{' || d === '[') depth++;
      else if (d === '}' || d === ']') depth--;
      i++;
      if (depth === 0) return i;
    }
    return i;
  }
  while (i < text.length && !',}] \n\r\t'.includes(text[i]!)) i++;
  return i;
}

/** Line numbers of offsets, from one pass over the text. */
class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let j = text.indexOf('\n'); j !== -1; j = text.indexOf('\n', j + 1)) this.starts.push(j + 1);
  }

  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}
