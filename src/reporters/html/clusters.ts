import type { Finding } from '../../engine/finding.ts';
import type { ScanReport } from '../../engine/report.ts';
import { SEVERITIES, type Severity } from '../../engine/severity.ts';
import type { ClusterTopology } from '../../engine/report.ts';
import type { ResourceRef } from '../../state/resource.ts';
import { html, type Html } from './escape.ts';
import { ruleAnchor } from './group.ts';
import { count, severityBadge } from './parts.ts';
import { cached } from '../../lib/maps.ts';

/** Clusters shown with their whole footprint; the rest are named with their failure count. */
export const CLUSTER_LIMIT = 100;

/**
 * Rows of a card, most failing first; the rest are counted by kind. A cluster of a large estate
 * depends on hundreds of private endpoints and subnets: listing them all made each card 300 kB.
 */
export const ROW_LIMIT = 25;

/** What is wrong with one resource: its failing and unknown findings, by rule. */
interface Trouble {
  fails: Finding[];
  unknowns: Finding[];
}

interface ClusterCard {
  cluster: ClusterTopology;
  own: Trouble;
  /** Its parts findings name, then its dependencies. */
  rows: Row[];
  failsBySeverity: Record<Severity, number>;
}

/**
 * Findings by cluster: each cluster's own failures, then the network and services it depends
 * on with theirs, so a team sees everything that weakens one cluster in one place.
 */
export function renderClusters(report: ScanReport): Html {
  if (report.clusters.length === 0) return html``;
  const troubles = new Troubles(report.findings, report.clusters);
  const cards = report.clusters.map((cluster) => cardOf(cluster, troubles)).sort(byWorst);
  const rest = cards.slice(CLUSTER_LIMIT);
  return html`<section id="clusters">
  <h2>By cluster</h2>
  <p>Each cluster with its parts that findings name (node pools) and what it depends on: the virtual networks, subnets, NSGs, route tables and NAT gateways of its node pools, and the Key Vaults, databases, caches, registries and storage accounts in its dependency scope. Counts are failing findings; the rule links lead to the evidence.</p>
  ${cards.slice(0, CLUSTER_LIMIT).map(renderCard)}
  ${rest.length ? html`<details class="more"><summary>${rest.length.toLocaleString('en-US')} more clusters, named only</summary><ul class="names">${rest.map((c) => html`<li data-subscription="${c.cluster.subscriptionId ?? ''}" data-cluster="${c.cluster.name}"><strong>${c.cluster.name}</strong> <span class="sub">${c.cluster.resourceGroup ?? ''}</span> — ${total(c)} failing</li>`)}</ul></details>` : ''}
</section>`;
}

/** A resource shown in a cluster's card: a dependency, or a part of the cluster (a node pool) its findings name it under. */
interface Row {
  name: string;
  kind: string;
  id?: string;
  trouble: Trouble;
}

/**
 * Failing and unknown findings indexed for the cards, worked out once: the clusters of a
 * subscription share most of their dependencies. ARM ids are case-insensitive, so every key is
 * lower case. A finding whose `resource.parent` is a cluster belongs to that cluster only (a
 * pool; a subnet judged for the cluster whose nodes use it); one whose parent is another
 * resource (a database's server) counts in that resource's row.
 */
class Troubles {
  /** By resource, findings not grouped under a cluster. */
  private readonly own = new Map<string, Trouble>();
  /** By parent that is not a cluster, the findings of its parts. */
  private readonly parts = new Map<string, Trouble>();
  /** By cluster, then by resource, findings grouped under the cluster. */
  private readonly underCluster = new Map<string, Map<string, { resource: ResourceRef; trouble: Trouble }>>();
  private readonly merged = new Map<string, Trouble>();

  constructor(findings: Finding[], clusters: ClusterTopology[]) {
    const clusterKeys = new Set(clusters.map((c) => c.id.toLowerCase()));
    // Lower-cased once per ref, not per finding: a resource's findings share one ResourceRef.
    const keys = new Map<ResourceRef | undefined, string>();
    const keyOf = (ref: ResourceRef | undefined): string => cached(keys, ref, () => ref?.id.toLowerCase() ?? '');
    for (const f of findings) {
      if (f.status !== 'fail' && f.status !== 'unknown') continue;
      const key = keyOf(f.resource);
      const parent = keyOf(f.resource.parent);
      let trouble: Trouble;
      if (clusterKeys.has(parent) && parent !== key) {
        const children = cached(this.underCluster, parent, () => new Map<string, { resource: ResourceRef; trouble: Trouble }>());
        trouble = cached(children, key, () => ({ resource: f.resource, trouble: { fails: [], unknowns: [] } })).trouble;
      } else {
        trouble = cached(this.own, key, noTrouble);
        if (parent) add(cached(this.parts, parent, noTrouble), f);
      }
      add(trouble, f);
    }
  }

  /** The resource's own findings with those of its parts (a server's databases). */
  of(id: string): Trouble {
    const key = id.toLowerCase();
    return cached(this.merged, key, () => join(this.own.get(key), this.parts.get(key)));
  }

  /** What a cluster's card lists: the cluster, the other resources findings group under it, and its dependencies. */
  rowsOf(cluster: ClusterTopology): { own: Trouble; rows: Row[] } {
    const under = this.underCluster.get(cluster.id.toLowerCase());
    const taken = new Set<string>();
    const grouped = (id: string): Trouble | undefined => {
      const key = id.toLowerCase();
      taken.add(key);
      return under?.get(key)?.trouble;
    };
    const dependencies: Row[] = cluster.dependsOn.map((d) => {
      const extra = grouped(d.id);
      return { name: d.name, kind: d.kind, id: d.id, trouble: extra ? join(this.of(d.id), extra) : this.of(d.id) };
    });
    // Its parts first (node pools), then what it depends on.
    const parts: Row[] = [];
    for (const [key, { resource, trouble }] of under ?? []) {
      if (!taken.has(key)) parts.push({ name: resource.name, kind: kindOf(resource.type), id: resource.id, trouble });
    }
    return { own: this.of(cluster.id), rows: [...parts, ...dependencies] };
  }
}

const noTrouble = (): Trouble => ({ fails: [], unknowns: [] });

function add(trouble: Trouble, f: Finding): void {
  (f.status === 'fail' ? trouble.fails : trouble.unknowns).push(f);
}

/** Order within a trouble does not matter: its findings are only counted and their rules listed sorted. */
function join(a: Trouble | undefined, b: Trouble | undefined): Trouble {
  if (!a || !b) return a ?? b ?? noTrouble();
  return { fails: [...a.fails, ...b.fails], unknowns: [...a.unknowns, ...b.unknowns] };
}

/** Parts a finding may name under its cluster, for people; other types show as they are. */
const KINDS: Record<string, string> = {
  'microsoft.containerservice/managedclusters/agentpools': 'Node pool',
  'microsoft.network/virtualnetworks/subnets': 'Subnet',
  'microsoft.network/privateendpoints': 'Private endpoint',
  'microsoft.security/pricings': 'Defender plan',
};

function kindOf(type: string): string {
  return KINDS[type] ?? type;
}

function cardOf(cluster: ClusterTopology, troubles: Troubles): ClusterCard {
  const { own, rows } = troubles.rowsOf(cluster);
  const failsBySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const { fails } of [own, ...rows.map((r) => r.trouble)]) for (const f of fails) failsBySeverity[f.severity]++;
  return { cluster, own, rows, failsBySeverity };
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
  const { cluster, own, rows } = card;
  const severities = SEVERITIES.filter((s) => card.failsBySeverity[s] > 0);
  const worst = rows.toSorted((a, b) => b.trouble.fails.length - a.trouble.fails.length || b.trouble.unknowns.length - a.trouble.unknowns.length);
  const shown = worst.slice(0, ROW_LIMIT);
  return html`<details class="cluster" data-subscription="${cluster.subscriptionId ?? ''}" data-cluster="${cluster.name}"${total(card) ? '' : ' open'}>
  <summary><strong>${cluster.name}</strong> <span class="sub">${cluster.subscriptionId ? html`subscription <code>${cluster.subscriptionId}</code>` : ''}${cluster.resourceGroup ? html` · ${cluster.resourceGroup}` : ''}</span> ${severities.length ? severities.map((s) => html`${severityBadge(s)} ${count(card.failsBySeverity[s])} `) : html`<span class="ok-note">nothing failing</span>`}</summary>
  <table class="deps"><thead><tr><th>Resource</th><th>Kind</th><th>Failing</th><th>Unknown</th><th>Rules</th></tr></thead><tbody>
  ${renderRow(cluster.name, 'AKS cluster (itself)', own)}
  ${shown.map((row) => renderRow(row.name, row.kind, row.trouble, row.id))}
  ${renderRest(worst.slice(ROW_LIMIT))}
  </tbody></table>
  ${cluster.networkKnown ? '' : html`<p class="sub">No node pool states a subnet (an AKS-managed virtual network, or an export without it): the network it depends on is not known.</p>`}
</details>`;
}

/** The rows past the limit, counted by kind: how many resources, failing and unknown findings. */
function renderRest(rest: Row[]): Html | '' {
  if (rest.length === 0) return '';
  const kinds = new Map<string, number>();
  for (const row of rest) kinds.set(row.kind, (kinds.get(row.kind) ?? 0) + 1);
  const fails = rest.reduce((n, r) => n + r.trouble.fails.length, 0);
  const unknowns = rest.reduce((n, r) => n + r.trouble.unknowns.length, 0);
  return html`<tr class="rest"><td colspan="2">and ${rest.length.toLocaleString('en-US')} more: ${[...kinds].map(([kind, n], i) => html`${i ? ', ' : ''}${n.toLocaleString('en-US')} ${kind}`)}</td><td>${count(fails)}</td><td>${count(unknowns)}</td><td class="sub">listed in the JSON report</td></tr>`;
}

function renderRow(name: string, kind: string, trouble: Trouble, id?: string): Html {
  const rules = [...new Set([...trouble.fails, ...trouble.unknowns].map((f) => f.ruleId))].sort();
  return html`<tr><td><strong>${name}</strong>${id ? html`<div class="rid"><code>${id}</code></div>` : ''}</td><td>${kind}</td><td>${count(trouble.fails.length)}</td><td>${count(trouble.unknowns.length)}</td><td>${rules.map((r, i) => html`${i ? ', ' : ''}<a href="#${ruleAnchor(r)}"><code>${r}</code></a>`)}</td></tr>`;
}
