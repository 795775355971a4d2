import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { SCAN_USAGE } from '../../src/cli/args.ts';

/** The scheduled compliance report's two setups (README "Scheduled compliance report"). */
export const MANIFEST = 'deploy/kubernetes/scheduled-report.yaml';
export const WORKFLOW = 'examples/scheduled-compliance-report.yml';

/** The options the setups may pass to `scan` (`scan --help`'s), each with whether it takes a value (`--out <dir>`) or not (`--all-subscriptions`). */
export const SCAN_OPTIONS: ReadonlyMap<string, boolean> = new Map([...SCAN_USAGE.matchAll(/^ {2}(--[a-z-]+)( <)?/gm)].map((m) => [m[1]!, m[2] !== undefined]));

export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: unknown;
}

export const manifestDocuments = () => parseAllDocuments(readFileSync(MANIFEST, 'utf8'));

/** The CronJob's scan (its container's arguments) and the config file its ConfigMap holds. */
export function cronJobScan(): { args: string[]; config: string } {
  const manifests = manifestDocuments().map((d) => d.toJS() as Manifest);
  const cronJob = manifests.find((m) => m.kind === 'CronJob') as { spec: { jobTemplate: { spec: { template: { spec: { containers: { args: string[] }[] } } } } } } | undefined;
  const configMap = manifests.find((m) => m.kind === 'ConfigMap') as { data: Record<string, string> } | undefined;
  return { args: cronJob!.spec.jobTemplate.spec.template.spec.containers[0]!.args, config: configMap!.data['aks-audit.yaml']! };
}
