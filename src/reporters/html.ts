import type { ScanReport } from '../engine/report.ts';
import { renderBaseline } from './html/baseline.ts';
import { renderClusters } from './html/clusters.ts';
import { renderCoverage, renderReferences } from './html/coverage.ts';
import { html, trusted } from './html/escape.ts';
import { renderFindings, renderPasses } from './html/findings.ts';
import { groupFindings } from './html/group.ts';
import { STYLE } from './html/style.ts';
import { renderHeader, renderRuleTable, renderSummary } from './html/summary.ts';
import { renderWaivers } from './html/waivers.ts';

/**
 * No script, and nothing may load: styles are inline, so the page works offline and a
 * hostile string that slipped through escaping still could not run or fetch.
 */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** One self-contained HTML page for people: summary, each cluster's footprint, rules, coverage, references, then what to fix. */
export function renderHtml(report: ScanReport): string {
  const groups = groupFindings(report);
  return html`<!DOCTYPE html>
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
<nav class="toc"><a href="#summary">Summary</a>${report.baseline ? html`<a href="#baseline">Baseline</a>` : ''}${report.clusters.length ? html`<a href="#clusters">By cluster</a>` : ''}<a href="#rules">Rules</a><a href="#coverage">Coverage</a><a href="#waivers">Waivers</a><a href="#references">Reference data</a><a href="#findings">Findings</a><a href="#passes">Passed</a></nav>
<main>
${renderSummary(report)}
${renderBaseline(report.baseline)}
${renderClusters(report)}
${renderRuleTable(report, new Set(groups.map((g) => g.rule.id)))}
${renderCoverage(report)}
${renderWaivers(report)}
${renderReferences(report)}
${renderFindings(groups)}
${renderPasses(report)}
</main>
</body>
</html>
`.text;
}
