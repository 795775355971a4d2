import { STATUSES, type Finding, type Status } from '../../engine/finding.ts';
import { SEVERITIES, type Severity } from '../../engine/severity.ts';
import { html, type Html } from './escape.ts';

export const STATUS_LABEL: Record<Status, string> = {
  fail: 'Fail',
  unknown: 'Unknown',
  waived: 'Waived',
  'not-applicable': 'Not applicable',
  pass: 'Pass',
};

// Badges are made once each: the findings list shows one per finding, 100,000s on large estates.
const SEVERITY_BADGES = new Map(SEVERITIES.map((severity) => [severity, html`<span class="badge sev-${severity}">${severity}</span>`]));
const STATUS_BADGES = new Map(STATUSES.map((status) => [status, html`<span class="badge st-${status}">${STATUS_LABEL[status]}</span>`]));

/** A finding the `--baseline` did not have. */
export const NEW_BADGE = html`<span class="badge new" title="not in the baseline">new</span>`;

export function severityBadge(severity: Severity): Html {
  return SEVERITY_BADGES.get(severity)!;
}

export function statusBadge(status: Status): Html {
  return STATUS_BADGES.get(status)!;
}

/** `n` with a muted look when zero, so the eye finds the non-zero cells. */
export function count(n: number): Html {
  return html`<span class="${n === 0 ? 'zero' : 'n'}">${n.toLocaleString('en-US')}</span>`;
}

export function emptyCounts(): Record<Status, number> {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
}

/** Findings per rule per status, in one pass. */
export function countsByRule(findings: readonly Finding[]): Map<string, Record<Status, number>> {
  const counts = new Map<string, Record<Status, number>>();
  for (const f of findings) {
    let c = counts.get(f.ruleId);
    if (!c) counts.set(f.ruleId, (c = emptyCounts()));
    c[f.status]++;
  }
  return counts;
}

/** An observed value as JSON text, exactly as the source had it. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value) ?? 'null';
}

/** A link only for https URLs; anything else is shown as text, never followed. */
export function externalLink(url: string, label: string = url): Html {
  return /^https:\/\//i.test(url) ? html`<a href="${url}" rel="noreferrer noopener">${label}</a>` : html`${label}`;
}

/** An ISO instant as people read it (`2026-11-22 13:52 UTC`), machine-readable in `datetime`. */
export function timestamp(iso: string): Html {
  const readable = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso) && iso.endsWith('Z') ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : iso;
  return html`<time datetime="${iso}">${readable}</time>`;
}
