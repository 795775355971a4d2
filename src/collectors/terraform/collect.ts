import { readdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from '../../engine/errors.ts';
import type { Source, UnrecognizedType } from '../../state/snapshot.ts';
import { displayPath } from '../files/expand-inputs.ts';
import { MAX_INPUT_BYTES } from '../files/read-json.ts';
import type { TfResource } from './model.ts';
import { locateInConfiguration } from './plan-locations.ts';
import { readPlanFile } from './read-plan.ts';

/**
 * `--terraform <path>`: a plan's JSON, or a configuration (a folder, a `.tf` or `.tf.json` file).
 * Each path is one source. Resource instances of types the adapter reads are handed over; managed
 * resources of other types are counted as unrecognized, as ARM types are. A plan that cannot be
 * read stops the scan (exit 2): it was named, so the user asked for it.
 */

export interface TerraformCollection {
  /** One per source read: its instances and the azurerm version it runs with. */
  reads: TerraformRead[];
  sources: Source[];
  unrecognized: UnrecognizedType[];
}

/** The azurerm version a configuration asks for (`required_providers`, `provider_config`) and the one its lock file holds. */
export interface AzurermVersion {
  constraint?: string;
  locked?: string;
}

/** What the configuration reader gives for a folder or `.tf` file, and the plan reader for a plan. */
export interface ConfigurationRead {
  resources: TfResource[];
  azurerm: AzurermVersion;
  /** Set when part of the configuration could not be read (a remote module), with why. */
  partial?: { code: string; message: string };
}

export type TerraformRead = Omit<ConfigurationRead, 'partial'>;

/** Reads a configuration (folder or `.tf` file) as source `source`: the `.tf` reader's `readTerraformConfiguration`, its `unevaluated` list making the source partial. */
export type ReadConfiguration = (path: string, source: string) => Promise<ConfigurationRead>;

export interface TerraformOptions {
  /** Which resource types the adapter reads (default: every `azurerm_` type). */
  recognizes?: (type: string) => boolean;
  readConfiguration?: ReadConfiguration;
  /** Largest plan file read, in bytes. */
  maxBytes?: number;
}

const AZURERM = (type: string): boolean => type.startsWith('azurerm_');

export async function collectTerraform(paths: readonly string[], options: TerraformOptions = {}): Promise<TerraformCollection> {
  const recognizes = options.recognizes ?? AZURERM;
  const out: TerraformCollection = { reads: [], sources: [], unrecognized: [] };
  const unrecognized = new Map<string, number>();
  for (const path of paths) {
    const target = displayPath(path);
    const id = `terraform:${target}`;
    const source: Source = { id, kind: 'terraform', target, status: 'ok', resources: 0 };
    const read = isConfiguration(path) ? await (options.readConfiguration ?? readConfiguration)(path, id) : await readPlanWithConfiguration(path, id, options.maxBytes ?? MAX_INPUT_BYTES);
    const recognized: TfResource[] = [];
    for (const r of read.resources) {
      if (recognizes(r.type)) recognized.push(r);
      else if (r.mode === 'managed') unrecognized.set(r.type, (unrecognized.get(r.type) ?? 0) + 1);
    }
    source.resources = recognized.length;
    out.reads.push({ resources: recognized, azurerm: read.azurerm });
    if (read.partial) Object.assign(source, { status: 'partial', ...read.partial });
    out.sources.push(source);
  }
  out.unrecognized = [...unrecognized].map(([type, count]) => ({ type, count }));
  return out;
}

/**
 * A plan, and when its folder holds the configuration it was made from, each instance placed at
 * its block in the `.tf` files (so findings annotate the lines a pull request changes) and the
 * azurerm version from the lock file there.
 */
async function readPlanWithConfiguration(path: string, source: string, maxBytes: number): Promise<ConfigurationRead> {
  const plan = readPlanFile(path, source, maxBytes);
  const folder = dirname(path);
  const azurerm: AzurermVersion = plan.azurermConstraint === undefined ? {} : { constraint: plan.azurermConstraint };
  if (readdirSync(folder).some((name) => name.endsWith('.tf'))) {
    const { locateTerraformBlocks, lockedVersion } = await import('./hcl/read-configuration.ts');
    locateInConfiguration(plan.resources, await locateTerraformBlocks(folder, { maxBytes }));
    const locked = await lockedVersion(folder, maxBytes);
    if (locked !== undefined) azurerm.locked = locked;
  }
  const read: ConfigurationRead = { resources: plan.resources, azurerm };
  if (plan.skipped.length) read.partial = { code: 'unknown-action', message: `changes with actions this version does not know were not read: ${plan.skipped.join(', ')}` };
  return read;
}

/** A folder or `.tf` file, through the configuration reader (loaded only when one is given: it brings a WASM parser). */
async function readConfiguration(path: string, source: string): Promise<ConfigurationRead> {
  const { readTerraformConfiguration } = await import('./hcl/read-configuration.ts');
  const configuration = await readTerraformConfiguration(path, source);
  const failed = configuration.files.flatMap((f) => (f.status === 'failed' ? [f.message] : []));
  const problems = [...failed, ...configuration.unevaluated.map((u) => `${u.what}: ${u.reason}`)];
  const read: ConfigurationRead = { resources: configuration.resources, azurerm: configuration.azurerm };
  if (problems.length) read.partial = { code: failed.length ? 'unreadable-files' : 'not-evaluated', message: problems.join('; ') };
  return read;
}

/** A folder, or a `.tf` / `.tf.json` file, is configuration; any other file is taken for a plan's JSON. */
function isConfiguration(path: string): boolean {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new InputError(path, undefined, 'no such file or folder');
  }
  return stats.isDirectory() || /\.tf(\.json)?$/i.test(path);
}
