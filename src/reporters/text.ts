import type { Finding, WaiverPlace } from '../engine/finding.ts';
import type { ScanReport } from '../engine/report.ts';
import type { DeclaredWaiver } from '../engine/waivers.ts';
import { SEVERITIES, type Severity } from '../engine/severity.ts';
import { showControls } from '../lib/control-characters.ts';
import { failuresMostSevereFirst } from './failures.ts';
import { historyText } from './history-text.ts';
import { placeOf } from './location.ts';
import { WAIVER_KIND, waiverLocation } from './waiver-place.ts';

/**
 * Plain text for terminals and CI logs: the failing findings, most severe first, each with its
 * rule, resource, place in the files and message; then the unknowns by rule, the coverage
 * problems, the waivers to act on and the rules that crashed. Every string from the input is shown with its control
 * and bidi characters escaped, so a resource name cannot rewrite the log it is printed in.
 * Made a finding at a time as the file is written.
 */
export function* renderText(report: ScanReport): Generator<string> {
  const { byStatus, failuresBySeverity, resources } = report.summary;
  yield `${report.tool.name} ${report.tool.version}: ${report.rules.length} rules over ${resources} resources from ${report.sources.length} source(s)\n`;
  yield `generated ${report.generatedAt}, judged as of ${report.asOf}\n`;
  yield `fail ${byStatus.fail} (${SEVERITIES.map((s) => `${s} ${failuresBySeverity[s]}`).join(', ')})\n`;
  yield `unknown ${byStatus.unknown}, waived ${byStatus.waived}, not applicable ${byStatus['not-applicable']}, pass ${byStatus.pass}\n`;
  if (report.baseline) yield `baseline ${showControls(report.baseline.file)}: ${report.baseline.counts.new} new failure(s) (marked [new]), ${report.baseline.counts.existing} existing, ${report.baseline.counts.fixed} fixed\n`;
  yield* policy(report);
  if (report.history) yield* historyText(report.history);
  yield* failures(report);
  yield* unknowns(report.findings);
  yield* coverage(report);
  yield* waivers(report);
  yield* crashes(report);
}

/** The config the scan ran with, and what it set apart as AKS's. */
function* policy(report: ScanReport): Generator<string> {
  if (report.config.file !== null) yield `config: ${showControls(report.config.file)} (extends ${report.config.extends})\n`;
  const { mode, findings, resources } = report.managed;
  if (mode === 'apart' && findings) yield `set apart: ${findings} fail/unknown finding(s) on ${resources} AKS-managed resource(s), not applicable (managedComponents: judge to judge them)\n`;
}

function* failures(report: ScanReport): Generator<string> {
  let severity: Severity | undefined;
  for (const f of failuresMostSevereFirst(report.findings)) {
    if (f.severity !== severity) {
      severity = f.severity;
      yield `\n${severity.toUpperCase()}: ${report.summary.failuresBySeverity[severity]} failing\n`;
    }
    yield* failure(f, report.history?.openSince[f.fingerprint]);
  }
}

function* failure(f: Finding, openSince: string | undefined): Generator<string> {
  yield `\n  ${f.ruleId}  ${resourceName(f)}${f.baseline === 'new' ? '  [new]' : ''}\n`;
  if (f.resource.id !== f.resource.name) yield `    id: ${showControls(f.resource.id)}\n`;
  const place = placeOf(f);
  if (place) yield `    at: ${showControls(place.file)}:${place.line}\n`;
  yield `    ${showControls(f.message)}\n`;
  if (openSince !== undefined) yield `    failing since ${openSince.slice(0, 10)}\n`;
  if (f.waiver?.expired) yield `    its waiver expired on ${f.waiver.expires} (${declaredAt(f.waiver.declared)}): it no longer waives\n`;
}

/** The resource's name, and the part of it the finding is about. */
function resourceName(f: Finding): string {
  return showControls(f.part === undefined ? f.resource.name : `${f.resource.name} (${f.part})`);
}

/**
 * Unknowns by rule, most first, each with one of its reasons: the reasons name their resources,
 * so they seldom repeat word for word, and a rule's unknowns mostly share a cause.
 */
function* unknowns(findings: readonly Finding[]): Generator<string> {
  const byRule = new Map<string, { count: number; example: string }>();
  for (const f of findings) {
    if (f.status !== 'unknown') continue;
    const entry = byRule.get(f.ruleId);
    if (entry) entry.count++;
    else byRule.set(f.ruleId, { count: 1, example: f.message });
  }
  if (byRule.size === 0) return;
  const total = [...byRule.values()].reduce((n, e) => n + e.count, 0);
  yield `\nUNKNOWN: ${total} could not be judged (never counted as a pass), by rule:\n`;
  for (const [rule, { count, example }] of [...byRule].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))) {
    yield `  ${String(count).padStart(6)}  ${rule}: ${showControls(example)}${count > 1 ? ' (one of them)' : ''}\n`;
  }
}

function* coverage(report: ScanReport): Generator<string> {
  const incomplete = report.sources.filter((s) => s.status !== 'ok');
  const unread = report.sources.flatMap((s) => (s.unread ?? []).map((u) => ({ source: s, ...u })));
  const notAudited = report.unrecognized.reduce((n, u) => n + u.count, 0);
  if (incomplete.length === 0 && unread.length === 0 && notAudited === 0) {
    yield `\nCOVERAGE: every source was read completely and every resource type it held is audited\n`;
    return;
  }
  yield `\nCOVERAGE PROBLEMS:\n`;
  if (incomplete.length) yield `  ${incomplete.length} source(s) not fully read:\n`;
  for (const s of incomplete) yield `    ${showControls(s.target)} (${s.kind}): ${s.status}${s.code ? ` ${showControls(s.code)}` : ''}${s.message ? `: ${showControls(s.message)}` : ''}\n`;
  if (unread.length) yield `  ${unread.length} Kubernetes kind(s) not read (rules needing them answer unknown):\n`;
  for (const u of unread) yield `    ${showControls(u.source.target)}: ${showControls(u.kind)} (${showControls(u.code)}): ${showControls(u.reason)}\n`;
  if (notAudited) yield `  not audited: ${notAudited} resource(s) of ${report.unrecognized.length} type(s) no rule reads:\n`;
  for (const u of report.unrecognized) yield `    ${String(u.count).padStart(6)}  ${showControls(u.type)}\n`;
}

/** What became of the waivers, each named with where it is written: the ones to act on (expired, invalid, unused, ending soon) first, then those in force. */
function* waivers(report: ScanReport): Generator<string> {
  const w = report.waivers;
  if (w.declared === 0) return;
  yield `\nWAIVERS: ${w.declared} declared, ${w.applied.length} applied, ${w.expired.length} expired, ${w.unused.length} unused, ${w.invalid.length} invalid, ${w.expiringSoon.length} expiring within 30 days\n`;
  const lists: Array<[string, Array<DeclaredWaiver & { note?: string }>]> = [
    ['expired', w.expired.map((e) => ({ ...e, note: `${e.findings} failure(s) fail again` }))],
    ['invalid', w.invalid.map((e) => ({ ...e, note: e.problem }))],
    ['unused', w.unused.map((e) => ({ ...e, note: e.why }))],
    ['expiring soon', w.expiringSoon],
    ['applied', w.applied.map((e) => ({ ...e, note: `${e.findings} failure(s) waived${e.ticket ? `, ticket ${e.ticket}` : ''}: ${e.reason ?? ''}` }))],
  ];
  for (const [title, entries] of lists) {
    for (const e of entries) {
      yield `  ${title}: ${showControls(e.rule ?? '(no rule)')} on ${showControls(e.resource)}, owner ${showControls(e.owner ?? '(none)')}, expires ${e.expires ?? 'never'} (${declaredAt(e.declared)})${e.note ? `: ${showControls(e.note)}` : ''}\n`;
    }
  }
}

function declaredAt(declared: WaiverPlace): string {
  const at = waiverLocation(declared);
  return at === undefined ? WAIVER_KIND[declared.kind] : `${WAIVER_KIND[declared.kind]} ${showControls(at)}`;
}

function* crashes(report: ScanReport): Generator<string> {
  if (report.crashes.length === 0) return;
  yield `\nRULE ERRORS: ${report.crashes.length} rule(s) failed and their results are incomplete:\n`;
  for (const c of report.crashes) yield `  ${c.ruleId}: ${showControls(c.message)}\n`;
}
