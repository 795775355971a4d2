import { STATUSES, type Finding, type Status } from '../../engine/finding.ts';
import type { RuleReport, ScanReport } from '../../engine/report.ts';
import { rank } from '../../engine/severity.ts';

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
    if (!LISTED.has(f.status)) continue;
    const list = byRule.get(f.ruleId) ?? [];
    list.push(f);
    byRule.set(f.ruleId, list);
  }
  const groups: FindingGroup[] = [];
  for (const rule of report.rules) {
    const findings = byRule.get(rule.id);
    if (findings) groups.push({ anchor: ruleAnchor(rule.id), rule, findings: findings.sort(byUrgency) });
  }
  const failures = (g: FindingGroup): number => g.findings.filter((f) => f.status === 'fail').length;
  return groups.sort((a, b) => rank(b.rule.severity) - rank(a.rule.severity) || failures(b) - failures(a) || compare(a.rule.id, b.rule.id));
}

export function ruleAnchor(ruleId: string): string {
  return `rule-${ruleId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

function byUrgency(a: Finding, b: Finding): number {
  return (
    STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) ||
    rank(b.severity) - rank(a.severity) ||
    compare(a.resource.subscriptionId, b.resource.subscriptionId) ||
    compare(a.resource.resourceGroup ?? '', b.resource.resourceGroup ?? '') ||
    compare(a.resource.name, b.resource.name) ||
    compare(a.part ?? '', b.part ?? '')
  );
}

/** Code-unit order: stable across machines and far cheaper than `localeCompare` on 100,000s of findings. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
