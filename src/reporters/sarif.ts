import type { Location, Notification, PhysicalLocation, PropertyBag, ReportingDescriptor, Result, Run, Suppression } from 'sarif';
import type { Finding, Waiver } from '../engine/finding.ts';
import type { BaselineComparison, RuleReport, ScanReport } from '../engine/report.ts';
import type { Severity } from '../engine/severity.ts';
import type { ResourceRef } from '../state/resource.ts';
import { failuresMostSevereFirst } from './failures.ts';
import { complianceLines, equivalentLines, snippets } from './rule-help.ts';
import { placeOf, type FilePlace } from './location.ts';

/**
 * SARIF 2.1.0 for GitHub code scanning. Failures, and waived failures as suppressed results
 * (`suppressions`, accepted, with the waiver's reason): passes and unknowns live in the JSON
 * report. A failure whose waiver expired is an ordinary result that says so. A finding read
 * from a file with lines (a Terraform attribute or block, a manifest object) points at that
 * file and line, so code scanning annotates the diff. Cloud resources read without lines are
 * not files: those results point at a stable relative
 * pseudo-path built from the resource id (GitHub rejects the whole file if any result lacks
 * a physical location, has an empty or scheme-qualified URI, or spaces in it). Every result
 * carries the resource's identity (and its parent's) as logical locations and its own
 * fingerprint (upload-sarif can only hash files that exist in the checkout).
 */

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/aks-audit/aks-audit';
/** Our fingerprint's key in `partialFingerprints`, beside GitHub's `primaryLocationLineHash`. */
export const SARIF_FINGERPRINT = 'aksAudit/v1';
/** GitHub code scanning ingests at most this many results per run. */
export const MAX_RESULTS_PER_RUN = 25_000;
/** GitHub's limit for rule tags (it displays fewer) and for description lengths. */
const MAX_TAGS = 20;
const MAX_DESCRIPTION = 1024;

/**
 * GitHub reads `security-severity` as a numeric string: over 9.0 critical, 7.0–8.9 high,
 * 4.0–6.9 medium, 0.1–3.9 low. Each of ours sits inside its band, clear of the edges
 * (9.0 itself is ambiguous in GitHub's docs, hence 9.5). `info` is the lowest "low".
 */
export const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '1.0' };

const LEVEL: Record<Severity, Result.level> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };

export interface SarifOptions {
  /** Code-scanning category (`aks-audit/prod`): one per scanned scope, so uploads do not close each other's alerts. */
  category?: string;
}

/**
 * Unindented: indenting doubled the file on large estates, and SARIF is read by tools, not people.
 * Made in pieces as it is written, a result each: one string of the whole log would be tens of
 * megabytes, and two bytes a character throughout if any rule's text is not Latin-1.
 */
export function* renderSarif(report: ScanReport, options: SarifOptions = {}): Generator<string> {
  const { run, results, properties } = sarifRun(report, options);
  // The log with its one run up to the results, and the run's last key after them: what
  // `JSON.stringify` of the whole log writes, key order included.
  const opening = JSON.stringify({ $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] });
  yield `${opening.slice(0, -'}]}'.length)},"results":[`;
  let separator = '';
  for (const result of results) {
    yield separator;
    yield JSON.stringify(result);
    separator = ',';
  }
  yield `],"properties":${JSON.stringify(properties)}}]}\n`;
}

interface SarifRun {
  /** The run's keys before its results. */
  run: Pick<Run, 'tool' | 'automationDetails' | 'invocations'>;
  /** Made only as they are read. */
  results: Iterable<Result>;
  /** The run's key after its results. */
  properties: PropertyBag;
}

function sarifRun(report: ScanReport, options: SarifOptions): SarifRun {
  // Every rule that ran, not only those that failed: the log then records what was checked,
  // and a rule's index does not move with the findings.
  const ruleIndex = new Map(report.rules.map((r, i) => [r.id, i]));
  // Waived failures after the open ones: past GitHub's limit, an open failure is kept first.
  const failures = [...failuresMostSevereFirst(report.findings), ...failuresMostSevereFirst(report.findings, 'waived')];
  const kept = failures.slice(0, MAX_RESULTS_PER_RUN);
  const dropped = failures.length - kept.length;

  const notifications: Notification[] = report.crashes.map((c) => ({
    level: 'error',
    message: { text: `Rule ${c.ruleId} crashed and its results are incomplete: ${c.message}` },
    associatedRule: { id: c.ruleId, ...(ruleIndex.has(c.ruleId) ? { index: ruleIndex.get(c.ruleId) } : {}) },
  }));
  if (dropped > 0) {
    notifications.push({
      level: 'warning',
      message: { text: `${dropped} of ${failures.length} failures (waived ones last) were left out (GitHub accepts ${MAX_RESULTS_PER_RUN} results per run); the most severe are kept. The JSON report has them all.` },
    });
  }

  return {
    run: {
      tool: {
        driver: {
          name: report.tool.name,
          semanticVersion: report.tool.version,
          informationUri: INFORMATION_URI,
          rules: report.rules.map(descriptor),
        },
      },
      automationDetails: { id: `${options.category ?? report.tool.name}/` },
      invocations: [{ executionSuccessful: report.crashes.length === 0, endTimeUtc: report.generatedAt, toolExecutionNotifications: notifications }],
    },
    results: resultsOf(kept, ruleIndex, new Set(report.rules.filter(isSecurity).map((r) => r.id)), baselineStates(report.baseline)),
    properties: { asOf: report.asOf, summary: report.summary, droppedResults: dropped, ...(report.baseline ? { baseline: baselineProperties(report.baseline) } : {}) },
  };
}

function* resultsOf(failures: Finding[], ruleIndex: Map<string, number>, securityRules: Set<string>, baselineState: BaselineState | undefined): Generator<Result> {
  for (const f of failures) yield result(f, ruleIndex, securityRules.has(f.ruleId), baselineState);
}

type BaselineState = (finding: Finding) => Result.baselineState;

/**
 * With `--baseline`, each failure's SARIF `baselineState`: `new`, `unchanged`, or `updated` when
 * its severity changed. The baseline's fixed failures are not written as `absent` results: a
 * viewer that ignores `baselineState` (GitHub code scanning, which tracks alerts by fingerprint
 * itself) would raise an alert for each. They are listed in the run's properties instead.
 */
function baselineStates(baseline: BaselineComparison | undefined): BaselineState | undefined {
  if (!baseline) return undefined;
  const updated = new Set(baseline.severityChanged.map((c) => c.fingerprint));
  return (f) => (f.baseline === 'new' ? 'new' : updated.has(f.fingerprint) ? 'updated' : 'unchanged');
}

function baselineProperties({ file, format, counts, fixed }: BaselineComparison): PropertyBag {
  return { file, format, counts, fixed };
}

function descriptor(rule: RuleReport): ReportingDescriptor {
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: clip(rule.title) },
    fullDescription: { text: clip(rule.rationale) },
    help: { text: helpText(rule), markdown: helpMarkdown(rule) },
    helpUri: rule.docs,
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: tagsOf(rule),
      ...(isSecurity(rule) ? { 'security-severity': SECURITY_SEVERITY[rule.severity] } : {}),
      // Verdicts are read from declared configuration, not inferred; unknowns are never reported.
      precision: 'very-high',
    },
  };
}

function result(finding: Finding, ruleIndex: Map<string, number>, security: boolean, baselineState: BaselineState | undefined): Result {
  const index = ruleIndex.get(finding.ruleId);
  if (index === undefined) throw new Error(`finding for ${finding.ruleId}, which is not among the report's rules`);
  const { resource, part } = finding;
  return {
    ruleId: finding.ruleId,
    ruleIndex: index,
    level: LEVEL[finding.severity],
    message: { text: messageOf(finding) },
    locations: [location(finding)],
    ...(finding.status === 'waived' && finding.waiver ? { suppressions: [suppressionOf(finding.waiver)] } : {}),
    // GitHub reads only the line hash; its `:1` is the occurrence. Ours is the finding's own.
    partialFingerprints: { primaryLocationLineHash: `${finding.fingerprint}:1`, [SARIF_FINGERPRINT]: finding.fingerprint },
    ...(baselineState ? { baselineState: baselineState(finding) } : {}),
    properties: {
      severity: finding.severity,
      // A finding may be more or less severe than its rule's default; GitHub honours this override.
      ...(security ? { 'security-severity': SECURITY_SEVERITY[finding.severity] } : {}),
      resourceId: resource.id,
      resourceType: resource.type,
      ...(resource.parent ? { parentId: resource.parent.id } : {}),
      ...(part === undefined ? {} : { part }),
      evidence: finding.evidence,
      origin: finding.origin,
    },
  };
}

function messageOf({ message, part, waiver }: Finding): string {
  const text = part === undefined ? message : `${message} (${part})`;
  return waiver?.expired ? `${text} (its waiver expired on ${waiver.expires}, so it fails again)` : text;
}

/** A waiver as SARIF says it: accepted, in the source (a Terraform comment, an annotation) or outside it (the config file). */
function suppressionOf(waiver: Waiver): Suppression {
  const terms = [...(waiver.owner ? [`owner ${waiver.owner}`] : []), waiver.expires ? `until ${waiver.expires}` : 'no expiry', ...(waiver.ticket ? [`ticket ${waiver.ticket}`] : [])];
  return { kind: waiver.declared.kind === 'config' ? 'external' : 'inSource', status: 'accepted', justification: `${waiver.reason} (${terms.join('; ')})` };
}

function location(finding: Finding): Location {
  const { resource, part, origin } = finding;
  const logical: NonNullable<Location['logicalLocations']> = [{ fullyQualifiedName: resource.id, name: resource.name, kind: 'resource' }];
  if (part !== undefined) logical.push({ fullyQualifiedName: `${resource.id}/${part}`, name: part, kind: 'resource' });
  // Declared at a Terraform address and known by its ARM id once applied: both name it.
  if (origin.address !== undefined && origin.address !== resource.id) logical.push({ fullyQualifiedName: origin.address, name: resource.name, kind: 'declaration' });
  if (resource.parent) logical.push({ fullyQualifiedName: resource.parent.id, name: resource.parent.name, kind: 'resource', properties: { relation: 'parent' } });
  const place = placeOf(finding);
  return {
    physicalLocation: (place && fileLocation(place)) ?? {
      artifactLocation: { uri: pseudoPath(resource) },
      region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
    },
    logicalLocations: logical,
    message: { text: `${resource.name} (${resource.type})` },
  };
}

/**
 * A file in the repository: the result points at its line, so code scanning annotates the file
 * itself. Only a path relative to the working directory (the checkout) can match a repository
 * file; anything else keeps the pseudo-path.
 */
function fileLocation({ file, line }: FilePlace): PhysicalLocation | undefined {
  const segments = file.split(/[\\/]+/);
  if (/^[a-z]:$/i.test(segments[0] ?? '') || segments.some((s) => s === '' || s === '.' || s === '..')) return undefined;
  return {
    artifactLocation: { uri: segments.map((s) => encodeURIComponent(s)).join('/') },
    region: { startLine: line },
  };
}

/**
 * `azure/subscriptions/<sub>/resourcegroups/<rg>/providers/<ns>/<type>/<name>`: the resource
 * id lower-cased, each segment percent-encoded, so it is relative, has no scheme, no spaces
 * and no dot-segments, and is never empty. Collisions are only cosmetic: identity is the fingerprint.
 */
export function pseudoPath(resource: ResourceRef): string {
  let segments = resource.id.split('/').filter((s) => s !== '');
  if (segments.length === 0) {
    segments = ['subscriptions', resource.subscriptionId ?? '', 'providers', ...resource.type.split('/'), resource.name].filter((s) => s !== '');
  }
  if (segments.length === 0) segments = ['unidentified'];
  return ['azure', ...segments.map(uriSegment)].join('/');
}

function uriSegment(segment: string): string {
  const encoded = encodeURIComponent(segment.toLowerCase()).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  // `.` and `..` would be resolved away by any URI normalizer (and %2E is normalized back to `.`).
  return /^\.+$/.test(encoded) ? `_${encoded}` : encoded;
}

/**
 * GitHub files a rule's results as security alerts, ranked by their security severity, only when
 * the rule is tagged `security`; resilience practices are reliability alerts at their level.
 */
function isSecurity(rule: RuleReport): boolean {
  return rule.category === 'security';
}

function tagsOf(rule: RuleReport): string[] {
  const tags = [
    isSecurity(rule) ? 'security' : 'reliability',
    rule.service,
    ...(rule.compliance.cisAks ?? []).map((id) => `CIS-AKS-${id}`),
    ...(rule.compliance.mcsb ?? []).map((id) => `MCSB-${id}`),
  ];
  return [...new Set(tags)].slice(0, MAX_TAGS);
}

function helpText(rule: RuleReport): string {
  const equivalents = equivalentLines(rule);
  return [
    rule.rationale,
    `Remediation: ${rule.remediation.summary}`,
    ...snippets(rule).map((s) => `${s.label}:\n${s.code}`),
    `Documentation: ${rule.docs}`,
    `Compliance:\n${complianceLines(rule).join('\n')}`,
    ...(equivalents.length ? [`Equivalent checks:\n${equivalents.join('\n')}`] : []),
  ].join('\n\n');
}

function helpMarkdown(rule: RuleReport): string {
  const equivalents = equivalentLines(rule);
  return [
    `## ${rule.title}`,
    rule.rationale,
    '### Remediation',
    rule.remediation.summary,
    ...snippets(rule).flatMap((s) => {
      const fence = '`'.repeat(Math.max(3, longestBacktickRun(s.code) + 1));
      return [`**${s.label}**`, `${fence}${s.lang}\n${s.code}\n${fence}`];
    }),
    `[Documentation](${rule.docs})`,
    '### Compliance',
    complianceLines(rule).map((l) => `- ${l}`).join('\n'),
    ...(equivalents.length ? ['### Equivalent checks', equivalents.map((l) => `- ${l}`).join('\n')] : []),
  ].join('\n\n');
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}

function pascalCase(id: string): string {
  return id
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

function clip(text: string): string {
  return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`;
}
