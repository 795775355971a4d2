import { evidence, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';
import { associationEvidence, NETWORK_LOOKUP, nodeSubnetIds, poolsWithUnstatedSubnet, unstatedSubnetReason } from '../analyses/network-lookup.ts';

/**
 * Every subnet a cluster's nodes sit in has a network security group: through the subnet's
 * own `networkSecurityGroup`, or an NSG body listing the subnet. One finding per node subnet,
 * grouped under the cluster; the cluster itself gets one only when its subnets are not all
 * known. Clusters on an AKS-managed VNet (no `vnetSubnetID`) are not applicable: AKS creates
 * and associates that NSG itself.
 */
export default defineRule({
  id: 'network-aks-subnet-nsg',
  check(ctx) {
    const lookup = ctx.analysis(NETWORK_LOOKUP);
    for (const cluster of ctx.state.clusters) {
      if (cluster.agentPools === null) {
        const pools = evidence(cluster, 'agentPools');
        ctx.unknown(cluster, unknownReason(pools), [pools]);
        continue;
      }
      const subnetIds = nodeSubnetIds(cluster);
      if (subnetIds.length === 0) {
        ctx.notApplicable(cluster, `Cluster ${cluster.name} runs its nodes in an AKS-managed virtual network (no pool sets vnetSubnetID); AKS creates and associates that subnet's NSG itself`);
        continue;
      }
      const judged = ctx.under(cluster);
      const notInInput: string[] = [];
      for (const id of subnetIds) {
        const subnet = lookup.subnet(id);
        if (!subnet) {
          notInInput.push(id);
          continue;
        }
        const own = subnet.networkSecurityGroupId;
        const listing = lookup.nsgListing(id);
        const label = lookup.subnetLabel(id);
        const found = typeof own === 'string' ? own : listing?.id;
        const shown = [associationEvidence(subnet, 'networkSecurityGroupId', found ?? own)];
        if (found) judged.pass(subnet, `Subnet ${label}, where cluster ${cluster.name} runs nodes, has network security group ${lookup.nameOf(found)}`, shown);
        else if (own === false) judged.fail(subnet, `Cluster ${cluster.name} has nodes in subnet ${label}, which has no network security group`, shown);
        else judged.unknown(subnet, `Cluster ${cluster.name}: the NSG association of subnet ${label} is not stated by the source`, shown);
      }
      const unstatedPools = poolsWithUnstatedSubnet(cluster);
      if (notInInput.length || unstatedPools.length) {
        const reasons = [...(unstatedPools.length ? [unstatedSubnetReason(unstatedPools)] : []), ...notInInput.map((id) => `subnet ${id} is not in the input (export its virtual network)`)];
        ctx.unknown(cluster, `Cluster ${cluster.name}: ${reasons.join('; ')}`, unstatedPools.map((pool) => evidence(pool, 'vnetSubnetId')));
      }
    }
  },
});
