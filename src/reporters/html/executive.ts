import type { FrameworkPosture, ReportHistory, RecordedFinding, ScanReport } from '../../engine/report.ts';
import { html, type Html } from './escape.ts';
import { controlAnchor, controlSegments } from './controls.ts';
import { severityBadge } from './parts.ts';
import { lineChart, stackedBar } from './svg.ts';

/** Findings named under "worse since the last run"; the history has them all. */
export const WORSE_LIMIT = 50;

/**
 * The page's first screen, for whoever reads only that: the score against each framework, its
 * trend over the runs kept, what got worse since the last run, and the waivers about to lapse.
 * The framework and history parts are there only when the scan had them.
 */
export function renderExecutive(report: ScanReport): Html {
  const { frameworks, history } = report;
  return html`<section id="executive">
  <h2>Executive summary</h2>
  ${frameworks?.length ? html`<ul class="scores">${frameworks.map(renderScore)}</ul>` : ''}
  ${history
    ? // Side by side, so the first screen holds the trend, what got worse and the waivers about to lapse.
      html`<div class="glance"><div>${renderTrend(history, frameworks ?? [])}</div><div>${renderWorse(history)}${renderExpiring(report)}</div></div>`
    : renderExpiring(report)}
</section>`;
}

function renderScore(framework: FrameworkPosture): Html {
  const { score } = framework;
  const segments = controlSegments(framework.controls);
  return html`<li class="score"><a href="#${controlAnchor(framework.id)}"><span class="name">${framework.name}</span> <span class="sub">${framework.version}</span></a>
  <span class="big">${score.percent.toFixed(0)}%</span>
  <span class="sub">${score.passed.toLocaleString('en-US')} of ${score.total.toLocaleString('en-US')} controls pass (${score.evaluated.toLocaleString('en-US')} evaluated)</span>
  ${stackedBar(segments, 220)}
  <span class="sub">${segments.filter((s) => s.value > 0).map((s) => `${s.value.toLocaleString('en-US')} ${s.label}`).join(' · ')}</span></li>`;
}

function renderTrend(history: ReportHistory, frameworks: FrameworkPosture[]): Html | '' {
  const { runs } = history;
  if (runs.length < 2) return '';
  const dates = runs.map((r) => r.asOf.slice(0, 10));
  const chart = frameworks.length
    ? lineChart(`Score over the last ${runs.length} runs`, frameworks.map((f) => ({ name: f.name, values: runs.map((r) => r.scores[f.id] ?? null) })), dates, 100, '%')
    : lineChart(`Failures over the last ${runs.length} runs`, [{ name: 'Failures', values: runs.map((r) => r.failures) }], dates, Math.max(...runs.map((r) => r.failures)));
  return html`<h3>Trend</h3>
  <figure class="trend">${chart}
  <figcaption>${frameworks.length ? frameworks.map((f, i) => html`<span class="key s${i % 4}">${f.name}</span> `) : 'Failing findings per run'} · ${runs.length} runs from ${dates[0]} to ${dates.at(-1)}</figcaption></figure>`;
}

function renderWorse(history: ReportHistory): Html {
  const { sincePrevious } = history;
  const worse = [...sincePrevious.new.map((f) => ({ f, change: 'new' })), ...sincePrevious.regressed.map((f) => ({ f, change: 'regressed' }))];
  const previous = history.runs.at(-2)?.asOf.slice(0, 10);
  return html`<h3>Since the last run${previous ? html` (${previous})` : ''}</h3>
  <p><strong>${sincePrevious.new.length.toLocaleString('en-US')} new failure(s)</strong>, ${sincePrevious.regressed.length.toLocaleString('en-US')} regressed, ${sincePrevious.fixed.length.toLocaleString('en-US')} fixed.</p>
  ${worse.length
    ? html`<table class="grid worse"><thead><tr><th>Severity</th><th>Rule</th><th>Resource</th><th>Finding</th><th>Change</th><th>Failing since</th></tr></thead><tbody>${worse.slice(0, WORSE_LIMIT).map(({ f, change }) => renderWorseRow(f, change, history.openSince[f.fingerprint]))}</tbody></table>
  ${worse.length > WORSE_LIMIT ? html`<p class="sub">and ${(worse.length - WORSE_LIMIT).toLocaleString('en-US')} more (the findings below are all of them)</p>` : ''}`
    : html`<p class="ok-note">Nothing got worse.</p>`}`;
}

function renderWorseRow(f: RecordedFinding, change: string, since: string | undefined): Html {
  return html`<tr><td>${severityBadge(f.severity)}</td><td><code>${f.ruleId}</code></td><td><strong title="${f.resource.id}">${f.resource.name}</strong>${f.part ? html` <span class="part">${f.part}</span>` : ''}</td><td class="msg">${f.message}</td><td>${change}</td><td>${since ? since.slice(0, 10) : ''}</td></tr>`;
}

function renderExpiring(report: ScanReport): Html {
  const soon = report.waivers.expiringSoon;
  return html`<h3>Waivers expiring within 30 days (${soon.length})</h3>
  ${soon.length
    ? html`<table class="grid"><thead><tr><th>Expires</th><th>Rule</th><th>Resource</th><th>Owner</th><th>Reason</th></tr></thead><tbody>${soon.toSorted((a, b) => (a.expires ?? '').localeCompare(b.expires ?? '')).map((w) => html`<tr><td>${w.expires}</td><td>${w.rule ? html`<code>${w.rule}</code>` : '(none)'}</td><td><code>${w.resource}</code></td><td>${w.owner ?? '(none)'}</td><td class="msg">${w.reason ?? '(none)'}</td></tr>`)}</tbody></table>`
    : html`<p class="ok-note">None: see <a href="#waivers">Waivers</a> for every waiver declared.</p>`}`;
}
