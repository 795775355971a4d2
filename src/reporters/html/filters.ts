import { createHash } from 'node:crypto';
import type { ScanReport } from '../../engine/report.ts';
import { SEVERITIES } from '../../engine/severity.ts';
import { html, trusted, type Html } from './escape.ts';
import { controlKey, FACET_SEPARATOR } from './facets.ts';
import { LISTED } from './group.ts';
import { STATUS_LABEL } from './parts.ts';

/**
 * Narrows the page to what one reader owns: findings (and the named-only lists), cluster cards and
 * framework controls by severity, status, control, subscription, cluster and text. Entries carry
 * what they are matched on in `data-` attributes (findings.ts, clusters.ts, controls.ts); a group,
 * whose control is its rule's, hides when none of its entries is left. The bar is hidden until this
 * runs, so a page opened without script shows no dead controls. Written as a string: it is the
 * one script the page runs, allowed by its hash (CONTENT_SECURITY_POLICY) and never by `'unsafe-inline'`.
 */
export const FILTER_SCRIPT = `(() => {
  const bar = document.getElementById('filters');
  if (!bar) return;
  bar.hidden = false;
  const out = bar.querySelector('output');
  const has = (el, key, want) => !want || (el.dataset[key] || '').split(${JSON.stringify(FACET_SEPARATOR)}).includes(want);
  const apply = () => {
    const want = {};
    for (const field of bar.querySelectorAll('select')) want[field.name] = field.value;
    const text = bar.querySelector('input').value.trim().toLowerCase();
    const says = (el) => !text || el.textContent.toLowerCase().includes(text);
    const fits = (el, keys) => keys.every((key) => has(el, key, want[key]));
    const keys = ['severity', 'status', 'subscription', 'cluster'];
    let shown = 0;
    for (const group of document.querySelectorAll('article.group')) {
      const titled = says(group.querySelector('header'));
      const judged = has(group, 'control', want.control);
      let any = false;
      for (const entry of group.querySelectorAll('[data-status]')) {
        entry.hidden = !(judged && fits(entry, keys) && (titled || says(entry)));
        if (!entry.hidden) { any = true; shown++; }
      }
      group.hidden = !any;
    }
    for (const card of document.querySelectorAll('#clusters [data-cluster]')) card.hidden = !(fits(card, ['subscription', 'cluster']) && says(card));
    for (const row of document.querySelectorAll('tr[data-control]')) row.hidden = !(has(row, 'control', want.control) && says(row));
    const active = text || Object.values(want).some(Boolean);
    out.textContent = active ? 'Findings matching: ' + shown : '';
  };
  bar.addEventListener('input', apply);
  bar.addEventListener('change', apply);
  bar.querySelector('button').addEventListener('click', () => {
    for (const field of bar.querySelectorAll('select, input')) field.value = '';
    apply();
  });
})();`;

/** For the page's Content-Security-Policy: this script, and no other, may run. */
export const FILTER_SCRIPT_HASH = `sha256-${createHash('sha256').update(FILTER_SCRIPT).digest('base64')}`;

export function renderFilterScript(): Html {
  return html`<script>${trusted(FILTER_SCRIPT)}</script>`;
}

/** The filter bar: one select per facet with the values the page holds, and a text search. */
export function renderFilters(report: ScanReport): Html {
  const subscriptions = new Set<string>();
  for (const c of report.clusters) if (c.subscriptionId) subscriptions.add(c.subscriptionId);
  for (const f of report.findings) if (LISTED.has(f.status) && f.resource.subscriptionId) subscriptions.add(f.resource.subscriptionId);
  const clusters = [...new Set(report.clusters.map((c) => c.name))].sort();
  const controls = (report.frameworks ?? []).flatMap((fw) => fw.controls.map((c) => ({ value: controlKey(fw.id, c.id), label: `${fw.name} ${c.id}: ${c.title}` })));
  return html`<div id="filters" class="filters" role="search" aria-label="Filter the report" hidden>
  ${select('severity', 'Severity', SEVERITIES.map((s) => ({ value: s, label: s })))}
  ${select('status', 'Status', [...LISTED].map((s) => ({ value: s, label: STATUS_LABEL[s] })))}
  ${controls.length ? select('control', 'Control', controls) : ''}
  ${subscriptions.size ? select('subscription', 'Subscription', [...subscriptions].sort().map((s) => ({ value: s, label: s }))) : ''}
  ${clusters.length ? select('cluster', 'Cluster', clusters.map((c) => ({ value: c, label: c }))) : ''}
  <label>Search <input type="search" name="text" placeholder="name, id, message…"></label>
  <button type="button">Clear</button>
  <output aria-live="polite"></output>
</div>`;
}

function select(name: string, label: string, options: { value: string; label: string }[]): Html {
  return html`<label>${label} <select name="${name}"><option value="">All</option>${options.map((o) => html`<option value="${o.value}">${o.label}</option>`)}</select></label>`;
}
