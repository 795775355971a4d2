import type { BaselineComparison, FixedFinding } from '../../engine/report.ts';
import { html, type Html } from './escape.ts';
import { severityBadge } from './parts.ts';

const FIXED_NOW: Record<FixedFinding['now'], string> = { pass: 'passes', 'not-applicable': 'not applicable', absent: 'no longer reported' };

/** With `--baseline`: what this scan adds to the baseline's failures and what it fixed; findings in the list carry a "new" badge. */
export function renderBaseline(baseline: BaselineComparison | undefined): Html | '' {
  if (!baseline) return '';
  const { counts, fixed } = baseline;
  return html`<section id="baseline">
  <h2>Against the baseline</h2>
  <p>Compared with <code>${baseline.file}</code> (${baseline.format === 'sarif' ? 'SARIF, which holds failures only (and waived ones): only those are compared' : 'JSON report'}): <strong>${counts.new.toLocaleString('en-US')} new failure(s)</strong>, ${counts.existing.toLocaleString('en-US')} existing, ${counts.fixed.toLocaleString('en-US')} fixed.</p>
  ${fixed.length
    ? html`<details class="more"><summary>Fixed: the baseline's failures that no longer fail (${fixed.length.toLocaleString('en-US')})</summary>
  <table class="grid"><thead><tr><th>Severity</th><th>Rule</th><th>Resource</th><th>Finding in the baseline</th><th>Now</th></tr></thead><tbody>${fixed.map((f) => html`<tr><td>${severityBadge(f.severity)}</td><td><code>${f.ruleId}</code></td><td><strong>${f.resource.name}</strong>${f.part ? html` <span class="part">${f.part}</span>` : ''}<div class="rid"><code>${f.resource.id}</code></div></td><td class="msg">${f.message}</td><td>${FIXED_NOW[f.now]}</td></tr>`)}</tbody></table></details>`
    : ''}
</section>`;
}
