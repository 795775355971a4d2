import type { Evidence } from '../../engine/finding.ts';
import { defineRule, observed } from '../../engine/rule.ts';
import { POOLS_PATH } from '../lib/pools.ts';
import { ClusterDependencies, clusterParts, clusterVnetIds, platformTargets, PrivateReachability, type TargetScope } from '../lib/private-reachability.ts';

type Params = TargetScope;

const PUBLIC_ACCESS = 'properties.publicNetworkAccess';

/**
 * Every PaaS resource a cluster depends on is reachable from it privately (approved private
 * endpoint or VNet integration in its VNet or a peered one, with private DNS that resolves it
 * there) and only privately (public network access disabled). One finding per (cluster,
 * target): the target is the resource, the cluster is the part.
 */
export default defineRule<Params>({
  id: 'platform-private-connectivity',
  check(ctx) {
    const dependencies = new ClusterDependencies(platformTargets(ctx.state));
    const reachability = new PrivateReachability(ctx.state);
    const parts = clusterParts(ctx.state.clusters);
    for (const cluster of ctx.state.clusters) {
      const vnets = clusterVnetIds(cluster);
      const part = parts.get(cluster) as string;
      const vnetEvidence: Evidence = { path: `${cluster.id}#${POOLS_PATH}[].vnetSubnetID`, value: cluster.agentPools?.map((p) => p.vnetSubnetId) ?? null };
      for (const target of dependencies.of(cluster, ctx.params)) {
        const { resource } = target;
        const missing: string[] = [];
        const unseen: string[] = [];
        const evidence: Evidence[] = [vnetEvidence];
        let via = '';
        if (vnets === null) {
          unseen.push(
            cluster.agentPools === null
              ? `the VNet of cluster ${cluster.name} is unknown: its node pools are not stated`
              : `the VNet of cluster ${cluster.name} is unknown: none of its node pools states a vnetSubnetID (an AKS-managed VNet, or an export that omits it)`,
          );
        } else {
          const reach = reachability.judge(vnets, target);
          evidence.push(...reach.evidence);
          if (reach.status === 'reachable') via = reach.detail;
          else (reach.status === 'unreachable' ? missing : unseen).push(reach.detail);
        }
        const access = resource.publicNetworkAccess;
        evidence.push(observed(resource, 'publicNetworkAccess', PUBLIC_ACCESS, access));
        if (access === null) unseen.push(`${PUBLIC_ACCESS} is not stated`);
        else if (access.toLowerCase() !== 'disabled') missing.push(`its public endpoint is on (publicNetworkAccess ${access})`);

        const subject = `${target.service} ${resource.name}`;
        if (missing.length) {
          const also = unseen.length ? ` (not judged: ${unseen.join('; ')})` : '';
          ctx.fail(resource, `${subject} is not private to cluster ${cluster.name}: ${missing.join('; ')}${also}`, evidence, { part });
        } else if (unseen.length) {
          ctx.unknown(resource, `Whether ${subject} is private to cluster ${cluster.name} cannot be judged: ${unseen.join('; ')}`, evidence, part);
        } else {
          ctx.pass(resource, `${subject} is reachable from cluster ${cluster.name} only privately: ${via}; public network access is disabled`, evidence, part);
        }
      }
    }
  },
});
