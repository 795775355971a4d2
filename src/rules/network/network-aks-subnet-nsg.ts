import type { Evidence } from '../../engine/finding.ts';
import { evidence as evidenceOf, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';
import { networkLookup, nodeSubnetIds, poolsWithUnstatedSubnet, subnetEvidence, subnetLabel, unstatedSubnetReason } from '../lib/network-lookup.ts';

/**
 * Every subnet a cluster's nodes sit in has a network security group: through the subnet's
 * own `networkSecurityGroup`, or an NSG body listing the subnet. Clusters on an AKS-managed
 * VNet (no `vnetSubnetID`) are not applicable: AKS creates and associates that NSG itself.
 */
export default defineRule({
  id: 'network-aks-subnet-nsg',
  check(ctx) {
    const lookup = networkLookup(ctx.state);
    for (const cluster of ctx.state.clusters) {
      if (cluster.agentPools === null) {
        const pools = evidenceOf(cluster, 'agentPools');
        ctx.unknown(cluster, unknownReason(pools), [pools]);
        continue;
      }
      const subnetIds = nodeSubnetIds(cluster);
      if (subnetIds.length === 0) {
        ctx.notApplicable(cluster, `Cluster ${cluster.name} runs its nodes in an AKS-managed virtual network (no pool sets vnetSubnetID); AKS creates and associates that subnet's NSG itself`);
        continue;
      }
      const missing: string[] = [];
      const notInInput: string[] = [];
      const unstated: string[] = [];
      const unstatedPools = poolsWithUnstatedSubnet(cluster);
      const evidence: Evidence[] = unstatedPools.map((pool) => evidenceOf(pool, 'vnetSubnetId'));
      for (const id of subnetIds) {
        const located = lookup.subnet(id);
        if (!located) {
          notInInput.push(id);
          continue;
        }
        const own = located.subnet.networkSecurityGroupId;
        const listing = lookup.nsgListing(id);
        evidence.push(subnetEvidence(located, 'networkSecurityGroup', typeof own === 'string' ? own : (listing?.id ?? own)));
        if (own || listing) continue;
        if (own === false) missing.push(subnetLabel(id));
        else unstated.push(subnetLabel(id));
      }
      if (missing.length) {
        ctx.fail(cluster, `Cluster ${cluster.name} has nodes in subnet(s) without a network security group: ${missing.join(', ')}`, evidence);
      } else if (notInInput.length || unstated.length || unstatedPools.length) {
        const reasons = [
          ...(unstatedPools.length ? [unstatedSubnetReason(unstatedPools)] : []),
          ...notInInput.map((id) => `subnet ${id} is not in the input (export its virtual network)`),
          ...unstated.map((label) => `the NSG association of subnet ${label} is not stated by the source`),
        ];
        ctx.unknown(cluster, `Cluster ${cluster.name}: ${reasons.join('; ')}`, evidence);
      } else {
        ctx.pass(cluster, `Cluster ${cluster.name} has a network security group on every node subnet (${subnetIds.map(subnetLabel).join(', ')})`, evidence);
      }
    }
  },
});
