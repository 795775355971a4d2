import type { Evidence } from '../../engine/finding.ts';
import { defineRule, observed } from '../../engine/rule.ts';
import type { AksCluster } from '../../state/aks.ts';
import { POOLS_PATH } from '../lib/pools.ts';
import { nameOf } from '../../adapters/arm/resource-id.ts';
import { ClusterDependencies, clusterVnetIds, platformTargets, PrivateReachability, type PlatformTarget, type TargetScope } from '../lib/private-reachability.ts';

type Params = TargetScope;

const PUBLIC_ACCESS = 'properties.publicNetworkAccess';
/** Names listed in a message before "and N more". */
const NAMED = 8;

/** The clusters that depend on one target from the same VNets: reachability depends on the VNets alone. */
interface Site {
  vnets: string[] | null;
  clusters: AksCluster[];
}

/**
 * Every PaaS resource clusters depend on is reachable from them privately (approved private
 * endpoint or VNet integration in their VNet or a peered one, with private DNS that resolves it
 * there) and only privately (public network access disabled). One finding per resource, naming
 * the clusters — grouped by VNet, since the verdict depends on the VNet — and each missing link:
 * a subscription with 50 clusters and 300 services gives 300 findings, not 15,000.
 */
export default defineRule<Params>({
  id: 'platform-private-connectivity',
  check(ctx) {
    const dependencies = new ClusterDependencies(platformTargets(ctx.state));
    const reachability = new PrivateReachability(ctx.state);
    for (const [target, sites] of sitesByTarget(ctx.state.clusters, dependencies, ctx.params)) {
      const { resource } = target;
      const outcomes = new Outcomes();
      for (const site of sites) {
        const first = site.clusters[0] as AksCluster;
        const where: Evidence = { path: `${first.id}#${POOLS_PATH}[].vnetSubnetID`, value: site.vnets };
        if (site.vnets === null) {
          outcomes.add('unknown', 'its VNet is unknown: no node pool states a vnetSubnetID (an AKS-managed VNet, or an export that omits it)', site, [where]);
          continue;
        }
        const reach = reachability.judge(site.vnets, target);
        outcomes.add(reach.status, reach.detail, site, [where, ...reach.evidence]);
      }
      const evidence = outcomes.evidence();
      const access = resource.publicNetworkAccess;
      evidence.push(observed(resource, 'publicNetworkAccess', PUBLIC_ACCESS, access));
      const missing = outcomes.describe('unreachable');
      const unseen = outcomes.describe('unknown');
      const reached = outcomes.describe('reachable');
      if (access === null) unseen.push(`${PUBLIC_ACCESS} is not stated`);
      else if (access.toLowerCase() !== 'disabled') missing.unshift(`its public endpoint is on (publicNetworkAccess ${access})`);

      const subject = `${target.service} ${resource.name}`;
      const also = [unseen.length ? `not judged: ${unseen.join('; ')}` : '', reached.length ? `reachable ${reached.join('; ')}` : ''].filter(Boolean).join('; ');
      if (missing.length) ctx.fail(resource, `${subject} is not private to the clusters that depend on it: ${missing.join('; ')}${also ? ` (${also})` : ''}`, dedupe(evidence));
      else if (unseen.length) ctx.unknown(resource, `Whether ${subject} is private to the clusters that depend on it cannot be judged: ${unseen.join('; ')}${reached.length ? ` (reachable ${reached.join('; ')})` : ''}`, dedupe(evidence));
      else ctx.pass(resource, `${subject} is reachable only privately, ${reached.join('; ')}; public network access is disabled`, dedupe(evidence));
    }
  },
});

/** Each target in some cluster's scope, with the clusters that depend on it grouped by their VNets. */
function sitesByTarget(clusters: AksCluster[], dependencies: ClusterDependencies, scope: TargetScope): Map<PlatformTarget, Site[]> {
  const out = new Map<PlatformTarget, Map<string, Site>>();
  for (const cluster of clusters) {
    const vnets = clusterVnetIds(cluster);
    const key = vnets === null ? '' : vnets.map((v) => v.toLowerCase()).sort().join('\n');
    for (const target of dependencies.of(cluster, scope)) {
      let sites = out.get(target);
      if (!sites) out.set(target, (sites = new Map()));
      const site = sites.get(key);
      if (site) site.clusters.push(cluster);
      else sites.set(key, { vnets, clusters: [cluster] });
    }
  }
  return new Map([...out].map(([target, sites]) => [target, [...sites.values()]]));
}

/** Sites by what was found from them: sites with the same finding are said once, with the evidence of the first. */
class Outcomes {
  private readonly byDetail = new Map<string, { status: string; detail: string; sites: Site[]; evidence: Evidence[] }>();

  add(status: string, detail: string, site: Site, evidence: Evidence[]): void {
    const key = `${status}\u0000${detail}`;
    const outcome = this.byDetail.get(key);
    if (outcome) outcome.sites.push(site);
    else this.byDetail.set(key, { status, detail, sites: [site], evidence });
  }

  /** `from <where>: <detail>` for every outcome of one status. */
  describe(status: string): string[] {
    return [...this.byDetail.values()].filter((o) => o.status === status).map((o) => `from ${where(o.sites)}: ${o.detail}`);
  }

  evidence(): Evidence[] {
    return [...this.byDetail.values()].flatMap((o) => o.evidence);
  }
}

/** `cluster a in VNet v`, or for many: `9 clusters (a, b, … and 1 more) in 2 VNets (v, w)`. */
function where(sites: Site[]): string {
  const clusters = sites.flatMap((s) => s.clusters);
  const vnets = [...new Set(sites.flatMap((s) => s.vnets ?? []).map(nameOf))];
  const who = clusters.length === 1 ? `cluster ${clusters[0]!.name}` : `${clusters.length} clusters (${named(clusters.map((c) => c.name))})`;
  if (vnets.length === 0) return who;
  return `${who} in ${vnets.length === 1 ? `VNet ${vnets[0]}` : `${sites.length} VNets (${named(vnets)})`}`;
}

function named(names: string[]): string {
  const more = names.length - NAMED;
  return `${names.slice(0, NAMED).join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/** Sites share endpoints and zones: each piece of evidence once. */
function dedupe(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.path}\u0000${JSON.stringify(e.value)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
