import { existsSync, statSync } from 'node:fs';
import { displayPath } from '../../files/expand-inputs.ts';
import { readJsonFile } from '../../files/read-json.ts';
import { InputError } from '../../../engine/errors.ts';
import type { TfValue } from '../model.ts';
import { evaluate, type Resolver } from './evaluate.ts';
import { localSource, readHclFile, readModule, rootOf, variableFiles, type ModuleConfig, type ReadLog } from './module.ts';
import { EvalError } from './values.ts';

/**
 * Everything read from disk before evaluation starts: the root module, the local modules it
 * calls (followed to a bounded depth: a module calling itself stops there), and the values
 * the variable files give. Evaluation is then synchronous and touches no file.
 */

export interface ModuleTree {
  config: ModuleConfig;
  /** By call name: the called module's tree, or why it was not read. */
  children: Map<string, { tree: ModuleTree } | { reason: string }>;
}

export interface LoadedConfiguration {
  root: ModuleTree;
  /** Root variable values from `terraform.tfvars` and `*.auto.tfvars`, later files winning. */
  variables: Map<string, TfValue>;
}

export async function loadConfiguration(path: string, log: ReadLog, maxDepth: number): Promise<LoadedConfiguration> {
  const root = rootOf(path, log);
  const configs = new Map<string, ModuleConfig>();
  const tree = await loadTree(await readModule(root.dir, root.files, log), 0, maxDepth, configs, log);
  return { root: tree, variables: root.folder ? await readVariables(root.dir, log) : new Map() };
}

async function loadTree(config: ModuleConfig, depth: number, maxDepth: number, configs: Map<string, ModuleConfig>, log: ReadLog): Promise<ModuleTree> {
  const children: ModuleTree['children'] = new Map();
  for (const [name, { decl, file }] of config.calls) {
    const sourceAttr = decl.body.attributes.find((a) => a.name === 'source');
    const source = sourceAttr?.expr.kind === 'literal' && typeof sourceAttr.expr.value === 'string' ? sourceAttr.expr.value : undefined;
    const dir = source === undefined ? undefined : localSource(config, source);
    const reason =
      source === undefined
        ? 'its source is not a literal string'
        : dir === undefined
          ? `its source "${source}" is not a local folder: registry and git modules are not fetched, so their resources are absent`
          : !existsSync(dir) || !statSync(dir).isDirectory()
            ? `its source folder ${displayPath(dir)} does not exist`
            : depth + 1 > maxDepth
              ? `modules are followed ${maxDepth} deep at most`
              : undefined;
    if (reason) {
      children.set(name, { reason });
      log.unevaluated.push({ what: `module.${name}`, file, line: decl.line, reason });
      continue;
    }
    let child = configs.get(dir!);
    if (!child) {
      const { files } = rootOf(dir!, log);
      child = await readModule(dir!, files, log);
      configs.set(dir!, child);
    }
    children.set(name, { tree: await loadTree(child, depth + 1, maxDepth, configs, log) });
  }
  return { config, children };
}

/** A variable file's values; an expression in one (Terraform allows only constants there) is unknown. */
async function readVariables(dir: string, log: ReadLog): Promise<Map<string, TfValue>> {
  const values = new Map<string, TfValue>();
  for (const path of variableFiles(dir)) {
    if (path.endsWith('.json')) {
      const json = readVariableJson(path, log);
      for (const [name, value] of Object.entries(json)) values.set(name, value as TfValue);
      continue;
    }
    const body = await readHclFile(path, log);
    for (const attr of body?.attributes ?? []) values.set(attr.name, evaluate(attr.expr, { names: new Map(), resolver: constantsOnly, budget: { steps: 0, maxSteps: 100_000, depth: 0 }, refs: new Set() }));
  }
  return values;
}

const constantsOnly: Resolver = {
  resolve: (name) => ({ value: new EvalError(`a variable file cannot refer to ${name}`), used: 0 }),
};

function readVariableJson(path: string, log: ReadLog): Record<string, unknown> {
  const file = displayPath(path);
  try {
    const json = readJsonFile(path, log.maxBytes);
    log.files.push({ file, status: 'ok' });
    if (typeof json === 'object' && json !== null && !Array.isArray(json)) return json as Record<string, unknown>;
    log.files[log.files.length - 1] = { file, status: 'failed', message: `${file}: expected an object of variable values` };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    log.files.push({ file, status: 'failed', message: error.message });
  }
  return {};
}
