import { STATUSES } from '../../engine/finding.ts';
import type { ScanReport } from '../../engine/report.ts';
import { SEVERITIES } from '../../engine/severity.ts';
import { html, type Html } from './escape.ts';
import { ruleAnchor } from './group.ts';
import { count, countsByRule, emptyCounts, severityBadge, STATUS_LABEL, timestamp } from './parts.ts';

/** Inputs named in the header; the coverage section lists every source. */
const HEADER_INPUTS = 8;

export function renderHeader(report: ScanReport): Html {
  const targets = report.sources.map((s) => s.target);
  const more = targets.length - HEADER_INPUTS;
  return html`<header class="top">
  <h1>AKS audit report</h1>
  <dl class="meta">
    <div><dt>Tool</dt><dd>${report.tool.name} ${report.tool.version}</dd></div>
    <div><dt>Generated</dt><dd>${timestamp(report.generatedAt)}</dd></div>
    <div><dt>Judged as of</dt><dd>${timestamp(report.asOf)}</dd></div>
    <div><dt>Resources</dt><dd>${report.summary.resources.toLocaleString('en-US')}</dd></div>
    <div class="wide"><dt>Inputs</dt><dd>${targets.length === 0 ? 'none' : html`<ul class="inputs">${targets.slice(0, HEADER_INPUTS).map((t) => html`<li><code>${t}</code></li>`)}${more > 0 ? html`<li>and ${more.toLocaleString('en-US')} more (see <a href="#coverage">Coverage</a>)</li>` : ''}</ul>`}</dd></div>
  </dl>
</header>`;
}

export function renderSummary(report: ScanReport): Html {
  const { byStatus, failuresBySeverity } = report.summary;
  const total = STATUSES.reduce((n, s) => n + byStatus[s], 0);
  const degraded = report.sources.some((s) => s.status !== 'ok') || report.crashes.length > 0;
  return html`<section id="summary">
  <h2>Summary</h2>
  ${degraded ? html`<p class="alert">This scan is incomplete: ${report.sources.filter((s) => s.status !== 'ok').length} source(s) could not be read completely and ${report.crashes.length} rule(s) crashed. See <a href="#coverage">Coverage</a>.</p>` : ''}
  <h3>Failures by severity</h3>
  <ul class="cards">${SEVERITIES.map((sev) => html`<li class="card sev-${sev}${failuresBySeverity[sev] === 0 ? ' none' : ''}"><span class="big">${failuresBySeverity[sev].toLocaleString('en-US')}</span><span class="label">${sev}</span></li>`)}</ul>
  <h3>Findings by status</h3>
  <div class="bar" aria-hidden="true">${STATUSES.filter((s) => byStatus[s] > 0).map((s) => html`<span class="st-${s}" style="width:${((byStatus[s] / total) * 100).toFixed(2)}%"></span>`)}</div>
  <ul class="statuses">${STATUSES.map((s) => html`<li><span class="dot st-${s}"></span>${STATUS_LABEL[s]} <strong>${byStatus[s].toLocaleString('en-US')}</strong></li>`)}</ul>
</section>`;
}

/** Every rule that ran, with its findings per status: the only place passes are counted per rule. */
export function renderRuleTable(report: ScanReport, grouped: ReadonlySet<string>): Html {
  const counts = countsByRule(report.findings);
  const crashed = new Set(report.crashes.map((c) => c.ruleId));
  return html`<section id="rules">
  <h2>Rules</h2>
  <table class="grid rules">
    <thead><tr><th>Rule</th><th>Severity</th>${STATUSES.map((s) => html`<th class="num">${STATUS_LABEL[s]}</th>`)}</tr></thead>
    <tbody>${report.rules.map((rule) => {
      const c = counts.get(rule.id) ?? emptyCounts();
      const id = grouped.has(rule.id) ? html`<a href="#${ruleAnchor(rule.id)}"><code>${rule.id}</code></a>` : html`<code>${rule.id}</code>`;
      return html`<tr><td>${id}${crashed.has(rule.id) ? html` <span class="badge crash">crashed</span>` : ''}<div class="sub">${rule.title}</div></td><td>${severityBadge(rule.severity)}</td>${STATUSES.map((s) => html`<td class="num st-cell-${s}">${count(c[s])}</td>`)}</tr>`;
    })}</tbody>
  </table>
</section>`;
}
