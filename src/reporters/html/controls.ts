import type { ControlPosture, ScanReport, Score } from '../../engine/report.ts';
import { html, type Html } from './escape.ts';
import { controlKey } from './facets.ts';
import { ruleAnchor } from './group.ts';
import { stackedBar, type Segment } from './svg.ts';

/** Subscriptions and clusters shown by score before the rest are folded away: the worst come first. */
export const SCOPE_LIMIT = 20;

type ControlStatus = ControlPosture['status'];

const CONTROL_STATUS_LABEL: Record<ControlStatus, string> = { fail: 'Fail', unknown: 'Unknown', manual: 'Manual', waived: 'Waived', 'not-applicable': 'Not applicable', pass: 'Pass' };
const CONTROL_STATUSES = Object.keys(CONTROL_STATUS_LABEL) as ControlStatus[];

export function controlAnchor(frameworkId: string): string {
  return `controls-${frameworkId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** A framework's controls by status, as bar segments. */
export function controlSegments(controls: ControlPosture[]): Segment[] {
  return CONTROL_STATUSES.map((status) => ({ value: controls.filter((c) => c.status === status).length, tone: `st-${status}`, label: CONTROL_STATUS_LABEL[status].toLowerCase() }));
}

/** Each selected framework control by control: its verdict, the findings behind it, the rules that judge it; then the scores by subscription and cluster. */
export function renderControls(report: ScanReport, grouped: ReadonlySet<string>): Html {
  if (!report.frameworks?.length) return html``;
  return html`${report.frameworks.map((framework) => html`<section id="${controlAnchor(framework.id)}" class="controls">
  <h2>${framework.name} <span class="sub">${framework.version}</span></h2>
  <p>${framework.score.percent.toFixed(0)}%: ${framework.score.passed.toLocaleString('en-US')} of ${framework.score.total.toLocaleString('en-US')} controls pass. A control passes when every finding of its rules passes (or is not applicable); unknown and manual controls count as not passing.</p>
  <table class="grid controls"><thead><tr><th>Control</th><th>Status</th><th>Findings</th><th>Rules</th></tr></thead><tbody>${framework.controls.map((c) => renderControl(framework.id, c, grouped))}</tbody></table>
  ${renderScopes('By subscription', framework.bySubscription.map((s) => ({ name: s.name ?? s.id, id: s.id, score: s.score })))}
  ${renderScopes('By cluster', framework.byCluster)}
</section>`)}`;
}

function renderControl(frameworkId: string, c: ControlPosture, grouped: ReadonlySet<string>): Html {
  const { counts } = c;
  const segments: Segment[] = [
    { value: counts.fail, tone: 'st-fail', label: 'fail' },
    { value: counts.unknown, tone: 'st-unknown', label: 'unknown' },
    { value: counts.waived, tone: 'st-waived', label: 'waived' },
    { value: counts.notApplicable, tone: 'st-not-applicable', label: 'not applicable' },
    { value: counts.pass, tone: 'st-pass', label: 'pass' },
  ];
  return html`<tr data-control="${controlKey(frameworkId, c.id)}"><td><strong>${c.id}</strong> ${c.title}<div class="sub">${c.section}</div></td><td><span class="badge st-${c.status}">${CONTROL_STATUS_LABEL[c.status]}</span>${c.reason ? html`<div class="sub">${c.reason}</div>` : ''}</td><td>${c.rules.length ? stackedBar(segments) : html`<span class="sub">assessed by hand</span>`}</td><td>${c.rules.map((r, i) => html`${i ? ', ' : ''}${grouped.has(r) ? html`<a href="#${ruleAnchor(r)}"><code>${r}</code></a>` : html`<code>${r}</code>`}`)}</td></tr>`;
}

function renderScopes(title: string, scopes: { id: string; name: string; score: Score }[]): Html | '' {
  if (scopes.length === 0) return '';
  const worst = scopes.toSorted((a, b) => a.score.percent - b.score.percent || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const row = (s: { id: string; name: string; score: Score }) => html`<tr><td><strong>${s.name}</strong>${s.name === s.id ? '' : html`<div class="rid"><code>${s.id}</code></div>`}</td><td class="num">${s.score.percent.toFixed(0)}%</td><td>${stackedBar([{ value: s.score.passed, tone: 'st-pass', label: 'passing' }, { value: s.score.total - s.score.passed, tone: 'st-fail', label: 'not passing' }], 120)}</td></tr>`;
  const head = html`<thead><tr><th>${title.replace('By ', '')}</th><th class="num">Score</th><th>Controls</th></tr></thead>`;
  const rest = worst.slice(SCOPE_LIMIT);
  return html`<h3>${title} (${scopes.length.toLocaleString('en-US')}), lowest score first</h3>
  <table class="grid scopes">${head}<tbody>${worst.slice(0, SCOPE_LIMIT).map(row)}</tbody></table>
  ${rest.length ? html`<details class="more"><summary>${rest.length.toLocaleString('en-US')} more</summary><table class="grid scopes">${head}<tbody>${rest.map(row)}</tbody></table></details>` : ''}`;
}
