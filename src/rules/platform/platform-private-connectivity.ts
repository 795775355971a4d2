import type { Evidence } from '../../engine/finding.ts';
import { defineRule, observed } from '../../engine/rule.ts';
import type { AksCluster } from '../../state/aks.ts';
import { POOLS_PATH } from '../lib/pools.ts';
import { ClusterDependencies, clusterVnetIds, nameOf, platformTargets, PrivateReachability, type PlatformTarget, type TargetScope } from '../lib/private-reachability.ts';

type Params = TargetScope;

const PUBLIC_ACCESS = 'properties.publicNetworkAccess';
/** Clusters named per VNet in a message before "and N more". */
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
      const missing: string[] = [];
      const unseen: string[] = [];
      const reached: string[] = [];
      const evidence: Evidence[] = [];
      for (const site of sites) {
        const who = clusterNames(site.clusters);
        const first = site.clusters[0] as AksCluster;
        evidence.push({ path: `${first.id}#${POOLS_PATH}[].vnetSubnetID`, value: first.agentPools?.map((p) => p.vnetSubnetId) ?? null });
        if (site.vnets === null) {
          unseen.push(`the VNet of ${who} is unknown: no node pool states a vnetSubnetID (an AKS-managed VNet, or an export that omits it)`);
          continue;
        }
        const reach = reachability.judge(site.vnets, target);
        evidence.push(...reach.evidence);
        const where = `${who} (VNet ${site.vnets.map(nameOf).join(', ')})`;
        if (reach.status === 'reachable') reached.push(`from ${where}: ${reach.detail}`);
        else (reach.status === 'unreachable' ? missing : unseen).push(`from ${where}: ${reach.detail}`);
      }
      const access = resource.publicNetworkAccess;
      evidence.push(observed(resource, 'publicNetworkAccess', PUBLIC_ACCESS, access));
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

function clusterNames(clusters: AksCluster[]): string {
  const names = clusters.slice(0, NAMED).map((c) => c.name).join(', ');
  const more = clusters.length - NAMED;
  return `cluster${clusters.length > 1 ? 's' : ''} ${names}${more > 0 ? ` and ${more} more` : ''}`;
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
