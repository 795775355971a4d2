import type { Finding } from '../../engine/finding.ts';
import type { ScanReport } from '../../engine/report.ts';
import { SEVERITIES, type Severity } from '../../engine/severity.ts';
import type { ClusterTopology, Dependency } from '../../rules/lib/cluster-topology.ts';
import { html, type Html } from './escape.ts';
import { ruleAnchor } from './group.ts';
import { count, severityBadge } from './parts.ts';
import { cached } from '../../lib/maps.ts';

/** Clusters shown with their whole footprint; the rest are named with their failure count. */
export const CLUSTER_LIMIT = 100;

/** What is wrong with one resource: its failing and unknown findings, by rule. */
interface Trouble {
  fails: Finding[];
  unknowns: Finding[];
}

interface ClusterCard {
  cluster: ClusterTopology;
  own: Trouble;
  dependencies: { dependency: Dependency; trouble: Trouble }[];
  failsBySeverity: Record<Severity, number>;
}

/**
 * Findings by cluster: each cluster's own failures, then the network and services it depends
 * on with theirs, so a team sees everything that weakens one cluster in one place.
 */
export function renderClusters(report: ScanReport): Html {
  if (report.clusters.length === 0) return html``;
  const troubleOf = troubleLookup(report.findings);
  const cards = report.clusters.map((cluster) => cardOf(cluster, troubleOf)).sort(byWorst);
  const rest = cards.slice(CLUSTER_LIMIT);
  return html`<section id="clusters">
  <h2>By cluster</h2>
  <p>Each cluster with what it depends on: the virtual networks, subnets, NSGs, route tables and NAT gateways of its node pools, and the Key Vaults, databases, caches, registries and storage accounts in its dependency scope. Counts are failing findings; the rule links lead to the evidence.</p>
  ${cards.slice(0, CLUSTER_LIMIT).map(renderCard)}
  ${rest.length ? html`<details class="more"><summary>${rest.length.toLocaleString('en-US')} more clusters, named only</summary><ul class="names">${rest.map((c) => html`<li><strong>${c.cluster.name}</strong> <span class="sub">${c.cluster.resourceGroup ?? ''}</span> — ${total(c)} failing</li>`)}</ul></details>` : ''}
</section>`;
}

/**
 * What is wrong with the resource of an id (ARM ids are case-insensitive). Worked out once per
 * resource: the clusters of a subscription share most of their dependencies.
 */
function troubleLookup(findings: Finding[]): (id: string) => Trouble {
  // By id as spelled first, then merged by lower-cased id: one `toLowerCase` per resource, not per finding.
  const bySpelling = new Map<string, Trouble>();
  for (const f of findings) {
    if (f.status !== 'fail' && f.status !== 'unknown') continue;
    const trouble = cached(bySpelling, f.resource.id, (): Trouble => ({ fails: [], unknowns: [] }));
    (f.status === 'fail' ? trouble.fails : trouble.unknowns).push(f);
  }
  // Order within a trouble does not matter: its findings are only counted and their rules listed sorted.
  const byResource = new Map<string, Trouble>();
  for (const [id, trouble] of bySpelling) {
    const key = id.toLowerCase();
    const merged = byResource.get(key);
    if (merged) byResource.set(key, { fails: [...merged.fails, ...trouble.fails], unknowns: [...merged.unknowns, ...trouble.unknowns] });
    else byResource.set(key, trouble);
  }
  const none: Trouble = { fails: [], unknowns: [] };
  const byId = new Map<string, Trouble>();
  return (id) => cached(byId, id, () => byResource.get(id.toLowerCase()) ?? none);
}

function cardOf(cluster: ClusterTopology, troubleOf: (id: string) => Trouble): ClusterCard {
  const own = troubleOf(cluster.id);
  const dependencies = cluster.dependsOn.map((dependency) => ({ dependency, trouble: troubleOf(dependency.id) }));
  const failsBySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const { fails } of [own, ...dependencies.map((d) => d.trouble)]) for (const f of fails) failsBySeverity[f.severity]++;
  return { cluster, own, dependencies, failsBySeverity };
}

function total(card: ClusterCard): number {
  return Object.values(card.failsBySeverity).reduce((a, b) => a + b, 0);
}

/** Most critical failures first, then most failures, then by name. */
function byWorst(a: ClusterCard, b: ClusterCard): number {
  // SEVERITIES runs most severe first.
  for (const s of SEVERITIES) {
    const d = b.failsBySeverity[s] - a.failsBySeverity[s];
    if (d) return d;
  }
  return a.cluster.name < b.cluster.name ? -1 : a.cluster.name > b.cluster.name ? 1 : 0;
}

function renderCard(card: ClusterCard): Html {
  const { cluster, own, dependencies } = card;
  const severities = SEVERITIES.filter((s) => card.failsBySeverity[s] > 0);
  return html`<details class="cluster"${total(card) ? '' : ' open'}>
  <summary><strong>${cluster.name}</strong> <span class="sub">subscription <code>${cluster.subscriptionId}</code>${cluster.resourceGroup ? html` · ${cluster.resourceGroup}` : ''}</span> ${severities.length ? severities.map((s) => html`${severityBadge(s)} ${count(card.failsBySeverity[s])} `) : html`<span class="ok-note">nothing failing</span>`}</summary>
  <table class="deps"><thead><tr><th>Resource</th><th>Kind</th><th>Failing</th><th>Unknown</th><th>Rules</th></tr></thead><tbody>
  ${renderRow(cluster.name, 'AKS cluster (itself)', own)}
  ${dependencies.map(({ dependency, trouble }) => renderRow(dependency.name, dependency.kind, trouble, dependency.id))}
  </tbody></table>
  ${cluster.networkKnown ? '' : html`<p class="sub">No node pool states a subnet (an AKS-managed virtual network, or an export without it): the network it depends on is not known.</p>`}
</details>`;
}

function renderRow(name: string, kind: string, trouble: Trouble, id?: string): Html {
  const rules = [...new Set([...trouble.fails, ...trouble.unknowns].map((f) => f.ruleId))].sort();
  return html`<tr><td><strong>${name}</strong>${id ? html`<div class="rid"><code>${id}</code></div>` : ''}</td><td>${kind}</td><td>${count(trouble.fails.length)}</td><td>${count(trouble.unknowns.length)}</td><td>${rules.map((r, i) => html`${i ? ', ' : ''}<a href="#${ruleAnchor(r)}"><code>${r}</code></a>`)}</td></tr>`;
}
