import type { ArmResource } from '../../adapters/arm/collect-resources.ts';
import { collectArmResources } from '../../adapters/arm/collect-resources.ts';
import type { Source } from '../../state/snapshot.ts';
import { displayPath } from './expand-inputs.ts';
import { MAX_INPUT_BYTES, readJsonFile } from './read-json.ts';

export interface CollectedFiles {
  resources: ArmResource[];
  sources: Source[];
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
  for (const path of files) {
    const file = displayPath(path);
    const id = `file:${file}`;
    const collected = collectArmResources(readJsonFile(path, limits.maxBytes ?? MAX_INPUT_BYTES), file, id);
    for (const r of collected.resources) resources.push(r);
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
  return { resources, sources };
}
