import type { Evidence } from '../../engine/finding.ts';
import { PUBLIC_IP } from '../../adapters/arm/network-egress.ts';
import { defineRule, notStated, observed } from '../../engine/rule.ts';
import type { PublicIpAddress } from '../../state/network.ts';
import type { State } from '../../state/state.ts';
import { pushTo } from '../../lib/maps.ts';

const NODE_RESOURCE_GROUP = 'properties.nodeResourceGroup';

/** Ip configurations of network interfaces and of scale set instances: the nodes themselves, not a load balancer frontend. */
const NODE_IP_CONFIGURATION = /\/providers\/microsoft\.network\/networkinterfaces\/[^/]+\/ipconfigurations\/|\/providers\/microsoft\.compute\/virtualmachinescalesets\/[^/]+\/virtualmachines\//i;

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
      const group = observed(cluster, 'nodeResourceGroup', NODE_RESOURCE_GROUP, cluster.nodeResourceGroup);
      if (cluster.nodeResourceGroup === null) {
        ctx.unknown(cluster, notStated(NODE_RESOURCE_GROUP), [group]);
        continue;
      }
      const addresses = byGroup.get(`${cluster.subscriptionId}/${cluster.nodeResourceGroup}`.toLowerCase()) ?? [];
      const onNodes = addresses.filter((ip) => ip.ipConfigurationId !== null && NODE_IP_CONFIGURATION.test(ip.ipConfigurationId));
      const unknown = addresses.filter((ip) => ip.attached === null);
      const evidence: Evidence[] = [group, ...[...onNodes, ...unknown].map((ip) => ({ path: `${ip.id}#properties.ipConfiguration.id`, value: ip.ipConfigurationId }))];
      if (onNodes.length) {
        ctx.fail(cluster, `Cluster ${cluster.name} has node(s) with public IP addresses in ${cluster.nodeResourceGroup}: ${onNodes.map(describe).join(', ')}`, evidence);
        continue;
      }
      if (unknown.length) {
        ctx.unknown(cluster, `Cluster ${cluster.name}: what public IP address(es) ${unknown.map((ip) => ip.name).join(', ')} in ${cluster.nodeResourceGroup} are attached to is not stated by the source`, evidence);
        continue;
      }
      const unread = ctx.coverage.unread(PUBLIC_IP, cluster.subscriptionId, cluster.nodeResourceGroup);
      if (unread) {
        ctx.unknown(cluster, `Cluster ${cluster.name}: whether a node has a public IP address cannot be judged: ${unread}`, evidence);
      } else {
        ctx.pass(cluster, `Cluster ${cluster.name}: no public IP address in node resource group ${cluster.nodeResourceGroup} is attached to a node (${addresses.length} read from it)`, evidence);
      }
    }
  },
});

/** `pip-name (51.105.22.140) on aks-nodepool1-vmss instance 0` for messages. */
function describe(ip: PublicIpAddress): string {
  const parts = (ip.ipConfigurationId as string).split('/');
  const at = (type: string): string | undefined => parts[parts.findIndex((p) => p.toLowerCase() === type) + 1];
  const vmss = at('virtualmachinescalesets');
  const holder = vmss ? `scale set ${vmss} instance ${at('virtualmachines')}` : `network interface ${at('networkinterfaces')}`;
  return `${ip.name}${ip.ipAddress ? ` (${ip.ipAddress})` : ''} on ${holder}`;
}

/** Public IPs by `subscription/resource group`, lower case: node resource groups are matched case-insensitively. */
function publicIpsByResourceGroup(state: State): Map<string, PublicIpAddress[]> {
  const out = new Map<string, PublicIpAddress[]>();
  for (const ip of state.network.publicIpAddresses) {
    if (!ip.resourceGroup) continue;
    pushTo(out, `${ip.subscriptionId}/${ip.resourceGroup}`.toLowerCase(), ip);
  }
  return out;
}
