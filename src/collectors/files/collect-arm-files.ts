import type { ArmResource } from '../../adapters/arm/collect-resources.ts';
import { collectArmResources } from '../../adapters/arm/collect-resources.ts';
import type { CoverageEntry } from '../../state/coverage.ts';
import type { Source } from '../../state/snapshot.ts';
import { displayPath } from './expand-inputs.ts';
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
 * Reads ARM JSON files. A file that cannot be parsed stops the scan (exit 2): a report
 * built on a silently skipped input would be a false pass. A file that is one page of a
 * longer answer is read, and its source marked partial.
 */
export function collectArmFiles(files: string[], limits: FileLimits = {}): CollectedFiles {
  const resources: ArmResource[] = [];
  const sources: Source[] = [];
  const groups = new GroupTypes();
  for (const path of files) {
    const file = displayPath(path);
    const id = `file:${file}`;
    const collected = collectArmResources(readJsonFile(path, limits.maxBytes ?? MAX_INPUT_BYTES), file, id);
    for (const r of collected.resources) resources.push(r);
    if (!collected.morePages) for (const r of collected.resources) groups.add(r);
    const source: Source = { id, kind: 'file', target: file, status: 'ok', resources: collected.resources.length };
    const notes: string[] = [];
    if (collected.morePages) {
      source.status = 'partial';
      source.code = 'more-pages';
      notes.push('the file is one page of a longer list (it has a nextLink or $skipToken); the other pages were not read');
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
class GroupTypes {
  private readonly byGroup = new Map<string, CoverageEntry>();

  add(r: ArmResource): void {
    if (!r.resourceGroup || !r.subscriptionId) return;
    const subscriptionId = r.subscriptionId.toLowerCase();
    const resourceGroup = r.resourceGroup.toLowerCase();
    const key = `${subscriptionId}/${resourceGroup}`;
    let entry = this.byGroup.get(key);
    if (!entry) this.byGroup.set(key, (entry = { subscriptionId, resourceGroup, types: [], read: true }));
    if (!entry.types.includes(r.type)) entry.types.push(r.type);
  }

  entries(): CoverageEntry[] {
    return [...this.byGroup.values()];
  }
}
