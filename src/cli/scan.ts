import { adaptArm } from '../adapters/arm/adapt.ts';
import type { AzureCollection, AzureHooks } from '../collectors/azure/collect.ts';
import { collectArmFiles } from '../collectors/files/collect-arm-files.ts';
import { listInputs } from '../collectors/files/expand-inputs.ts';
import { readManifests } from '../collectors/kubernetes/files.ts';
import { renderCharts } from '../collectors/kubernetes/helm.ts';
import { manifestSources } from '../collectors/kubernetes/manifest-sources.ts';
import { matchAksClusters } from '../collectors/kubernetes/match-aks.ts';
import { deadlineAfter, type ReadLimits } from '../collectors/read-limits.ts';
import { loadCatalogue } from '../engine/catalogue.ts';
import { loadFrameworks } from '../engine/framework.ts';
import { buildReport, type ScanReport } from '../engine/report.ts';
import { applyBaseline } from '../policy/baseline.ts';
import { frameworkPostures } from '../policy/frameworks.ts';
import { loadPolicy } from '../policy/policy.ts';
import type { Format } from '../reporters/index.ts';
import { addRun, openHistory, saveRun } from '../history/history.ts';
import { emitReports } from './emit-reports.ts';
import { historyStore, type HistoryHooks } from './history-store.ts';
import { referencesOf } from './references.ts';
import { mergeStates } from '../state/merge.ts';
import { SNAPSHOT_SCHEMA_VERSION, type Snapshot, type Source, type UnrecognizedType } from '../state/snapshot.ts';
import type { State } from '../state/state.ts';
import { readSnapshot, renderSnapshot } from '../collectors/files/snapshot-file.ts';
import type { ScanOptions } from './args.ts';
import { nothingRead, scanExit, type ExitCode } from './exit-code.ts';
import { judge } from './judge.ts';
import { loadReferenceData } from './reference-data.ts';
import type { StyledLine } from './colour.ts';
import { STDOUT } from './output-args.ts';
import { readRecordedReport } from './report-file.ts';
import { streamWriter } from './standard-streams.ts';
import { statusLine } from './status-line.ts';
import { formatSummary } from './summary.ts';
import { TOOL } from '../lib/version.ts';

// The live readers (Azure SDK, Kubernetes client) are imported only when a scan asks for them:
// loading them takes about half a second, and an offline scan needs none of them.

export interface ScanOutcome {
  exitCode: ExitCode;
  /** Why the exit code is 3 (nothing was read): for stderr. */
  problem?: string;
  /** The run in one line (src/cli/status-line.ts), printed after everything else unless `--quiet`. */
  status: string;
  report: ScanReport;
  written: string[];
}

/** What a caller may supply instead of the defaults (tests: a credential and the CA of a local ARM, a stdout). */
export interface ScanHooks {
  azure?: AzureHooks;
  /** Where a report asked for on stdout (`--out -`, `--output <format>=-`) is written; default: process.stdout. */
  stdout?: (text: string) => void;
  history?: HistoryHooks;
}

/** collect → adapt → snapshot → evaluate → report → write; the exit code follows `--fail-on` (and `--fail-on-incomplete`, `--allow-empty`). */
export async function runScan(options: ScanOptions, log: (line: StyledLine) => void, now = new Date(), hooks: ScanHooks = {}): Promise<ScanOutcome> {
  const limits: ReadLimits = { maxPages: options.maxPages, deadline: options.deadlineSeconds === undefined ? undefined : deadlineAfter(options.deadlineSeconds) };
  const catalogue = loadCatalogue();
  // The config before any read: a mistake in it stops the scan before it costs anything. Inline
  // waivers (Terraform comments, Kubernetes annotations) apply with or without a config file.
  const frameworks = loadFrameworks(catalogue);
  const { policy, config } = loadPolicy({ ...options.policy, asOf: options.asOf }, catalogue, frameworks);
  // Read before the scan: a baseline that cannot be read stops it before anything is collected.
  const baseline = options.baseline === undefined ? undefined : readRecordedReport(options.baseline);
  // The same for a history, and its store's credential.
  const { history: keep } = options;
  const opened = keep ? await openHistory(await historyStore(keep.location, options.azure, hooks.history), options.asOf) : undefined;
  const collected: Collected = options.snapshot ? { snapshot: readSnapshot(options.snapshot) } : await snapshotOfInputs(options, now, hooks, limits);
  const { snapshot } = collected;
  if (options.kubernetes) await addLiveClusters(snapshot, options.kubernetes, limits);
  if (options.aksInCluster && collected.azure) await addAksClusters(snapshot, collected.azure, { ...options.aksInCluster, ...limits });
  const reference = loadReferenceData();
  const { findings, crashes, clusters } = judge(snapshot.state, policy, options.asOf, reference);
  // The posture of the frameworks the scan was limited to (--framework, or a config extending one), else of all.
  const selected = options.policy?.frameworks ?? (frameworks.has(config.extends) ? [config.extends] : undefined);
  const shown = selected ?? [...frameworks.keys()];
  const postures = frameworkPostures(shown.map((id) => frameworks.get(id)!), findings, new Set(policy.rules.keys()), clusters);
  const report = buildReport({ snapshot, findings, crashes, catalogue, policy, config: { file: config.file, extends: config.extends }, references: referencesOf(snapshot.state, reference), clusters, generatedAt: now, asOf: options.asOf, frameworks: postures });
  if (baseline) applyBaseline(report, baseline);
  // A run that read nothing, or whose rules crashed, is not the estate's posture: recorded, it
  // would show as everything fixed and a dip in every trend. It exits 3 or 2 and stays out.
  const recordable = nothingRead(report.sources) === undefined && report.crashes.length === 0;
  const history = opened && keep && recordable ? addRun(opened, report, keep.retention) : undefined;

  const snapshotFile = options.saveSnapshot ? [{ path: options.saveSnapshot, content: () => renderSnapshot(snapshot) }] : [];
  const { reports, written } = emitReports(report, options, snapshotFile, hooks.stdout ?? streamWriter(process.stdout), selected ? { frameworks: selected } : {});
  if (history) await saveRun(history, report);

  if (!options.quiet) for (const line of [...formatSummary(report, written, options.failOn, fullReportOf(reports)), ...(baseline?.notes ?? []).map((note) => `  note: ${note}`)]) log(line);
  const exitPolicy = { failOn: options.failOn, failOnIncomplete: options.failOnIncomplete ?? false, allowEmpty: options.allowEmpty ?? false, failOnNew: options.failOnNew ?? false };
  const exit = scanExit(report, exitPolicy);
  return { exitCode: exit.code, ...(exit.reason ? { problem: exit.reason } : {}), status: statusLine(report, exit.code, exitPolicy), report, written };
}

/** Where the failures the summary leaves out can be read: the text report first, as it lists them all plainly. */
function fullReportOf(reports: { format: Format; path: string }[]): string | undefined {
  const best = FULL_REPORT_ORDER.map((format) => reports.find((r) => r.format === format)).find((r) => r !== undefined);
  if (!best) return undefined;
  return best.path === STDOUT ? `the ${best.format} report on stdout` : best.path;
}

const FULL_REPORT_ORDER: readonly Format[] = ['text', 'html', 'json', 'sarif'];

interface Collected {
  snapshot: Snapshot;
  /** The live Azure read, when there was one: its connection serves the reads that follow. */
  azure?: AzureCollection;
}

async function snapshotOfInputs(options: ScanOptions, now: Date, hooks: ScanHooks, readLimits: ReadLimits): Promise<Collected> {
  const limits = options.maxInputBytes === undefined ? {} : { maxBytes: options.maxInputBytes };
  const { resources, sources, coverage } = collectArmFiles(listInputs(options.inputs), limits);
  const azure = options.azure ? await readAzure(options.azure, hooks.azure, readLimits) : undefined;
  if (azure) {
    for (const r of azure.resources) resources.push(r);
    sources.push(...azure.sources);
    coverage.push(...azure.coverage);
  }
  // ARM files and the live read are adapted together, so a child in one joins its parent in the other.
  const arm = adaptArm(resources, coverage);
  const { unrecognized } = arm;
  const terraform = options.terraform?.length ? await readTerraform(options.terraform, limits) : undefined;
  const planned = terraform?.states ?? [];
  if (terraform) {
    sources.push(...terraform.sources);
    unrecognized.push(...terraform.unrecognized);
  }
  // A resource two sources hold is one resource (see state/merge.ts).
  const state = mergeStates([arm.state, ...planned]);
  // Manifests and charts after the rest: `--manifests <path>=<aks-cluster>` names a cluster the inputs hold.
  const files = (options.manifests ?? []).map((option) => ({ option, read: readManifests(option.path, limits) }));
  const manifests = manifestSources([...files, ...(await renderCharts(options.helm ?? []))], state.clusters);
  state.kubernetes.push(...manifests.clusters);
  sources.push(...manifests.sources);
  unrecognized.push(...manifests.unrecognized);
  const snapshot: Snapshot = { schemaVersion: SNAPSHOT_SCHEMA_VERSION, tool: { ...TOOL }, createdAt: now.toISOString(), sources, unrecognized, state };
  return azure ? { snapshot, azure } : { snapshot };
}

/** Terraform plans and configurations, each adapted with its own azurerm version; loaded only when a scan names one. */
async function readTerraform(paths: string[], limits: { maxBytes?: number }): Promise<{ states: State[]; sources: Source[]; unrecognized: UnrecognizedType[] }> {
  const [{ collectTerraform }, { adaptTerraformReads }] = await Promise.all([import('../collectors/terraform/collect.ts'), import('../adapters/terraform/adapt.ts')]);
  const { reads, sources, unrecognized } = await collectTerraform(paths, limits);
  const adapted = adaptTerraformReads(reads);
  // The collector counts other providers' types, each adaptation the azurerm types no adapter reads.
  const counts = new Map<string, number>();
  for (const { type, count } of [...unrecognized, ...adapted.flatMap((a) => a.unrecognized)]) counts.set(type, (counts.get(type) ?? 0) + count);
  return { states: adapted.map((a) => a.state), sources, unrecognized: [...counts].map(([type, count]) => ({ type, count })) };
}

async function readAzure(options: NonNullable<ScanOptions['azure']>, hooks: AzureHooks | undefined, limits: ReadLimits): Promise<AzureCollection> {
  const { collectAzure } = await import('../collectors/azure/collect.ts');
  return collectAzure(options, hooks, limits);
}

/** Clusters read through their API servers join the snapshot, linked to their AKS clusters by API server FQDN. */
async function addLiveClusters(snapshot: Snapshot, live: NonNullable<ScanOptions['kubernetes']>, limits: ReadLimits): Promise<void> {
  const { collectLiveKubernetes } = await import('../collectors/kubernetes/live.ts');
  const { clusters, sources } = await collectLiveKubernetes(live, limits);
  matchAksClusters(clusters, snapshot.state.clusters);
  snapshot.state.kubernetes.push(...clusters);
  snapshot.sources.push(...sources);
}

/** Each AKS cluster the live Azure read found (and no kubeconfig context covers), read through its API server as the scan identity. */
async function addAksClusters(snapshot: Snapshot, azure: AzureCollection, settings: NonNullable<ScanOptions['aksInCluster']>): Promise<void> {
  const { collectAksInCluster } = await import('../collectors/azure/in-cluster.ts');
  const { clusters, sources } = await collectAksInCluster(azure.connection, snapshot.state, settings);
  snapshot.state.kubernetes.push(...clusters);
  snapshot.sources.push(...sources);
}
