import type { ArmResource } from '../../adapters/arm/collect-resources.ts';
import { collectArmResources } from '../../adapters/arm/collect-resources.ts';
import type { Source } from '../../state/snapshot.ts';
import { displayPath } from './expand-inputs.ts';
import { readJsonFile } from './read-json.ts';

export interface CollectedFiles {
  resources: ArmResource[];
  sources: Source[];
}

/**
 * Reads ARM JSON files. A file that cannot be parsed stops the scan (exit 2): a report
 * built on a silently skipped input would be a false pass.
 */
export function collectArmFiles(files: string[]): CollectedFiles {
  const resources: ArmResource[] = [];
  const sources: Source[] = [];
  for (const path of files) {
    const file = displayPath(path);
    const id = `file:${file}`;
    const collected = collectArmResources(readJsonFile(path), file, id);
    for (const r of collected.resources) resources.push(r);
    const source: Source = { id, kind: 'file', target: file, status: 'ok', resources: collected.resources.length };
    if (collected.withoutId) source.message = `${collected.withoutId} object(s) without an ARM resource id were skipped`;
    sources.push(source);
  }
  return { resources, sources };
}
