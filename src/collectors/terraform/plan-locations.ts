import { dirname, resolve } from 'node:path';
import { isObject, type JsonObject } from '../../lib/json.ts';
import { configurationAddress } from './address.ts';
import type { BlockLocation, TfResource } from './model.ts';

/**
 * Where each instance is, when only the plan is at hand: the line and column of its object in the
 * plan's text. One pass over the text finds every `"address": "…"` pair, one more counts lines up to
 * the offsets wanted; the plan is not parsed a second time (plans run to hundreds of MiB).
 */

/** Finds an address's object after a section's key (`resource_changes`, `planned_values`); first occurrence wins, as the sections are written in order. */
export class PlanText {
  private readonly text: string;
  /** Offsets of each address's `"address"` keys, in text order. */
  private readonly offsets = new Map<string, number[]>();

  constructor(text: string) {
    this.text = text;
    const pair = /"address"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
    for (let m = pair.exec(text); m; m = pair.exec(text)) {
      const raw = m[1] as string;
      const address = raw.includes('\\') ? unescape(raw) : raw;
      const list = this.offsets.get(address);
      if (list) list.push(m.index);
      else this.offsets.set(address, [m.index]);
    }
  }

  /** Offset of the section's key, or 0 when it cannot be found. */
  section(key: string): number {
    const at = new RegExp(`"${key}"\\s*:`).exec(this.text);
    return at ? at.index : 0;
  }

  /** Offset of the object holding `"address": address` first after `from`, or of the section when there is none. */
  objectOf(address: string, from: number): number {
    const key = this.offsets.get(address)?.find((o) => o > from);
    if (key === undefined) return from;
    let i = key - 1;
    while (i > 0 && /\s/.test(this.text[i] as string)) i--;
    return this.text[i] === '{' ? i : key;
  }

  /** Sets `line` and `column` of each resource from its offset, counting lines once over the text. */
  place(located: readonly { resource: TfResource; offset: number }[]): void {
    const ordered = [...located].sort((a, b) => a.offset - b.offset);
    let line = 1;
    let lineStart = 0;
    let newline = this.text.indexOf('\n');
    for (const { resource, offset } of ordered) {
      while (newline !== -1 && newline < offset) {
        line++;
        lineStart = newline + 1;
        newline = this.text.indexOf('\n', lineStart);
      }
      resource.line = line;
      resource.column = offset - lineStart + 1;
    }
  }
}

function unescape(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/**
 * The hook for plans read with their configuration beside them: each instance's location becomes
 * its block's in the `.tf` files. `blocks` is keyed by address without instance keys
 * (`module.aks.azurerm_kubernetes_cluster.main`, see `configurationAddress`); an instance whose
 * block is not there keeps its place in the plan.
 */
export function locateInConfiguration(resources: readonly TfResource[], blocks: ReadonlyMap<string, BlockLocation>): void {
  for (const resource of resources) {
    const block = blocks.get(configurationAddress(resource.address));
    if (!block) continue;
    resource.file = block.file;
    resource.line = block.line;
    resource.lines = { ...block.lines };
    if (block.inlineWaivers) resource.inlineWaivers = block.inlineWaivers;
    delete resource.column;
  }
}

/** A module of the plan's configuration and the folder its `.tf` files are in. */
export interface ModuleFolder {
  /** `module.envs.module.aks`, empty for the root module. */
  module: string;
  folder: string;
}

/**
 * The folders the plan's configuration was read from, as far as the plan tells: the root module
 * is taken to be the plan's folder, and each module called with a local `source` (`./modules/aks`,
 * `../net`) is that path from its caller's. Registry and git modules are not on disk here.
 */
export function configurationFolders(configuration: unknown, planFile: string): ModuleFolder[] {
  const root = isObject(configuration) && isObject(configuration.root_module) ? configuration.root_module : undefined;
  const out: ModuleFolder[] = [];
  const walk = (module: JsonObject, path: string, folder: string, depth: number): void => {
    out.push({ module: path, folder });
    if (depth > 32 || !isObject(module.module_calls)) return;
    for (const [name, call] of Object.entries(module.module_calls)) {
      if (!isObject(call) || typeof call.source !== 'string' || !/^\.\.?\//.test(call.source) || !isObject(call.module)) continue;
      walk(call.module, path ? `${path}.module.${name}` : `module.${name}`, resolve(folder, call.source), depth + 1);
    }
  };
  if (root) walk(root, '', dirname(resolve(planFile)), 0);
  return out;
}
