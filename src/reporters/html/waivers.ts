import type { Waiver, WaiverPlace } from '../../engine/finding.ts';
import type { ScanReport } from '../../engine/report.ts';
import type { DeclaredWaiver } from '../../engine/waivers.ts';
import { WAIVER_KIND, waiverLocation } from '../waiver-place.ts';
import { html, type Html } from './escape.ts';

/**
 * Waivers: the accepted exceptions and what became of each, so expired, unused and invalid ones
 * are seen and cleaned up, and a finding card says which waiver covers it and where it is written.
 */
export function renderWaivers(report: ScanReport): Html {
  const w = report.waivers;
  return html`<section id="waivers">
  <h2>Waivers</h2>
  <p>${w.declared.toLocaleString('en-US')} declared: ${w.applied.length} applied, ${w.expired.length} expired, ${w.unused.length} unused, ${w.invalid.length} invalid; ${w.expiringSoon.length} expiring within 30 days of ${report.asOf.slice(0, 10)}.</p>
  ${w.declared === 0 ? html`<p class="ok-note">No waiver was declared: in the config file (waivers.entries), a Terraform comment (<code># aks-audit:waive &lt;rule&gt; reason="…"</code>) or a Kubernetes annotation (<code>aks-audit.dev/waive.&lt;rule&gt;</code>).</p>` : ''}
  ${table('Expired: the failures fail again', 'alert', w.expired, (e) => html`${e.findings.toLocaleString('en-US')} failure(s)${e.resources.length ? html`: ${e.resources.slice(0, 5).map((r, i) => html`${i ? ', ' : ''}<code>${r}</code>`)}${e.resources.length > 5 ? ` and ${e.resources.length - 5} more` : ''}` : ''}`)}
  ${table('Invalid: not applied', 'alert', w.invalid, (e) => e.problem)}
  ${table('Expiring within 30 days', '', w.expiringSoon, () => '')}
  ${table('Unused: they waive nothing', '', w.unused, (e) => e.why)}
  ${table('Applied', '', w.applied, (e) => `${e.findings.toLocaleString('en-US')} failure(s) waived`)}
</section>`;
}

function table<T extends DeclaredWaiver>(title: string, tone: string, rows: T[], outcome: (row: T) => Html | string): Html | '' {
  if (rows.length === 0) return '';
  return html`<h3>${title} (${rows.length})</h3>
  <table class="grid waivers${tone ? ` ${tone}` : ''}"><thead><tr><th>Rule</th><th>Resource</th><th>Owner</th><th>Expires</th><th>Reason</th><th>Declared</th><th>Outcome</th></tr></thead><tbody>${rows.map(
    (r) => html`<tr><td>${r.rule ? html`<code>${r.rule}</code>` : '(none)'}</td><td><code>${r.resource}</code></td><td>${r.owner ?? '(none)'}</td><td>${r.expires ?? 'never'}</td><td class="msg">${r.reason ?? '(none)'}${r.ticket ? html` <span class="sub">${r.ticket}</span>` : ''}</td><td>${place(r.declared)}</td><td class="msg">${outcome(r)}</td></tr>`,
  )}</tbody></table>`;
}

/** The waiver a finding carries: who accepted it, until when, why, and where it is written; an expired one says it no longer waives. */
export function renderWaiverNote(waiver: Waiver): Html {
  const who = html`${waiver.owner ? html` by ${waiver.owner}` : ''}${waiver.ticket ? html` (${waiver.ticket})` : ''}`;
  if (waiver.expired) return html`<p class="waiver expired"><strong>Waiver expired</strong> on ${waiver.expires}${who}: it no longer waives this failure. ${waiver.reason} <span class="sub">${place(waiver.declared)}</span></p>`;
  return html`<p class="waiver"><strong>Waived</strong>${who} ${waiver.expires ? html`until ${waiver.expires}` : 'with no expiry'}: ${waiver.reason} <span class="sub">${place(waiver.declared)}</span></p>`;
}

function place(declared: WaiverPlace): Html {
  const at = waiverLocation(declared);
  return html`${WAIVER_KIND[declared.kind]}${at === undefined ? '' : html` <code>${at}</code>`}`;
}
