import { evidence } from '../../engine/evidence.ts';
import type { Evidence } from '../../engine/finding.ts';
import { defineRule, type RuleContext } from '../../engine/rule.ts';
import type { AksCluster } from '../../state/aks.ts';
import { CLUSTER_DEPENDENCIES, type TargetScope } from '../analyses/cluster-dependencies.ts';
import { NETWORK_LOOKUP, type NetworkLookup } from '../analyses/network-lookup.ts';
import { relatedEvidence } from '../lib/related-evidence.ts';
import { cached } from '../../lib/maps.ts';
import {
  clusterVnets,
  PRIVATE_REACHABILITY,
  type PrivateReachability,
  type EndpointDns,
  type PlatformTarget,
  type Reachability,
  type ReachabilityStatus,
  type Vantage,
} from '../analyses/private-reachability.ts';

type Params = TargetScope;

/** Names listed in a message before "and N more". */
const NAMED = 8;

/** Clusters of a cohort in the same VNets: reachability depends on the VNets alone. */
interface Site {
  /** The VNets of the first cluster, null when unknown. */
  from: Vantage | null;
  clusters: AksCluster[];
  /** Where the VNets were read: the first cluster's pools (their subnets), with the VNets found (none: an AKS-managed VNet, or not stated). */
  evidence: Evidence;
}

const UNKNOWN_VNET: Reachability = {
  status: 'unknown',
  detail: 'its VNet is unknown: no node pool states a vnetSubnetID (an AKS-managed VNet, or an export that omits it)',
  evidence: [],
};

/**
 * Every PaaS resource clusters depend on is reachable from them privately (approved private
 * endpoint or VNet integration in their VNet or a peered one, with private DNS that resolves it
 * there) and only privately (public network access disabled). One finding per resource, naming
 * the clusters — grouped by VNet, since the verdict depends on the VNet — and each missing link:
 * a subscription with 50 clusters and 300 services gives 300 findings, not 15,000. Whether a
 * private endpoint's name resolves where the clusters are is a setting of the endpoint and its
 * DNS zones: it is judged on the endpoint, grouped under the service it reaches.
 */
export default defineRule<Params>({
  id: 'platform-private-connectivity',
  check(ctx) {
    const dependencies = ctx.analysis(CLUSTER_DEPENDENCIES);
    const lookup = ctx.analysis(NETWORK_LOOKUP);
    const reachability = ctx.analysis(PRIVATE_REACHABILITY);
    // Every cluster of a cohort depends on every one of its targets, so its sites serve them all.
    for (const cohort of dependencies.cohorts(ctx.state.clusters, ctx.params)) {
      const sites = sitesOf(cohort.clusters, reachability, lookup);
      for (const target of cohort.targets) {
        const outcomes = new Outcomes();
        for (const site of sites) outcomes.add(site, site.from ? reachability.judge(site.from, target) : UNKNOWN_VNET);
        report(ctx, target, outcomes);
        for (const dns of reachability.endpointDns(target)) {
          const resolved = new Outcomes();
          for (const site of sites) resolved.add(site, site.from ? reachability.judgeDns(site.from, dns) : UNKNOWN_VNET);
          reportDns(ctx.under(target.resource), target, dns, resolved);
        }
      }
    }
  },
});

/** One finding for the target: failed by any unreachable site or a public endpoint, else unknown by any unjudged one. */
function report(ctx: RuleContext<Params>, target: PlatformTarget, outcomes: Outcomes): void {
  const { resource } = target;
  const shown = outcomes.evidence();
  const access = resource.publicNetworkAccess;
  const publicAccess = evidence(resource, 'publicNetworkAccess');
  shown.push(publicAccess);
  const missing = outcomes.describe('unreachable');
  const unseen = outcomes.describe('unknown');
  const reached = outcomes.describe('reachable');
  if (access === null) unseen.push(`${publicAccess.path} is not stated`);
  else if (access.toLowerCase() !== 'disabled') missing.unshift(`its public endpoint is on (publicNetworkAccess ${access})`);

  const subject = `${target.service} ${resource.name}`;
  const also = [unseen.length ? `not judged: ${unseen.join('; ')}` : '', reached.length ? `reachable ${reached.join('; ')}` : ''].filter(Boolean).join('; ');
  if (missing.length) ctx.fail(resource, `${subject} is not private to the clusters that depend on it: ${missing.join('; ')}${also ? ` (${also})` : ''}`, dedupe(shown));
  else if (unseen.length) ctx.unknown(resource, `Whether ${subject} is private to the clusters that depend on it cannot be judged: ${unseen.join('; ')}${reached.length ? ` (reachable ${reached.join('; ')})` : ''}`, dedupe(shown));
  else ctx.pass(resource, `${subject} is reachable only privately, ${reached.join('; ')}; public network access is disabled`, dedupe(shown));
}

/** One finding for a private endpoint of the target: failed where its name resolves elsewhere, else unknown where that is not known. */
function reportDns(ctx: RuleContext<Params>, target: PlatformTarget, dns: EndpointDns, outcomes: Outcomes): void {
  const subject = `Private endpoint ${dns.endpoint.name} of ${target.service} ${target.resource.name}`;
  const shown = dedupe(outcomes.evidence());
  const missing = outcomes.describe('unreachable');
  const unseen = outcomes.describe('unknown');
  const resolved = outcomes.describe('reachable');
  const also = [unseen.length ? `not judged: ${unseen.join('; ')}` : '', resolved.length ? `resolves ${resolved.join('; ')}` : ''].filter(Boolean).join('; ');
  if (missing.length) ctx.fail(dns.endpoint, `${subject} does not resolve to it for the clusters that depend on it: ${missing.join('; ')}${also ? ` (${also})` : ''}`, shown);
  else if (unseen.length) ctx.unknown(dns.endpoint, `Whether ${subject} resolves to it for the clusters that depend on it cannot be judged: ${unseen.join('; ')}${resolved.length ? ` (resolves ${resolved.join('; ')})` : ''}`, shown);
  else ctx.pass(dns.endpoint, `${subject} resolves to it for the clusters that depend on it, ${resolved.join('; ')}`, shown);
}

/** A cohort's clusters grouped by their VNets, in order of their first cluster. */
function sitesOf(clusters: AksCluster[], reachability: PrivateReachability, lookup: NetworkLookup): Site[] {
  const sites = new Map<string, Site>();
  for (const cluster of clusters) {
    const vnets = clusterVnets(cluster, lookup);
    const key = vnets === null ? '' : vnets.map((v) => v.id.toLowerCase()).sort().join('\n');
    const site = sites.get(key);
    if (site) site.clusters.push(cluster);
    else sites.set(key, { from: vnets && reachability.from(vnets), clusters: [cluster], evidence: relatedEvidence(cluster, 'agentPools', vnets?.map((v) => v.id) ?? []) });
  }
  return [...sites.values()];
}


interface Outcome {
  reach: Reachability;
  sites: Site[];
}

/** Sites by what was found from them: sites with the same finding are said once, with the evidence of the first. */
class Outcomes {
  private readonly all: Outcome[] = [];
  /** By status, then detail: a map per status spares a key joining both. */
  private readonly byDetail = new Map<ReachabilityStatus, Map<string, Outcome>>();
  /** Sites that come to the same verdicts share a judgement object: one lookup by identity then. */
  private readonly byJudgement = new Map<Reachability, Outcome>();

  add(site: Site, reach: Reachability): void {
    const outcome = this.byJudgement.get(reach) ?? this.outcomeOf(reach);
    outcome.sites.push(site);
  }

  private outcomeOf(reach: Reachability): Outcome {
    const outcomes = cached(this.byDetail, reach.status, () => new Map<string, Outcome>());
    let outcome = outcomes.get(reach.detail);
    if (!outcome) {
      outcomes.set(reach.detail, (outcome = { reach, sites: [] }));
      this.all.push(outcome);
    }
    this.byJudgement.set(reach, outcome);
    return outcome;
  }

  /** `from <where>: <detail>` for every outcome of one status. */
  describe(status: ReachabilityStatus): string[] {
    return this.all.filter((o) => o.reach.status === status).map((o) => `from ${where(o.sites)}: ${o.reach.detail}`);
  }

  evidence(): Evidence[] {
    return this.all.flatMap((o) => [(o.sites[0] as Site).evidence, ...o.reach.evidence]);
  }
}

/** `cluster a in VNet v`, or for many: `9 clusters (a, b, … and 1 more) in 2 VNets (v, w)`. */
function where(sites: Site[]): string {
  const count = sites.reduce((n, s) => n + s.clusters.length, 0);
  const vnets = [...new Set(sites.flatMap((s) => s.from?.vnetNames ?? []))];
  const who = count === 1 ? `cluster ${sites[0]!.clusters[0]!.name}` : `${count} clusters (${named(leadingClusterNames(sites), count)})`;
  if (vnets.length === 0) return who;
  return `${who} in ${vnets.length === 1 ? `VNet ${vnets[0]}` : `${sites.length} VNets (${named(vnets.slice(0, NAMED), vnets.length)})`}`;
}

/** The names of the first clusters, as many as a message lists: sites can hold hundreds. */
function leadingClusterNames(sites: Site[]): string[] {
  const names: string[] = [];
  for (const site of sites) {
    for (const cluster of site.clusters) {
      if (names.length === NAMED) return names;
      names.push(cluster.name);
    }
  }
  return names;
}

/** `a, b, c and 5 more`, from the first names and how many there are. */
function named(first: string[], count: number): string {
  const more = count - NAMED;
  return `${first.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/** Sites share endpoints and zones: each piece of evidence once. */
function dedupe(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = contentKey(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Evidence compared by content. The library shares one evidence object per endpoint and zone
 * across sites and targets, so each object's key is worked out once rather than per finding.
 */
function contentKey(evidence: Evidence): string {
  let key = CONTENT_KEYS.get(evidence);
  if (key === undefined) CONTENT_KEYS.set(evidence, (key = `${evidence.path}\u0000${JSON.stringify(evidence.value)}`));
  return key;
}

const CONTENT_KEYS = new WeakMap<Evidence, string>();
