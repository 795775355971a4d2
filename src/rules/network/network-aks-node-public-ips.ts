import type { Evidence } from '../../engine/finding.ts';
import { evidence, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';
import { PUBLIC_IP_ADDRESS, type PublicIpAddress } from '../../state/network.ts';
import type { State } from '../../state/state.ts';
import { pushTo } from '../../lib/maps.ts';
import { subscriptionScope } from '../../state/resource.ts';
import { relatedEvidence } from '../lib/related-evidence.ts';

/**
 * No public IP address in a cluster's node resource group is attached to a node (a network
 * interface or a scale set instance). The outbound and ingress load balancers' addresses sit
 * there too, on load balancer frontends: those are expected. Finding none is a pass only when
 * the group's public IP addresses were read (`ctx.coverage`): a refused or filtered read, or an
 * input without that group, proves nothing.
 */
export default defineRule({
  id: 'network-aks-node-public-ips',
  check(ctx) {
    const byGroup = publicIpsByResourceGroup(ctx.state);
    for (const cluster of ctx.state.clusters) {
      const group = evidence(cluster, 'nodeResourceGroup');
      if (cluster.nodeResourceGroup === null) {
        ctx.unknown(cluster, unknownReason(group), [group]);
        continue;
      }
      const addresses = byGroup.get(`${subscriptionScope(cluster)}/${cluster.nodeResourceGroup}`.toLowerCase()) ?? [];
      const onNodes = addresses.filter((ip) => ip.nodeHolder !== null);
      const unknown = addresses.filter((ip) => ip.attached === null);
      const shown: Evidence[] = [group, ...[...onNodes, ...unknown].map((ip) => relatedEvidence(ip, 'ipConfigurationId'))];
      if (onNodes.length) {
        ctx.fail(cluster, `Cluster ${cluster.name} has node(s) with public IP addresses in ${cluster.nodeResourceGroup}: ${onNodes.map(describe).join(', ')}`, shown);
        continue;
      }
      if (unknown.length) {
        ctx.unknown(cluster, `Cluster ${cluster.name}: what public IP address(es) ${unknown.map((ip) => ip.name).join(', ')} in ${cluster.nodeResourceGroup} are attached to is not stated by the source`, shown);
        continue;
      }
      const unread = ctx.coverage.unread(PUBLIC_IP_ADDRESS, cluster.subscriptionId, cluster.nodeResourceGroup);
      if (unread) {
        ctx.unknown(cluster, `Cluster ${cluster.name}: whether a node has a public IP address cannot be judged: ${unread}`, shown);
      } else {
        ctx.pass(cluster, `Cluster ${cluster.name}: no public IP address in node resource group ${cluster.nodeResourceGroup} is attached to a node (${addresses.length} read from it)`, shown);
      }
    }
  },
});

/** `pip-name (51.105.22.140) on scale set aks-nodepool1-vmss instance 0` for messages. */
function describe(ip: PublicIpAddress): string {
  return `${ip.name}${ip.ipAddress ? ` (${ip.ipAddress})` : ''} on ${ip.nodeHolder}`;
}

/** Public IPs by `subscription/resource group`, lower case: node resource groups are matched case-insensitively. */
function publicIpsByResourceGroup(state: State): Map<string, PublicIpAddress[]> {
  const out = new Map<string, PublicIpAddress[]>();
  for (const ip of state.network.publicIpAddresses) {
    if (!ip.resourceGroup) continue;
    pushTo(out, `${subscriptionScope(ip)}/${ip.resourceGroup}`.toLowerCase(), ip);
  }
  return out;
}
