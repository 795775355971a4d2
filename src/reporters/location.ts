import type { Finding } from '../engine/finding.ts';

/** A place in a file of the checkout: a 1-based line. */
export interface FilePlace {
  file: string;
  line: number;
}

/**
 * Where a finding points in the files it was read from, whatever the source: the first
 * evidence read at a line of its own (a Terraform attribute, a manifest field), else the
 * resource's own line (a `.tf` block, a manifest object). Undefined for a resource read
 * without lines (ARM JSON, a live read): reports then name it by identity.
 */
export function placeOf(finding: Finding): FilePlace | undefined {
  for (const e of finding.evidence) if (e.file !== undefined && e.line !== undefined) return { file: e.file, line: e.line };
  const { file, line } = finding.origin;
  return file !== undefined && line !== undefined ? { file, line } : undefined;
}
