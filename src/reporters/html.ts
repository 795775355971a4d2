import type { ScanReport } from '../engine/report.ts';
import { renderBaseline } from './html/baseline.ts';
import { renderClusters } from './html/clusters.ts';
import { controlAnchor, renderControls } from './html/controls.ts';
import { renderCoverage, renderReferences } from './html/coverage.ts';
import { html, trusted } from './html/escape.ts';
import { renderExecutive } from './html/executive.ts';
import { Facets } from './html/facets.ts';
import { FILTER_SCRIPT_HASH, renderFilters, renderFilterScript } from './html/filters.ts';
import { renderFindings, renderPasses } from './html/findings.ts';
import { groupFindings } from './html/group.ts';
import { STYLE } from './html/style.ts';
import { renderHeader, renderRuleTable, renderSummary } from './html/summary.ts';
import { renderWaivers } from './html/waivers.ts';

/**
 * Nothing may load: styles are inline, so the page works offline. The one script that runs is the
 * filter bar's, named by its hash, so a hostile string that slipped through escaping still could
 * not run or fetch anything.
 */
export const CONTENT_SECURITY_POLICY = `default-src 'none'; style-src 'unsafe-inline'; script-src '${FILTER_SCRIPT_HASH}'; base-uri 'none'; form-action 'none'`;

/**
 * One self-contained HTML page for people: the executive summary, the framework controls, each
 * cluster's footprint, rules, coverage, references, then what to fix. Written section by section:
 * a report of 1,000 clusters is never one string.
 */
export function* renderHtml(report: ScanReport): Generator<string> {
  const groups = groupFindings(report);
  const grouped = new Set(groups.map((g) => g.rule.id));
  const facets = new Facets(report);
  const frameworks = report.frameworks ?? [];
  yield html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>AKS audit report · ${report.generatedAt}</title>
<style>${trusted(STYLE)}</style>
</head>
<body>
${renderHeader(report)}
<nav class="toc" aria-label="Sections"><a href="#executive">Executive summary</a>${frameworks.map((f) => html`<a href="#${controlAnchor(f.id)}">${f.name}</a>`)}<a href="#summary">Findings summary</a>${report.baseline ? html`<a href="#baseline">Baseline</a>` : ''}${report.clusters.length ? html`<a href="#clusters">By cluster</a>` : ''}<a href="#rules">Rules</a><a href="#coverage">Coverage</a><a href="#waivers">Waivers</a><a href="#references">Reference data</a><a href="#findings">Findings</a><a href="#passes">Passed</a></nav>
${renderFilters(report)}
<main>
${renderExecutive(report)}
`.text;
  yield renderControls(report, grouped).text;
  yield html`${renderSummary(report)}
${renderBaseline(report.baseline)}
`.text;
  yield renderClusters(report).text;
  yield html`${renderRuleTable(report, grouped)}
${renderCoverage(report)}
${renderWaivers(report)}
${renderReferences(report)}
`.text;
  yield* renderFindings(groups, facets);
  yield html`${renderPasses(report)}
</main>
${renderFilterScript()}
</body>
</html>
`.text;
}
