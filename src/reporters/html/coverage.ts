import type { ScanReport } from '../../engine/report.ts';
import type { Source } from '../../state/snapshot.ts';
import { html, type Html } from './escape.ts';
import { externalLink, timestamp } from './parts.ts';

/**
 * What the scan could and could not see. Problems are listed in full; sources read
 * completely are collapsed, since an estate can have thousands of them.
 */
export function renderCoverage(report: ScanReport): Html {
  const problems = report.sources.filter((s) => s.status !== 'ok').sort((a, b) => (a.status === b.status ? 0 : a.status === 'failed' ? -1 : 1));
  const ok = report.sources.filter((s) => s.status === 'ok');
  return html`<section id="coverage">
  <h2>Coverage</h2>
  <h3>Sources</h3>
  <p>${report.sources.length.toLocaleString('en-US')} source(s): <span class="t-ok">${ok.length} ok</span>, <span class="t-partial">${withStatus(report.sources, 'partial')} partial</span>, <span class="t-failed">${withStatus(report.sources, 'failed')} failed</span>.</p>
  ${problems.length ? sourceTable(problems) : html`<p class="ok-note">Every source was read completely.</p>`}
  ${ok.length ? html`<details class="more"><summary>Sources read completely (${ok.length.toLocaleString('en-US')})</summary>${sourceTable(ok)}</details>` : ''}
  ${unreadKinds(report.sources)}
  <h3>Unrecognized resource types</h3>
  ${report.unrecognized.length
    ? html`<details class="more"><summary>${report.unrecognized.reduce((n, u) => n + u.count, 0).toLocaleString('en-US')} resource(s) of ${report.unrecognized.length} type(s) that no rule reads: counted, not evaluated</summary>
  <table class="grid"><thead><tr><th>Type</th><th class="num">Count</th></tr></thead><tbody>${report.unrecognized.map((u) => html`<tr><td><code>${u.type}</code></td><td class="num">${u.count.toLocaleString('en-US')}</td></tr>`)}</tbody></table></details>`
    : html`<p class="ok-note">None: every resource in the inputs was of a type the scanner reads.</p>`}
  ${managedComponents(report)}
  <h3>Rule crashes</h3>
  ${report.crashes.length
    ? html`<p class="alert">These rules threw an error; their other findings are kept, and the scan exits with code 2.</p>
  <table class="grid"><thead><tr><th>Rule</th><th>Error</th></tr></thead><tbody>${report.crashes.map((c) => html`<tr><td><code>${c.ruleId}</code></td><td class="msg">${c.message}</td></tr>`)}</tbody></table>`
    : html`<p class="ok-note">None: every rule ran to completion.</p>`}
</section>`;
}

/** Findings on what AKS manages, and the config the scan ran with: what was judged, and what was set apart. */
function managedComponents(report: ScanReport): Html {
  const { mode, findings, resources } = report.managed;
  const config = report.config.file === null ? html`no config file (every rule)` : html`config <code>${report.config.file}</code>, extends <code>${report.config.extends}</code>`;
  const count = (n: number, what: string) => `${n.toLocaleString('en-US')} ${what}${n === 1 ? '' : 's'}`;
  return html`<h3>AKS-managed components</h3>
  <p class="managed">${mode === 'apart'
    ? html`${count(findings, 'failing or unknown finding')} on ${count(resources, 'AKS-managed resource')} set apart as not applicable: AKS, not you, owns them (its labels, the add-on manager's, kube-system system components); each finding says why. <code>managedComponents: judge</code> judges them as any other.`
    : html`${count(resources, 'AKS-managed resource')} judged as any other (<code>managedComponents: judge</code>).`} Policy: ${config}.</p>`;
}

/** Dated reference data (the AKS support calendar): a verdict is only as current as these. */
export function renderReferences(report: ScanReport): Html {
  return html`<section id="references">
  <h2>Reference data</h2>
  ${report.references.length
    ? html`<table class="grid"><thead><tr><th>Reference</th><th>Source</th><th>As of</th></tr></thead><tbody>${report.references.map((r) => html`<tr><td>${r.name}</td><td>${externalLink(r.source)}</td><td>${timestamp(r.asOf)}</td></tr>`)}</tbody></table>`
    : html`<p class="ok-note">No dated reference data was used by the rules that ran.</p>`}
</section>`;
}

function sourceTable(sources: Source[]): Html {
  return html`<table class="grid sources"><thead><tr><th>Status</th><th>Kind</th><th>Target</th><th>Code</th><th>Message</th><th class="num">Resources</th></tr></thead><tbody>${sources.map(
    (s) => html`<tr><td><span class="badge cov-${s.status}">${s.status}</span></td><td>${s.kind}</td><td><code>${s.target}</code></td><td>${s.code ? html`<code>${s.code}</code>` : ''}</td><td class="msg">${s.message}</td><td class="num">${s.resources.toLocaleString('en-US')}</td></tr>`,
  )}</tbody></table>`;
}

/** Kubernetes kinds a source did not give: rules that need them answered unknown for that cluster. */
function unreadKinds(sources: Source[]): Html | string {
  const rows = sources.flatMap((s) => {
    const byReason = new Map<string, { code: string; reason: string; kinds: string[] }>();
    for (const u of s.unread ?? []) {
      const key = `${u.code}\u0000${u.reason}`;
      const row = byReason.get(key) ?? { code: u.code, reason: u.reason, kinds: [] };
      row.kinds.push(u.kind);
      byReason.set(key, row);
    }
    return [...byReason.values()].map((row) => ({ target: s.target, ...row }));
  });
  if (!rows.length) return '';
  return html`<h3>Kubernetes kinds not read</h3>
  <p>Rules that need these kinds answer <em>unknown</em> for the cluster, never pass.</p>
  <table class="grid unread"><thead><tr><th>Source</th><th>Code</th><th>Reason</th><th>Kinds</th></tr></thead><tbody>${rows.map(
    (r) => html`<tr><td><code>${r.target}</code></td><td><code>${r.code}</code></td><td class="msg">${r.reason}</td><td>${r.kinds.join(', ')}</td></tr>`,
  )}</tbody></table>`;
}

function withStatus(sources: Source[], status: Source['status']): number {
  return sources.filter((s) => s.status === status).length;
}
