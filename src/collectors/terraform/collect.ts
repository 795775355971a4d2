import { statSync } from 'node:fs';
import { InputError } from '../../engine/errors.ts';
import type { Source, UnrecognizedType } from '../../state/snapshot.ts';
import { displayPath } from '../files/expand-inputs.ts';
import { MAX_INPUT_BYTES } from '../files/read-json.ts';
import type { TfResource } from './model.ts';
import { readPlanFile } from './read-plan.ts';

/**
 * `--terraform <path>`: a plan's JSON, or a configuration (a folder, a `.tf` or `.tf.json` file).
 * Each path is one source. Resource instances of types the adapter reads are handed over; managed
 * resources of other types are counted as unrecognized, as ARM types are. A plan that cannot be
 * read stops the scan (exit 2): it was named, so the user asked for it.
 */

export interface TerraformCollection {
  resources: TfResource[];
  sources: Source[];
  unrecognized: UnrecognizedType[];
}

/** What the configuration reader gives for a folder or `.tf` file. */
export interface ConfigurationRead {
  resources: TfResource[];
  /** Set when part of the configuration could not be read (a remote module), with why. */
  partial?: { code: string; message: string };
}

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
  const out: TerraformCollection = { resources: [], sources: [], unrecognized: [] };
  const unrecognized = new Map<string, number>();
  for (const path of paths) {
    const target = displayPath(path);
    const id = `terraform:${target}`;
    const source: Source = { id, kind: 'terraform', target, status: 'ok', resources: 0 };
    let read: ConfigurationRead;
    if (isConfiguration(path)) {
      if (!options.readConfiguration) {
        out.sources.push({ ...source, status: 'failed', code: 'not-supported', message: 'reading .tf configurations is not available yet: give a plan, `terraform show -json plan.out > plan.json`' });
        continue;
      }
      read = await options.readConfiguration(path, id);
    } else {
      const plan = readPlanFile(path, id, options.maxBytes ?? MAX_INPUT_BYTES);
      read = plan.skipped.length ? { resources: plan.resources, partial: { code: 'unknown-action', message: `changes with actions this version does not know were not read: ${plan.skipped.join(', ')}` } } : { resources: plan.resources };
    }
    for (const r of read.resources) {
      if (recognizes(r.type)) {
        out.resources.push(r);
        source.resources++;
      } else if (r.mode === 'managed') unrecognized.set(r.type, (unrecognized.get(r.type) ?? 0) + 1);
    }
    if (read.partial) Object.assign(source, { status: 'partial', ...read.partial });
    out.sources.push(source);
  }
  out.unrecognized = [...unrecognized].map(([type, count]) => ({ type, count }));
  return out;
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
