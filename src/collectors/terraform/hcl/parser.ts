import { fileURLToPath } from 'node:url';
import type { Node, Parser } from 'web-tree-sitter';
import { InputError } from '../../../engine/errors.ts';
import { bodyOf, type Body } from './syntax.ts';

/**
 * HCL parsing with tree-sitter's Terraform grammar, compiled to WASM (no native build, the
 * same on every platform). Loaded on the first `.tf` file only: scans without Terraform do
 * not pay for it. The grammar's `.wasm` is named by a URL relative to this file (a direct
 * dependency sits at the top of node_modules in development), which is the form the build
 * (scripts/build.ts) recognizes: it copies the file beside the bundle and rewrites the URL.
 */
const GRAMMAR = new URL('../../../../node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm', import.meta.url);

let parser: Promise<Parser> | undefined;

function loadParser(): Promise<Parser> {
  parser ??= (async () => {
    const { Parser, Language } = await import('web-tree-sitter');
    await Parser.init();
    const instance = new Parser();
    instance.setLanguage(await Language.load(fileURLToPath(GRAMMAR)));
    return instance;
  })();
  return parser;
}

/** The file's body; a syntax error is an `InputError` naming the line and column of the first one. */
export async function parseHcl(file: string, text: string): Promise<Body> {
  const tree = (await loadParser()).parse(text);
  if (!tree) throw new InputError(file, undefined, 'could not be parsed as HCL');
  try {
    if (tree.rootNode.hasError) {
      const error = firstError(tree.rootNode)!;
      const { row, column } = error.startPosition;
      throw new InputError(file, `line ${row + 1}, column ${column + 1}`, `invalid HCL: ${describe(error)}`);
    }
    return bodyOf(tree.rootNode, text);
  } finally {
    tree.delete();
  }
}

function firstError(node: Node): Node | undefined {
  if (node.isError || node.isMissing) return node;
  for (const child of node.children) if (child?.hasError || child?.isMissing) return firstError(child);
  return node;
}

/** Names grammar tokens only, never input text: a `.tf` file can hold secrets. */
function describe(node: Node): string {
  if (node.isMissing) return `missing ${tokenName(node.type)}`;
  const first = node.children.find((c) => c !== null);
  if (first && !first.isNamed) return `unexpected ${tokenName(first.type)}`;
  return first ? `unexpected ${first.type.replaceAll('_', ' ')}` : 'syntax error';
}

function tokenName(type: string): string {
  return /^[a-z_]+$/.test(type) ? type.replaceAll('_', ' ') : `'${type}'`;
}
