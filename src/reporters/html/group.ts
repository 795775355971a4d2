import { STATUSES, type Finding, type Status } from '../../engine/finding.ts';
import type { RuleReport, ScanReport } from '../../engine/report.ts';
import { rank, SEVERITIES } from '../../engine/severity.ts';
import type { ResourceRef } from '../../state/resource.ts';
import { pushTo } from '../../lib/maps.ts';

/** Findings someone has to act on or account for; passes and not-applicable are only counted and sampled. */
export const LISTED: ReadonlySet<Status> = new Set(['fail', 'unknown', 'waived']);

export interface FindingGroup {
  /** Fragment id, unique in the page. */
  anchor: string;
  rule: RuleReport;
  findings: Finding[];
}

/**
 * The one place that decides how the findings section is grouped: by rule, most severe and
 * most failing first, so a platform team fixes one control across the estate at a time.
 */
export function groupFindings(report: ScanReport): FindingGroup[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of report.findings) {
    if (LISTED.has(f.status)) pushTo(byRule, f.ruleId, f);
  }
  const places = placeOrder([...byRule.values()].flat());
  const groups: FindingGroup[] = [];
  for (const rule of report.rules) {
    const findings = byRule.get(rule.id);
    if (findings) groups.push({ anchor: ruleAnchor(rule.id), rule, findings: byUrgency(findings, places) });
  }
  const failures = new Map(groups.map((g) => [g, g.findings.filter((f) => f.status === 'fail').length]));
  return groups.sort((a, b) => rank(b.rule.severity) - rank(a.rule.severity) || failures.get(b)! - failures.get(a)! || compare(a.rule.id, b.rule.id));
}

export function ruleAnchor(ruleId: string): string {
  return `rule-${ruleId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/**
 * Failures, then unknowns, then waivers; most severe first; then by subscription, resource group,
 * resource name and part. Sorted by one number per finding: comparing the names again for each
 * pair of findings made this the slowest step of the page.
 */
function byUrgency(findings: Finding[], places: Map<ResourceRef, number>): Finding[] {
  return findings
    .map((f) => ({ f, key: (STATUSES.indexOf(f.status) * SEVERITIES.length - rank(f.severity)) * places.size + places.get(f.resource)! }))
    .sort((a, b) => a.key - b.key || compare(a.f.part ?? '', b.f.part ?? ''))
    .map(({ f }) => f);
}

/** Each resource's position in subscription, resource group and name order; resources alike in all three share one. */
function placeOrder(findings: Finding[]): Map<ResourceRef, number> {
  const resources = [...new Set(findings.map((f) => f.resource))].sort(byPlace);
  const positions = new Map<ResourceRef, number>();
  resources.forEach((resource, i) => {
    const previous = resources[i - 1];
    positions.set(resource, previous && byPlace(previous, resource) === 0 ? positions.get(previous)! : i);
  });
  return positions;
}

function byPlace(a: ResourceRef, b: ResourceRef): number {
  return compare(a.subscriptionId ?? '', b.subscriptionId ?? '') || compare(a.resourceGroup ?? '', b.resourceGroup ?? '') || compare(a.name, b.name);
}

/** Code-unit order: stable across machines and far cheaper than `localeCompare` on 100,000s of findings. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
