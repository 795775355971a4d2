import type { Node } from 'web-tree-sitter';

/**
 * HCL as the evaluator reads it: the tree-sitter tree turned once into plain objects, so a
 * block evaluated for every `count`/`for_each` instance walks JavaScript, not the WASM tree,
 * and the tree can be freed as soon as a file is read.
 */

export type Expr =
  | { kind: 'literal'; value: string | number | boolean | null }
  /** A quoted string or heredoc: literal text and interpolated expressions, in order. */
  | { kind: 'template'; parts: Array<string | Expr> }
  | { kind: 'tuple'; items: Expr[] }
  | { kind: 'object'; items: Array<{ key: Expr; value: Expr }> }
  /** A bare name: `var`, `local`, `each`, a resource type, a `for` variable. */
  | { kind: 'name'; name: string }
  | { kind: 'traversal'; target: Expr; steps: Step[] }
  | { kind: 'call'; name: string; args: Expr[]; expandLast: boolean }
  | { kind: 'for'; keyVar: string | undefined; valueVar: string; collection: Expr; key: Expr | undefined; value: Expr; group: boolean; cond: Expr | undefined }
  | { kind: 'unary'; op: string; operand: Expr }
  | { kind: 'binary'; op: string; left: Expr; right: Expr }
  | { kind: 'conditional'; test: Expr; then: Expr; else: Expr }
  /** Syntax the evaluator does not implement (template directives): always unknown. */
  | { kind: 'unsupported'; what: string };

export type Step = { attr: string } | { index: Expr } | { splat: Step[] };

export interface Attribute {
  name: string;
  expr: Expr;
  /** 1-based. */
  line: number;
}

export interface Block {
  type: string;
  labels: string[];
  body: Body;
  /** 1-based line of the block's first line, and of its closing brace. */
  line: number;
  endLine: number;
  /** A top-level block's waiver comments (`# aks-audit:waive …`): inside it, or in the comment lines directly above it. */
  waiverComments?: Comment[];
}

export interface Comment {
  text: string;
  /** 1-based. */
  line: number;
}

export interface Body {
  attributes: Attribute[];
  blocks: Block[];
}

/** A `config_file` node's body; a `.tfvars` file is the same shape with attributes only. */
export function bodyOf(root: Node, text: string): Body {
  const body = root.namedChildren.find((n) => n?.type === 'body');
  if (!body) return { attributes: [], blocks: [] };
  const read = readBody(body, text);
  attachWaiverComments(root, body, read.blocks);
  return read;
}

/** Only comments naming us are kept: a configuration has many comments and no other is read. */
const WAIVER_COMMENT = /^\s*(?:#|\/\/|\/\*)\s*aks-audit:waive\b/;

/**
 * Gives each top-level block the waiver comments inside it and those in the run of comment
 * lines right above it (no blank line, no code between). Comments before the first block sit
 * on the file node, the others in the body.
 */
function attachWaiverComments(root: Node, body: Node, blocks: Block[]): void {
  const top = [...root.namedChildren, ...body.namedChildren].filter((n): n is Node => n !== null && n.type !== 'body').sort((a, b) => a.startIndex - b.startIndex);
  let above: Node[] = [];
  let lastEnd = -1;
  let b = 0;
  for (const node of top) {
    if (node.type === 'comment') {
      // A comment after code on the same line belongs to that code, not to the next block.
      if (node.startPosition.row === lastEnd) continue;
      const previous = above[above.length - 1];
      if (previous && node.startPosition.row !== previous.endPosition.row + 1) above = [];
      above.push(node);
      continue;
    }
    if (node.type === 'block') {
      const block = blocks[b++]!;
      const adjacent = above.length && above[above.length - 1]!.endPosition.row + 1 === node.startPosition.row ? above : [];
      const comments = [...adjacent, ...node.descendantsOfType('comment').filter((n): n is Node => n !== null)]
        .filter((n) => WAIVER_COMMENT.test(n.text))
        .map((n) => ({ text: n.text, line: n.startPosition.row + 1 }));
      if (comments.length) block.waiverComments = comments;
    }
    above = [];
    lastEnd = node.endPosition.row;
  }
}

function readBody(node: Node, text: string): Body {
  const body: Body = { attributes: [], blocks: [] };
  for (const child of named(node)) {
    if (child.type === 'attribute') {
      const [name, expr] = named(child);
      body.attributes.push({ name: name!.text, expr: expression(expr!, text), line: child.startPosition.row + 1 });
    } else if (child.type === 'block') {
      const parts = named(child);
      const inner = parts.find((n) => n.type === 'body');
      body.blocks.push({
        type: parts[0]!.text,
        labels: parts.slice(1).filter((n) => n.type === 'string_lit' || n.type === 'identifier').map((n) => (n.type === 'identifier' ? n.text : unquote(n, text))),
        body: inner ? readBody(inner, text) : { attributes: [], blocks: [] },
        line: child.startPosition.row + 1,
        endLine: child.endPosition.row + 1,
      });
    }
  }
  return body;
}

/** Named children without comments (an extra that can sit anywhere). */
function named(node: Node): Node[] {
  return node.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
}

/** Children without comments, anonymous tokens (operators, parentheses) included. */
function children(node: Node): Node[] {
  return node.children.filter((n): n is Node => n !== null && n.type !== 'comment');
}

function expression(node: Node, text: string): Expr {
  if (node.type === 'expression') {
    const [first] = named(node);
    if (first?.type === 'conditional') {
      const [test, then, otherwise] = named(first);
      return { kind: 'conditional', test: expression(test!, text), then: expression(then!, text), else: expression(otherwise!, text) };
    }
    return term(children(node), text);
  }
  return term([node], text);
}

/**
 * A term, which the grammar flattens into its parent: a primary (or `( expression )`)
 * followed by attribute, index and splat steps.
 */
function term(nodes: Node[], text: string): Expr {
  let rest = nodes;
  let target: Expr;
  if (rest[0]?.type === '(') {
    target = expression(rest[1]!, text);
    rest = rest.slice(3);
  } else {
    target = primary(rest[0]!, text);
    rest = rest.slice(1);
  }
  const steps = rest.map((n) => step(n, text));
  return steps.length === 0 ? target : { kind: 'traversal', target, steps };
}

function step(node: Node, text: string): Step {
  switch (node.type) {
    case 'get_attr':
      return { attr: named(node)[0]!.text };
    case 'index': {
      const index = named(node)[0]!;
      if (index.type === 'legacy_index') return { index: { kind: 'literal', value: Number(index.text.slice(1)) } };
      return { index: expression(named(index)[0]!, text) };
    }
    case 'splat':
      return { splat: named(named(node)[0]!).map((n) => step(n, text)) };
    default:
      return { index: { kind: 'unsupported', what: node.type } };
  }
}

function primary(node: Node, text: string): Expr {
  switch (node.type) {
    case 'literal_value':
      return literal(named(node)[0]!, text);
    case 'template_expr': {
      const template = named(node)[0]!;
      return template.type === 'heredoc_template' ? heredoc(template, text) : quoted(template, text);
    }
    case 'collection_value':
      return collection(named(node)[0]!, text);
    case 'variable_expr':
      return { kind: 'name', name: node.text };
    case 'function_call': {
      const [name, args] = named(node);
      const list = args ? named(args) : [];
      return { kind: 'call', name: name!.text, args: list.filter((n) => n.type === 'expression').map((n) => expression(n, text)), expandLast: list.some((n) => n.type === 'ellipsis') };
    }
    case 'for_expr':
      return forExpr(named(node)[0]!, text);
    case 'operation':
      return operation(named(node)[0]!, text);
    case 'expression':
      return expression(node, text);
    default:
      return { kind: 'unsupported', what: node.type };
  }
}

function literal(node: Node, text: string): Expr {
  switch (node.type) {
    case 'numeric_lit':
      return { kind: 'literal', value: Number(node.text) };
    case 'bool_lit':
      return { kind: 'literal', value: node.text === 'true' };
    case 'null_lit':
      return { kind: 'literal', value: null };
    default:
      return quoted(node, text);
  }
}

function collection(node: Node, text: string): Expr {
  if (node.type === 'tuple') return { kind: 'tuple', items: named(node).filter((n) => n.type === 'expression').map((n) => expression(n, text)) };
  return {
    kind: 'object',
    items: named(node)
      .filter((n) => n.type === 'object_elem')
      .map((elem) => {
        const key = elem.childForFieldName('key')!;
        const value = elem.childForFieldName('val')!;
        // A bare name as a key is the key itself (`{ name = 1 }`); `(name)` evaluates it.
        const parts = children(key);
        const bare = parts.length === 1 && parts[0]!.type === 'variable_expr';
        return { key: bare ? { kind: 'literal', value: parts[0]!.text } : expression(key, text), value: expression(value, text) };
      }),
  };
}

function forExpr(node: Node, text: string): Expr {
  const parts = named(node);
  const intro = named(parts[1]!);
  const vars = intro.filter((n) => n.type === 'identifier').map((n) => n.text);
  const collectionExpr = expression(intro.find((n) => n.type === 'expression')!, text);
  const exprs = parts.filter((n) => n.type === 'expression').map((n) => expression(n, text));
  const cond = parts.find((n) => n.type === 'for_cond');
  return {
    kind: 'for',
    keyVar: vars.length === 2 ? vars[0] : undefined,
    valueVar: vars[vars.length - 1]!,
    collection: collectionExpr,
    key: node.type === 'for_object_expr' ? exprs[0] : undefined,
    value: node.type === 'for_object_expr' ? exprs[1]! : exprs[0]!,
    group: parts.some((n) => n.type === 'ellipsis'),
    cond: cond ? expression(named(cond)[0]!, text) : undefined,
  };
}

const BINARY = new Set(['*', '/', '%', '+', '-', '>', '>=', '<', '<=', '==', '!=', '&&', '||']);

function operation(node: Node, text: string): Expr {
  const parts = children(node);
  if (node.type === 'unary_operation') return { kind: 'unary', op: parts[0]!.type, operand: term(parts.slice(1), text) };
  // The operator is the one operator token outside parentheses: a parenthesised operand is `( expression )`, its operators inside `expression`.
  const at = parts.findIndex((n, i) => i > 0 && !n.isNamed && BINARY.has(n.type));
  return { kind: 'binary', op: parts[at]!.type, left: term(parts.slice(0, at), text), right: term(parts.slice(at + 1), text) };
}

/** A quoted string (`string_lit` or `quoted_template`): its literal text is read from the source between the parts, so whitespace the grammar skips is kept. */
function quoted(node: Node, text: string): Expr {
  const parts = children(node);
  const start = parts[0]!.endIndex;
  const end = parts[parts.length - 1]!.type === 'quoted_template_end' ? parts[parts.length - 1]!.startIndex : node.endIndex;
  return template(parts.slice(1), start, end, text, unescapeQuoted);
}

function unquote(node: Node, text: string): string {
  const expr = quoted(node, text);
  return expr.kind === 'literal' ? String(expr.value) : node.text;
}

/** `<<EOT` keeps its lines as written; `<<-EOT` removes the indentation its lines share. */
function heredoc(node: Node, text: string): Expr {
  const parts = children(node);
  const [open, closing] = parts.filter((n) => n.type === 'heredoc_identifier');
  const start = text.indexOf('\n', open!.endIndex) + 1;
  const end = text.lastIndexOf('\n', closing!.startIndex) + 1;
  const body = parts.filter((n) => n.startIndex >= open!.endIndex && n.endIndex <= closing!.startIndex);
  const expr = template(body, start, Math.max(start, end), text, unescapeHeredoc);
  return parts[0]!.text === '<<-' ? dedent(expr) : expr;
}

function template(parts: Node[], start: number, end: number, text: string, unescape: (s: string) => string): Expr {
  const out: Array<string | Expr> = [];
  let cursor = start;
  let trimNext = false;
  for (const part of parts) {
    if (part.type !== 'template_interpolation' && part.type !== 'template_directive') continue;
    const inner = children(part);
    let literalText = unescape(text.slice(cursor, part.startIndex));
    if (trimNext) literalText = literalText.trimStart();
    if (inner[1]?.type === 'strip_marker') literalText = literalText.trimEnd();
    out.push(literalText);
    trimNext = inner[inner.length - 2]?.type === 'strip_marker';
    if (part.type === 'template_directive') out.push({ kind: 'unsupported', what: `template directive %{${named(part)[0]!.type === 'template_for' ? 'for' : 'if'}}` });
    else {
      const expr = inner.find((n) => n.type === 'expression');
      out.push(expr ? expression(expr, text) : { kind: 'literal', value: '' });
    }
    cursor = part.endIndex;
  }
  let tail = unescape(text.slice(cursor, end));
  if (trimNext) tail = tail.trimStart();
  out.push(tail);
  const pieces = out.filter((p) => p !== '');
  if (pieces.length === 0) return { kind: 'literal', value: '' };
  if (pieces.length === 1 && typeof pieces[0] === 'string') return { kind: 'literal', value: pieces[0] };
  return { kind: 'template', parts: pieces };
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

function unescapeQuoted(s: string): string {
  return unescapeHeredoc(
    s.replace(/\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))/g, (all, u4: string | undefined, u8: string | undefined, c: string | undefined) =>
      u4 || u8 ? String.fromCodePoint(parseInt((u4 ?? u8)!, 16)) : (ESCAPES[c!] ?? all),
    ),
  );
}

function unescapeHeredoc(s: string): string {
  return s.replaceAll('$${', '${').replaceAll('%%{', '%{');
}

/** Removes the smallest indentation of the non-blank lines; an interpolation counts as text. */
function dedent(expr: Expr): Expr {
  if (expr.kind !== 'literal' && expr.kind !== 'template') return expr;
  const parts = expr.kind === 'literal' ? [String(expr.value)] : expr.parts;
  const PLACEHOLDER = '\u0000';
  const flat = parts.map((p) => (typeof p === 'string' ? p : PLACEHOLDER)).join('');
  const lines = flat.split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
  const strip = indents.length ? Math.min(...indents) : 0;
  const dedented = lines.map((l) => l.slice(Math.min(strip, /^[ \t]*/.exec(l)![0].length))).join('\n');
  const exprs = parts.filter((p): p is Expr => typeof p !== 'string');
  const out: Array<string | Expr> = [];
  dedented.split(PLACEHOLDER).forEach((s, i) => {
    if (s) out.push(s);
    if (i < exprs.length) out.push(exprs[i]!);
  });
  if (out.length === 0) return { kind: 'literal', value: '' };
  return out.length === 1 && typeof out[0] === 'string' ? { kind: 'literal', value: out[0] } : { kind: 'template', parts: out };
}
