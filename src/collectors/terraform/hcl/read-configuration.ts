import { statSync } from 'node:fs';
import { InputError } from '../../../engine/errors.ts';
import { displayPath } from '../../files/expand-inputs.ts';
import type { BlockLocation, TfResource } from '../model.ts';
import { ModuleInstance } from './instances.ts';
import { loadConfiguration, type ModuleTree } from './load.ts';
import { lockedAzurerm } from './provider-lock.ts';
import { newLog, type FileStatus, type Unevaluated } from './module.ts';
import type { Body } from './syntax.ts';

/**
 * Terraform configuration (`.tf` files, no plan) → the readers' contract: what a pull request
 * pipeline without cloud credentials can know before `terraform plan`.
 */

export interface ConfigurationLimits {
  /** Largest file read, in bytes (the JSON readers' limit by default). */
  maxBytes?: number;
  /** How deep local module calls are followed. */
  maxModuleDepth?: number;
  /** Expression evaluations for the whole configuration; beyond, what is left is unknown or absent and says so. */
  maxSteps?: number;
}

export interface TerraformConfiguration {
  resources: TfResource[];
  /** Every file read, root module, local modules and variable files: read, or failed with a one-line message naming the file, line and column. */
  files: FileStatus[];
  /** What was not evaluated and why: remote modules, unknown `count`/`for_each`, files this reader does not read. */
  unevaluated: Unevaluated[];
  /** The azurerm version the root module asks for, and the one its lock file holds. */
  azurerm: { constraint?: string; locked?: string };
}

export type { FileStatus, Unevaluated };

const DEFAULTS = { maxModuleDepth: 10, maxSteps: 5_000_000 };

/** Reads a folder (its `.tf` files, `terraform.tfvars`, `*.auto.tfvars`) or one `.tf` file, following local modules. */
export async function readTerraformConfiguration(path: string, source: string, limits: ConfigurationLimits = {}): Promise<TerraformConfiguration> {
  const log = newLog(limits.maxBytes);
  const loaded = await loadConfiguration(path, log, limits.maxModuleDepth ?? DEFAULTS.maxModuleDepth);
  // A folder reads on past a broken file (it is reported failed); a file named on its own is the input, and a broken input stops the scan.
  const file = displayPath(path);
  const named = statSync(path).isFile() ? log.files.find((f) => f.file === file && f.status === 'failed') : undefined;
  if (named?.status === 'failed') throw new InputError(file, undefined, named.message.startsWith(`${file}: `) ? named.message.slice(file.length + 2) : named.message);
  const resources = ModuleInstance.root(loaded, limits.maxSteps ?? DEFAULTS.maxSteps).resources(source, log);
  const { config } = loaded.root;
  const locked = await lockedAzurerm(config.dir, log);
  const azurerm = { ...(config.azurermConstraint === undefined ? {} : { constraint: config.azurermConstraint }), ...(locked === undefined ? {} : { locked }) };
  return { resources, files: log.files, unevaluated: log.unevaluated, azurerm };
}

/** The azurerm version locked in a folder's `.terraform.lock.hcl`, for a plan made in that folder. */
export async function lockedVersion(folder: string, maxBytes?: number): Promise<string | undefined> {
  return lockedAzurerm(folder, newLog(maxBytes));
}

/**
 * Resource blocks by address without instance keys (`module.aks.azurerm_kubernetes_cluster.main`),
 * for pointing a plan's findings at `.tf` lines. Nothing is evaluated: `dynamic` blocks
 * and instances are not told apart.
 */
export async function locateTerraformBlocks(path: string, limits: ConfigurationLimits = {}): Promise<Map<string, BlockLocation>> {
  const log = newLog(limits.maxBytes);
  const { root } = await loadConfiguration(path, log, limits.maxModuleDepth ?? DEFAULTS.maxModuleDepth);
  const out = new Map<string, BlockLocation>();
  const visit = (tree: ModuleTree, prefix: string) => {
    for (const [key, { decl, file, waivers }] of tree.config.resources) out.set(prefix + key, { file, line: decl.line, lines: lineMap(decl.body, ''), ...(waivers ? { inlineWaivers: waivers } : {}) });
    for (const [name, child] of tree.children) if ('tree' in child) visit(child.tree, `${prefix}module.${name}.`);
  };
  visit(root, '');
  return out;
}

function lineMap(body: Body, prefix: string, into: Record<string, number> = {}): Record<string, number> {
  for (const attribute of body.attributes) into[prefix + attribute.name] = attribute.line;
  const seen = new Map<string, number>();
  for (const block of body.blocks) {
    if (block.type === 'dynamic') continue;
    const i = seen.get(block.type) ?? 0;
    seen.set(block.type, i + 1);
    into[`${prefix}${block.type}[${i}]`] = block.line;
    lineMap(block.body, `${prefix}${block.type}[${i}].`, into);
  }
  return into;
}
