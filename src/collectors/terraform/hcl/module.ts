import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../../../engine/errors.ts';
import { displayPath } from '../../files/expand-inputs.ts';
import { MAX_INPUT_BYTES, readInputText } from '../../files/read-json.ts';
import { parseHcl } from './parser.ts';
import { waiverOfComment, type InlineWaiver } from '../../../state/inline-waiver.ts';
import type { Attribute, Block, Body } from './syntax.ts';

/**
 * A module's declarations, read from its folder: what Terraform merges from every `.tf` file
 * of one directory, before anything is evaluated.
 */

export interface Declared<T = Block> {
  decl: T;
  /** As reports show it (relative to the working directory). */
  file: string;
  /** A resource block's inline waivers, read once for all its instances. */
  waivers?: InlineWaiver[];
}

export interface ModuleConfig {
  /** Absolute; local module sources resolve from it. */
  dir: string;
  variables: Map<string, Declared>;
  locals: Map<string, Declared<Attribute>>;
  outputs: Map<string, Declared>;
  /** By `type.name`, data sources by `data.type.name`. */
  resources: Map<string, Declared>;
  calls: Map<string, Declared>;
  /** Provider configuration blocks by local name, with the alias when there is one: `azurerm`, `azurerm.west`. */
  providers: Map<string, Declared>;
  /** `terraform { required_providers { azurerm = { version = "…" } } }`, when written as a literal. */
  azurermConstraint?: string;
}

export type FileStatus = { file: string; status: 'ok' } | { file: string; status: 'failed'; message: string };

/** Something the reader left out, so whoever reads the result knows it is incomplete: a remote module, an override file. */
export interface Unevaluated {
  /** An address (`module.aks`, `azurerm_kubernetes_cluster.main`) or a file. */
  what: string;
  file: string;
  line?: number;
  reason: string;
}

export interface ReadLog {
  files: FileStatus[];
  unevaluated: Unevaluated[];
  maxBytes: number;
}

export function newLog(maxBytes = MAX_INPUT_BYTES): ReadLog {
  return { files: [], unevaluated: [], maxBytes };
}

/** The `.tf` files Terraform reads from a folder (not below it); what it would read that this reader does not is logged. */
export function configurationFiles(dir: string, log: ReadLog): string[] {
  const names = readdirSync(dir).filter((name) => statSync(join(dir, name)).isFile()).sort();
  for (const name of names) {
    const file = displayPath(join(dir, name));
    if (name.endsWith('.tf.json')) log.unevaluated.push({ what: file, file, reason: 'JSON configuration syntax (.tf.json) is not read' });
    else if (/(^|_)override\.tf$/.test(name)) log.unevaluated.push({ what: file, file, reason: 'override files are not merged: the blocks they change may differ' });
  }
  return names.filter((name) => name.endsWith('.tf') && !/(^|_)override\.tf$/.test(name)).map((name) => join(dir, name));
}

/** A module from its files: a file that cannot be read or parsed is logged as failed and the others are read. */
export async function readModule(dir: string, files: string[], log: ReadLog): Promise<ModuleConfig> {
  const config: ModuleConfig = { dir, variables: new Map(), locals: new Map(), outputs: new Map(), resources: new Map(), calls: new Map(), providers: new Map() };
  for (const path of files) {
    const file = displayPath(path);
    const body = await readHclFile(path, log);
    if (body) declare(config, body, file);
  }
  return config;
}

/** Parsed, or `undefined` with the failure logged. */
export async function readHclFile(path: string, log: ReadLog): Promise<Body | undefined> {
  const file = displayPath(path);
  try {
    const body = await parseHcl(file, readInputText(path, log.maxBytes));
    log.files.push({ file, status: 'ok' });
    return body;
  } catch (error) {
    if (!(error instanceof InputError) && !(error instanceof RangeError)) throw error;
    const message = error instanceof InputError ? error.message : `${file}: expressions are nested too deeply to read`;
    log.files.push({ file, status: 'failed', message });
    return undefined;
  }
}

function declare(config: ModuleConfig, body: Body, file: string): void {
  for (const block of body.blocks) {
    const [first, second] = block.labels;
    switch (block.type) {
      case 'variable':
        if (first) config.variables.set(first, { decl: block, file });
        break;
      case 'output':
        if (first) config.outputs.set(first, { decl: block, file });
        break;
      case 'locals':
        for (const attr of block.body.attributes) config.locals.set(attr.name, { decl: attr, file });
        break;
      case 'resource':
        if (first && second) config.resources.set(`${first}.${second}`, withWaivers(block, file));
        break;
      case 'data':
        if (first && second) config.resources.set(`data.${first}.${second}`, withWaivers(block, file));
        break;
      case 'module':
        if (first) config.calls.set(first, { decl: block, file });
        break;
      case 'provider':
        if (first) config.providers.set(providerKey(first, block.body), { decl: block, file });
        break;
      case 'terraform':
        config.azurermConstraint ??= azurermConstraintOf(block.body);
        break;
    }
  }
}

/** `azurerm`, or `azurerm.west` for a block with `alias = "west"` (Terraform requires the alias to be a literal). */
function providerKey(name: string, body: Body): string {
  const alias = body.attributes.find((a) => a.name === 'alias')?.expr;
  if (alias?.kind === 'literal' && typeof alias.value === 'string') return `${name}.${alias.value}`;
  if (alias?.kind === 'template' && alias.parts.length === 1 && typeof alias.parts[0] === 'string') return `${name}.${alias.parts[0]}`;
  return name;
}

function withWaivers(block: Block, file: string): Declared {
  const waivers = (block.waiverComments ?? []).flatMap((c) => waiverOfComment(c.text, file, c.line) ?? []);
  return waivers.length ? { decl: block, file, waivers } : { decl: block, file };
}

/** The azurerm version constraint of a `terraform` block (`azurerm = { source, version }`, or the pre-0.13 `azurerm = "~> 2.0"`). */
function azurermConstraintOf(body: Body): string | undefined {
  for (const block of body.blocks.filter((b) => b.type === 'required_providers')) {
    const expr = block.body.attributes.find((a) => a.name === 'azurerm')?.expr;
    if (expr?.kind === 'literal' && typeof expr.value === 'string') return expr.value;
    if (expr?.kind !== 'object') continue;
    const version = expr.items.find((i) => i.key.kind === 'name' ? i.key.name === 'version' : i.key.kind === 'literal' && i.key.value === 'version')?.value;
    if (version?.kind === 'literal' && typeof version.value === 'string') return version.value;
    if (version?.kind === 'template' && version.parts.every((p) => typeof p === 'string')) return version.parts.join('');
  }
  return undefined;
}

/** A module call's folder when its source is local (`./`, `../`), else undefined: registry and git modules are not fetched. */
export function localSource(parent: ModuleConfig, source: string): string | undefined {
  return source.startsWith('./') || source.startsWith('../') ? resolve(parent.dir, source) : undefined;
}

/** Variable definition files in the order Terraform loads them, later ones winning: `terraform.tfvars`, then `*.auto.tfvars` by name. */
export function variableFiles(dir: string): string[] {
  const names = readdirSync(dir).sort();
  const auto = names.filter((n) => n.endsWith('.auto.tfvars') || n.endsWith('.auto.tfvars.json'));
  return [...['terraform.tfvars', 'terraform.tfvars.json'].filter((n) => names.includes(n)), ...auto].map((n) => join(dir, n));
}

/** The folder a path names, and the `.tf` files of the root module: all of a folder's, or the one file given. */
export function rootOf(path: string, log: ReadLog): { dir: string; files: string[]; folder: boolean } {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new InputError(path, undefined, 'no such file or folder');
  }
  if (stats.isDirectory()) {
    const files = configurationFiles(path, log);
    if (files.length === 0 && !log.unevaluated.length) throw new InputError(path, undefined, 'holds no .tf file (Terraform reads a module from one folder, not the folders below it)');
    return { dir: resolve(path), files, folder: true };
  }
  if (!basename(path).endsWith('.tf')) throw new InputError(path, undefined, 'is not a .tf file or a folder of them');
  return { dir: resolve(dirname(path)), files: [path], folder: false };
}
