import type { Evidence, Finding, Status } from '../../engine/finding.ts';
import type { RuleReport, ScanReport } from '../../engine/report.ts';
import { PEER_NAMES } from '../../engine/catalogue.ts';
import { html, type Html } from './escape.ts';
import type { FindingGroup } from './group.ts';
import type { ResourceRef } from '../../state/resource.ts';
import { placeOf } from '../location.ts';
import { externalLink, jsonText, NEW_BADGE, severityBadge, statusBadge, STATUS_LABEL } from './parts.ts';
import { renderWaiverNote } from './waivers.ts';
import { FACET_SEPARATOR, type Facets } from './facets.ts';
import type { Severity } from '../../engine/severity.ts';

/** Passing and not-applicable resources named per rule before "and N more": the JSON report has them all. */
export const SAMPLE_LIMIT = 50;

/** Failing, unknown or waived findings shown in full per rule; the rest are named. */
export const DETAIL_LIMIT = 50;

/** Findings named per rule past those in full; the JSON and CSV reports have every one. */
export const NAME_LIMIT = 1000;

/** Rule by rule: the largest section, written a group at a time. */
export function* renderFindings(groups: FindingGroup[], facets: Facets): Generator<string> {
  yield html`<section id="findings">
  <h2>Findings to act on</h2>
  ${groups.length ? '' : html`<p class="ok-note">No failing, unknown or waived findings.</p>`}`.text;
  for (const group of groups) yield renderGroup(group, facets).text;
  yield '\n</section>\n';
}

function renderGroup(group: FindingGroup, facets: Facets): Html {
  const { rule } = group;
  const open = group.findings.filter((f) => f.status !== 'waived');
  const waived = group.findings.filter((f) => f.status === 'waived');
  const fails = open.filter((f) => f.status === 'fail').length;
  const fresh = open.filter((f) => f.status === 'fail' && f.baseline === 'new').length;
  return html`<article class="group sev-edge-${rule.severity}" id="${group.anchor}" data-control="${facets.controls(rule.id)}">
  <header><h3>${severityBadge(rule.severity)} <span class="title">${rule.title}</span></h3>
  <p class="sub"><code>${rule.id}</code> · ${fails} failing${fresh ? ` (${fresh} new)` : ''}, ${open.length - fails} unknown${waived.length ? `, ${waived.length} waived` : ''}</p></header>
  ${renderGuidance(rule)}
  ${renderList(open, facets)}
  ${waived.length ? html`<details class="more"><summary>Waived (${waived.length.toLocaleString('en-US')})</summary>${renderList(waived, facets)}</details>` : ''}
</article>`;
}

/**
 * The first findings in full; the rest by name, batched per subscription and resource group,
 * so 10,000 failing clusters stay a page a browser opens in seconds. The JSON report has the
 * evidence of every one.
 */
function renderList(findings: Finding[], facets: Facets): Html {
  const rest = findings.slice(DETAIL_LIMIT);
  const named = rest.slice(0, NAME_LIMIT);
  const unnamed = rest.length - named.length;
  return html`<ol class="findings">${findings.slice(0, DETAIL_LIMIT).map((f) => renderFinding(f, facets))}</ol>
  ${rest.length ? html`<details class="more"><summary>${rest.length.toLocaleString('en-US')} more, named only (evidence in the JSON report)</summary><ul class="names">${batches(named).map((batch) => renderBatch(batch, facets))}${unnamed > 0 ? html`<li class="sub">and ${unnamed.toLocaleString('en-US')} more (the JSON and CSV reports list every one)</li>` : ''}</ul></details>` : ''}`;
}

/** Runs of findings with the same status, subscription and resource group (the list is sorted that way). */
function batches(findings: Finding[]): Finding[][] {
  const out: Finding[][] = [];
  let last: Finding[] | undefined;
  for (const f of findings) {
    if (last && sameBatch(last[0]!, f)) last.push(f);
    else out.push((last = [f]));
  }
  return out;
}

function sameBatch(a: Finding, b: Finding): boolean {
  return a.status === b.status && a.severity === b.severity && a.resource.subscriptionId === b.resource.subscriptionId && (a.resource.resourceGroup ?? '') === (b.resource.resourceGroup ?? '');
}

function renderBatch(batch: Finding[], facets: Facets): Html {
  const { status, severity, resource } = batch[0]!;
  const clusters = [...new Set(batch.flatMap((f) => facets.clusters(f.resource).split(FACET_SEPARATOR)))].join(FACET_SEPARATOR);
  return html`<li${facetAttributes(status, severity, resource.subscriptionId, clusters)}>${statusBadge(status)} <span class="sub">subscription <code>${resource.subscriptionId}</code>${resource.resourceGroup ? html` · resource group <code>${resource.resourceGroup}</code>` : ''}:</span> ${batch.map((f, i) => html`${i ? ', ' : ''}<strong>${f.resource.name}</strong>${f.part ? html` <span class="part">${f.part}</span>` : ''}${f.baseline === 'new' ? html` ${NEW_BADGE}` : ''}`)}</li>`;
}

/** What the rule asks and how to fix it: said once per rule, not per finding. */
function renderGuidance(rule: RuleReport): Html {
  const { remediation, compliance } = rule;
  const equivalents = Object.entries(rule.equivalents).filter(([, ids]) => ids && ids.length);
  return html`<div class="guidance">
  <p class="fix"><strong>Fix:</strong> ${remediation.summary}</p>
  ${remediation.cli ? html`<details><summary>Azure CLI</summary><pre tabindex="0"><code>${remediation.cli}</code></pre></details>` : ''}
  ${remediation.terraform ? html`<details><summary>Terraform</summary><pre tabindex="0"><code>${remediation.terraform}</code></pre></details>` : ''}
  ${remediation.manifest ? html`<details><summary>Kubernetes manifest</summary><pre tabindex="0"><code>${remediation.manifest}</code></pre></details>` : ''}
  <dl class="refs">
    <div><dt>Docs</dt><dd>${externalLink(rule.docs)}</dd></div>
    ${compliance.cisAks?.length ? html`<div><dt>CIS AKS</dt><dd>${compliance.cisAks.join(', ')}</dd></div>` : ''}
    ${compliance.mcsb?.length ? html`<div><dt>MCSB</dt><dd>${compliance.mcsb.join(', ')}</dd></div>` : ''}
    ${equivalents.length ? html`<div><dt>Peers</dt><dd>${equivalents.map(([tool, ids]) => html`<span class="peer">${PEER_NAMES[tool] ?? tool}: ${ids!.join(', ')}</span> `)}</dd></div>` : ''}
  </dl>
</div>`;
}

/** What the page's filters match an entry on (filters.ts). */
function facetAttributes(status: Status, severity: Severity, subscription: string | null, clusters: string): Html {
  return html` data-status="${status}" data-severity="${severity}" data-subscription="${subscription ?? ''}" data-cluster="${clusters}"`;
}

function renderFinding(f: Finding, facets: Facets): Html {
  const r = f.resource;
  return html`<li class="finding st-edge-${f.status}"${facetAttributes(f.status, f.severity, r.subscriptionId, facets.clusters(r))}>
  <div class="f-head">${statusBadge(f.status)} ${severityBadge(f.severity)}${f.baseline === 'new' ? html` ${NEW_BADGE}` : ''} <strong class="name">${r.name}</strong>${f.part ? html` <span class="part">${f.part}</span>` : ''}</div>
  <div class="where">${where(r)}</div>
  <div class="rid"><code>${r.id}</code></div>
  <p class="msg">${f.message}</p>
  ${f.waiver ? renderWaiverNote(f.waiver) : ''}
  ${f.evidence.length ? renderEvidence(f.evidence) : ''}
  ${renderOrigin(f)}
</li>`;
}

/** Where the resource sits: its parent (a pool's cluster), subscription and resource group, as far as the source says. */
function where(r: ResourceRef): Html[] {
  const parts = [
    ...(r.parent ? [html`part of <strong>${r.parent.name}</strong>`] : []),
    ...(r.subscriptionId ? [html`subscription <code>${r.subscriptionId}</code>`] : []),
    ...(r.resourceGroup ? [html`resource group <code>${r.resourceGroup}</code>`] : []),
  ];
  return parts.map((p, i) => html`${i ? ' · ' : ''}${p}`);
}

/** The file and line to change (the field's own when known), or the file the resource was read from. */
function renderOrigin(f: Finding): Html | '' {
  const place = placeOf(f);
  if (place) return html`<div class="origin">at ${place.file}:${place.line}</div>`;
  const { file, pointer } = f.origin;
  return file ? html`<div class="origin">read from ${file}${pointer ? html` <code>${pointer}</code>` : ''}</div>` : '';
}

function renderEvidence(evidence: Evidence[]): Html {
  return html`<table class="evidence"><thead><tr><th>Path</th><th>Value</th><th>Note</th></tr></thead><tbody>${evidence.map(
    (e) => html`<tr><td><code>${e.path}</code></td><td><code class="value${e.value === null ? ' null' : ''}">${jsonText(e.value)}</code></td><td>${e.note}</td></tr>`,
  )}</tbody></table>`;
}

/** Passes and not-applicable verdicts: counted per rule, with the first resources named. */
export function renderPasses(report: ScanReport): Html {
  const byRule = new Map<string, Record<'pass' | 'not-applicable', Finding[]>>();
  for (const f of report.findings) {
    if (f.status !== 'pass' && f.status !== 'not-applicable') continue;
    let lists = byRule.get(f.ruleId);
    if (!lists) byRule.set(f.ruleId, (lists = { pass: [], 'not-applicable': [] }));
    lists[f.status].push(f);
  }
  const rows = report.rules.flatMap((rule) => {
    const ofRule = byRule.get(rule.id);
    const lists = (['pass', 'not-applicable'] as const).map((status) => ({ status, findings: ofRule?.[status] ?? [] })).filter((l) => l.findings.length);
    return lists.length ? [{ rule, lists }] : [];
  });
  return html`<section id="passes">
  <h2>Passed and not applicable</h2>
  ${rows.length
    ? html`<p>Counted per rule; the first ${SAMPLE_LIMIT} resources of each are named. The JSON report lists every finding.</p>
  ${rows.map(({ rule, lists }) => html`<details class="more"><summary><code>${rule.id}</code> · ${lists.map((l) => `${l.findings.length.toLocaleString('en-US')} ${STATUS_LABEL[l.status].toLowerCase()}`).join(', ')}</summary>${lists.map((l) => sample(l.status, l.findings))}</details>`)}`
    : html`<p>No passing or not-applicable findings.</p>`}
</section>`;
}

function sample(status: Status, findings: Finding[]): Html {
  const more = findings.length - SAMPLE_LIMIT;
  return html`<h4>${STATUS_LABEL[status]}</h4><ul class="sample">${findings.slice(0, SAMPLE_LIMIT).map(
    (f) => html`<li><strong>${f.resource.name}</strong>${f.part ? html` <span class="part">${f.part}</span>` : ''} <span class="sub">${f.resource.resourceGroup ?? ''}</span> — ${f.message}</li>`,
  )}${more > 0 ? html`<li class="sub">and ${more.toLocaleString('en-US')} more</li>` : ''}</ul>`;
}
