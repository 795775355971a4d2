import type { WaiverPlace } from '../engine/finding.ts';

/** What a waiver is written in, for people. */
export const WAIVER_KIND: Record<WaiverPlace['kind'], string> = { config: 'config file', terraform: 'Terraform comment', kubernetes: 'Kubernetes annotation' };

/** `file:line` of a waiver, or its file alone, or nothing (an annotation read live). */
export function waiverLocation(declared: WaiverPlace): string | undefined {
  if (declared.file === undefined) return undefined;
  return declared.line === undefined ? declared.file : `${declared.file}:${declared.line}`;
}
