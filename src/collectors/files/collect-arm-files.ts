import { collectArmResources, type ArmResource, type CollectedResources } from '../../adapters/arm/collect-resources.ts';
import { cached } from '../../lib/maps.ts';
import type { CoverageEntry } from '../../state/coverage.ts';
import type { Source } from '../../state/snapshot.ts';
import { InputError } from '../../engine/errors.ts';
import { displayPath, type InputFile } from './expand-inputs.ts';
import { MAX_INPUT_BYTES, readJsonFile } from './read-json.ts';

export interface CollectedFiles {
  resources: ArmResource[];
  sources: Source[];
  coverage: CoverageEntry[];
}

export interface FileLimits {
  /** Largest input file read, in bytes. */
  maxBytes?: number;
}

/**
 * Reads ARM JSON files. A file named explicitly that is not ARM resources stops the scan (exit 2):
 * the user asked for it. One found in a folder (a `package.json`, an ARM template, a Terraform
 * state file beside the exports) is skipped: a failed source with the reason, listed in the
 * coverage section, so a report never silently leaves it out. A file that is one page of a
 * longer answer is read, and its source marked partial.
 */
export function collectArmFiles(files: (string | InputFile)[], limits: FileLimits = {}): CollectedFiles {
  const resources: ArmResource[] = [];
  const sources: Source[] = [];
  const groups = new GroupTypes();
  for (const input of files) {
    const { path, inFolder } = typeof input === 'string' ? { path: input, inFolder: false } : input;
    const file = displayPath(path);
    const id = `file:${file}`;
    let collected;
    try {
      collected = collectArmResources(readJsonFile(path, limits.maxBytes ?? MAX_INPUT_BYTES), file, id);
    } catch (error) {
      const reason = inFolder ? skipReason(error) : undefined;
      if (reason === undefined) throw error;
      sources.push({ id, kind: 'file', target: file, status: 'failed', code: 'skipped', resources: 0, message: `not read: ${reason}` });
      continue;
    }
    for (const r of collected.resources) resources.push(r);
    groups.addFile(collected);
    const source: Source = { id, kind: 'file', target: file, status: 'ok', resources: collected.resources.length };
    const notes: string[] = [];
    if (collected.morePages) {
      source.status = 'partial';
      source.code = 'more-pages';
      notes.push(`the file is one page of a longer list (${collected.morePages}); the other pages were not read`);
    }
    if (collected.withoutId) notes.push(`${collected.withoutId} object(s) without an ARM resource id were skipped`);
    if (notes.length) source.message = notes.join('; ');
    sources.push(source);
  }
  return { resources, sources, coverage: groups.entries() };
}

/**
 * The types the files held per subscription and resource group: such a group counts as read for
 * those types (see `CoverageEntry`). One page of a longer list says nothing about its group.
 */
export class GroupTypes {
  private readonly byGroup = new Map<string, CoverageEntry>();

  /** The resources of one file, unless it is one page of a longer list. */
  addFile(collected: CollectedResources): void {
    if (collected.morePages) return;
    for (const r of collected.resources) this.add(r);
  }

  private add(r: ArmResource): void {
    if (!r.resourceGroup || !r.subscriptionId) return;
    const subscriptionId = r.subscriptionId.toLowerCase();
    const resourceGroup = r.resourceGroup.toLowerCase();
    const entry = cached(this.byGroup, `${subscriptionId}/${resourceGroup}`, (): CoverageEntry => ({ subscriptionId, resourceGroup, types: [], read: true }));
    if (!entry.types.includes(r.type)) entry.types.push(r.type);
  }

  entries(): CoverageEntry[] {
    return [...this.byGroup.values()];
  }
}

/** Why a file found in a folder cannot be read as ARM resources; undefined for anything that is our bug, not the file's. */
function skipReason(error: unknown): string | undefined {
  if (error instanceof InputError) return error.reason;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? `cannot be read (${code})` : undefined;
}
