import { join } from 'node:path';
import { adaptArm } from '../adapters/arm/adapt.ts';
import { collectArmFiles } from '../collectors/files/collect-arm-files.ts';
import { expandInputs } from '../collectors/files/expand-inputs.ts';
import { collectLiveKubernetes } from '../collectors/kubernetes/live.ts';
import { readManifestSources } from '../collectors/kubernetes/manifest-sources.ts';
import { matchAksClusters } from '../collectors/kubernetes/match-aks.ts';
import { loadCatalogue } from '../engine/catalogue.ts';
import { evaluate } from '../engine/evaluate.ts';
import { defaultPolicy } from '../engine/policy.ts';
import { buildReport, type ScanReport } from '../engine/report.ts';
import { atLeast } from '../engine/severity.ts';
import { REPORTERS } from '../reporters/index.ts';
import { RULES } from '../rules/index.ts';
import { REFERENCES } from '../rules/references.ts';
import { SNAPSHOT_SCHEMA_VERSION, type Snapshot } from '../state/snapshot.ts';
import { readSnapshot, renderSnapshot } from '../state/snapshot-file.ts';
import type { ScanOptions } from './args.ts';
import { formatSummary } from './summary.ts';
import { TOOL } from './version.ts';
import { writeAll, type PendingFile } from './write-reports.ts';

export interface ScanOutcome {
  exitCode: 0 | 1 | 2;
  report: ScanReport;
  written: string[];
}

/** collect → adapt → snapshot → evaluate → report → write; the exit code follows `--fail-on`. */
export async function runScan(options: ScanOptions, log: (line: string) => void, now = new Date()): Promise<ScanOutcome> {
  const catalogue = loadCatalogue();
  const policy = defaultPolicy(catalogue);
  const snapshot = options.snapshot ? readSnapshot(options.snapshot) : snapshotOfInputs(options, now);
  if (options.kubernetes) await addLiveClusters(snapshot, options.kubernetes);
  const { findings, crashes } = evaluate(snapshot.state, RULES, policy, options.asOf);
  const report = buildReport({ snapshot, findings, crashes, catalogue, policy, references: REFERENCES, generatedAt: now, asOf: options.asOf });

  const files = options.formats.flatMap((format): PendingFile[] => {
    const reporter = REPORTERS[format];
    return reporter ? [{ path: join(options.out, reporter.file), content: () => reporter.render(report) }] : [];
  });
  if (options.saveSnapshot) files.push({ path: options.saveSnapshot, content: () => renderSnapshot(snapshot) });
  writeAll(files);

  const written = files.map((f) => f.path);
  if (!options.quiet) for (const line of formatSummary(report, written, options.failOn)) log(line);
  return { exitCode: exitCodeOf(report, options.failOn), report, written };
}

function snapshotOfInputs(options: ScanOptions, now: Date): Snapshot {
  const limits = options.maxInputBytes === undefined ? {} : { maxBytes: options.maxInputBytes };
  const { resources, sources } = collectArmFiles(expandInputs(options.inputs), limits);
  const { state, unrecognized } = adaptArm(resources);
  // Manifests after ARM: `--manifests <path>=<aks-cluster>` names a cluster the inputs hold.
  const manifests = readManifestSources(options.manifests ?? [], state.clusters, limits);
  state.kubernetes.push(...manifests.clusters);
  sources.push(...manifests.sources);
  unrecognized.push(...manifests.unrecognized);
  return { schemaVersion: SNAPSHOT_SCHEMA_VERSION, tool: { ...TOOL }, createdAt: now.toISOString(), sources, unrecognized, state };
}

/** Clusters read through their API servers join the snapshot, linked to their AKS clusters by API server FQDN. */
async function addLiveClusters(snapshot: Snapshot, live: NonNullable<ScanOptions['kubernetes']>): Promise<void> {
  const { clusters, sources } = await collectLiveKubernetes(live);
  matchAksClusters(clusters, snapshot.state.clusters);
  snapshot.state.kubernetes.push(...clusters);
  snapshot.sources.push(...sources);
}

function exitCodeOf(report: ScanReport, failOn: ScanOptions['failOn']): 0 | 1 | 2 {
  if (report.crashes.length) return 2;
  if (failOn === 'none') return 0;
  return report.findings.some((f) => f.status === 'fail' && atLeast(f.severity, failOn)) ? 1 : 0;
}
