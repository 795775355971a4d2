import type { Snapshot, Source, UnrecognizedType } from '../state/snapshot.ts';
import type { ResourceRef } from '../state/resource.ts';
import type { CatalogueEntry } from './catalogue.ts';
import type { RuleCrash } from './evaluate.ts';
import { STATUSES, type Finding, type Status } from './finding.ts';
import type { ManagedComponents, Policy } from './policy.ts';
import { SEVERITIES, type Severity } from './severity.ts';
import type { WaiverCoverage } from './waivers.ts';

/** Reference data a verdict depends on, named in every report with its date (the AKS support calendar). */
export interface Reference {
  name: string;
  source: string;
  asOf: string;
}

/** A resource a cluster depends on, named for people. */
export interface Dependency {
  id: string;
  name: string;
  /** `Virtual network`, `Network security group`, `Key Vault`, `PostgreSQL flexible server`, ... */
  kind: string;
}

/** One cluster and what it stands on: the network its nodes use and the services in its scope. */
export interface ClusterTopology {
  id: string;
  name: string;
  subscriptionId: string | null;
  resourceGroup: string | null;
  /** False when no pool states a subnet (an AKS-managed VNet, or an export without it): its network is not known. */
  networkKnown: boolean;
  dependsOn: Dependency[];
}

/** A rule as it ran: its catalogue entry with the severity and parameters after the user's config. */
export interface RuleReport extends CatalogueEntry {
  parameterValues: Record<string, unknown>;
}

export interface Summary {
  byStatus: Record<Status, number>;
  /** Failures by severity. */
  failuresBySeverity: Record<Severity, number>;
  resources: number;
}

/** The config file a scan ran with, and the rule set it extends. */
export interface ConfigSummary {
  /** Null when the scan ran without one. */
  file: string | null;
  /** `all`, `recommended`, or the framework whose rules the scan ran (`cis-aks`, ...). */
  extends: string;
}

/** Findings on objects AKS manages: set apart as not-applicable, or judged (config `managedComponents`). */
export interface ManagedSummary {
  mode: ManagedComponents;
  /** Fail and unknown findings set apart (0 when judged). */
  findings: number;
  /** AKS-managed resources that findings are about. */
  resources: number;
}

/** A finding as a baseline or a diff names it: enough for a person to recognise it. */
export interface RecordedFinding {
  fingerprint: string;
  ruleId: string;
  status: Status;
  severity: Severity;
  resource: { id: string; name: string };
  part?: string;
  message: string;
}

/** A failure of the baseline that no longer fails: it passes, is not applicable, or is no longer reported (`absent`: the resource is gone or renamed, or was not read). */
export interface FixedFinding extends RecordedFinding {
  now: 'pass' | 'not-applicable' | 'absent';
}

/** What `--baseline` compared the scan with (policy/baseline.ts). */
export interface BaselineComparison {
  file: string;
  /** `sarif` holds failures only (and waived ones): then only those are compared and marked. */
  format: 'json' | 'sarif';
  /** Failures: not failing in the baseline (`new`), failing there too (`existing`); and the baseline's failures that are `fixed`. */
  counts: { new: number; existing: number; fixed: number };
  fixed: FixedFinding[];
  /** Failures in both whose severity changed: the fingerprint and the baseline's severity. */
  severityChanged: { fingerprint: string; was: Severity }[];
}

/**
 * How much of a framework passes. `percent` is `passed / total * 100`, one decimal: `passed`
 * counts controls that pass or whose only failures are waived; `total` every control but the
 * not-applicable ones, so unknown and manual controls count as not passing. `evaluated`: the
 * controls rules gave a verdict (pass, fail, waived).
 */
export interface Score {
  passed: number;
  evaluated: number;
  total: number;
  percent: number;
}

export type ControlStatus = 'pass' | 'fail' | 'unknown' | 'manual' | 'waived' | 'not-applicable';

export interface ControlCounts {
  pass: number;
  fail: number;
  unknown: number;
  waived: number;
  notApplicable: number;
}

/** One control of a framework as the scan found it, from the findings of the rules that evaluate it. */
export interface ControlPosture {
  id: string;
  /** `<section id> <section title>` (`5.4 Cluster Networking`). */
  section: string;
  title: string;
  /** The framework's own assessment status (CIS: Automated); where it states none, whether rules evaluate the control. */
  automated: boolean;
  status: ControlStatus;
  /** The rules that evaluate it (empty: manual). */
  rules: string[];
  /** Findings of those rules by status. */
  counts: ControlCounts;
  /** Why it is unknown, manual or not applicable. */
  reason?: string;
}

/** A framework's posture: every control, with the score of the whole scan, of each subscription and of each cluster. */
export interface FrameworkPosture {
  id: string;
  name: string;
  version: string;
  score: Score;
  bySubscription: { id: string; name?: string; score: Score }[];
  byCluster: { id: string; name: string; score: Score }[];
  controls: ControlPosture[];
}

/** One run as the history keeps it: when, its framework scores (by framework id) and its failure count. */
export interface HistoryRun {
  at: string;
  asOf: string;
  scores: Record<string, number>;
  failures: number;
}

/** With `--history`: the runs so far (oldest first, this one last), what changed since the previous run, and since when each open failure has been open. */
export interface HistorySummary {
  runs: HistoryRun[];
  sincePrevious: { new: RecordedFinding[]; fixed: RecordedFinding[]; regressed: RecordedFinding[] };
  /** By fingerprint, when the failure was first seen (ISO). */
  openSince: Record<string, string>;
}

/** Everything the reporters need: pure data, so every format says the same thing. */
export interface ScanReport {
  tool: { name: string; version: string };
  generatedAt: string;
  /** The date verdicts were judged at (version currency, waiver expiry). */
  asOf: string;
  sources: Source[];
  unrecognized: UnrecognizedType[];
  references: Reference[];
  config: ConfigSummary;
  rules: RuleReport[];
  /** Every cluster with the network and services it depends on, so reports can show a cluster's whole footprint. */
  clusters: ClusterTopology[];
  findings: Finding[];
  crashes: RuleCrash[];
  summary: Summary;
  managed: ManagedSummary;
  /** Every waiver declared and what became of it: applied, expired, unused, invalid, expiring soon. */
  waivers: WaiverCoverage;
  /** Set with `--baseline`: each finding then carries `baseline`. */
  baseline?: BaselineComparison;
  /** Compliance posture per framework: those `--framework` or the config's `extends` name, else all. */
  frameworks?: FrameworkPosture[];
  /** Set with `--history`. */
  history?: HistorySummary;
}

export interface ReportInput {
  snapshot: Snapshot;
  findings: Finding[];
  crashes: RuleCrash[];
  catalogue: Map<string, CatalogueEntry>;
  policy: Policy;
  /** Absent: the scan ran without a config file. */
  config?: ConfigSummary;
  references: Reference[];
  /** Worked out by the caller, which knows the rules and the analyses they shared. */
  clusters: ClusterTopology[];
  generatedAt: Date;
  asOf: Date;
  frameworks?: FrameworkPosture[];
}

export function buildReport(input: ReportInput): ScanReport {
  const rules: RuleReport[] = [];
  for (const [id, settings] of input.policy.rules) {
    const entry = input.catalogue.get(id);
    if (entry) rules.push({ ...entry, severity: settings.severity, parameterValues: settings.params });
  }
  rules.sort((a, b) => a.id.localeCompare(b.id));
  return {
    tool: input.snapshot.tool,
    generatedAt: input.generatedAt.toISOString(),
    asOf: input.asOf.toISOString(),
    sources: input.snapshot.sources,
    unrecognized: input.snapshot.unrecognized,
    references: input.references,
    config: input.config ?? { file: null, extends: 'all' },
    rules,
    clusters: input.clusters,
    findings: input.findings,
    crashes: input.crashes,
    summary: summarize(input.findings),
    managed: managedSummary(input.findings, input.policy.managedComponents),
    waivers: input.policy.waivers.coverage(),
    ...(input.frameworks ? { frameworks: input.frameworks } : {}),
  };
}

function managedSummary(findings: Finding[], mode: ManagedComponents): ManagedSummary {
  let apart = 0;
  const resources = new Set<string>();
  for (const f of findings) {
    if (f.setApart) apart++;
    if (f.resource.managedBy !== undefined) resources.add(f.resource.id.toLowerCase());
  }
  return { mode, findings: apart, resources: resources.size };
}

export function summarize(findings: Finding[]): Summary {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const failuresBySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const refs = new Set<ResourceRef>();
  const resources = new Set<string>();
  for (const f of findings) {
    byStatus[f.status]++;
    if (f.status === 'fail') failuresBySeverity[f.severity]++;
    // A resource's findings share one ResourceRef (refOf): lower-case each id once, and look up
    // the object rather than hashing its long id for each of hundreds of thousands of findings.
    if (refs.has(f.resource)) continue;
    refs.add(f.resource);
    resources.add(f.resource.id.toLowerCase());
  }
  return { byStatus, failuresBySeverity, resources: resources.size };
}
