import { defineRule, notStated } from '../../engine/rule.ts';
import { partitionPools, poolNames, POOLS_PATH } from '../lib/pools.ts';

/** No node pool gives its nodes their own public IP addresses (CIS AKS 5.4.3, private nodes). */
export default defineRule({
  id: 'aks-node-public-ip-disabled',
  check(ctx) {
    for (const cluster of ctx.state.clusters) {
      const pools = partitionPools(cluster, 'enableNodePublicIP', (publicIp) => publicIp);
      if (!pools) {
        ctx.unknown(cluster, notStated(POOLS_PATH));
      } else if (pools.failing.length) {
        ctx.fail(cluster, `Cluster ${cluster.name} gives every node a public IP address in node pool(s) ${poolNames(pools.failing)}`, pools.evidence);
      } else if (pools.unknown.length) {
        ctx.unknown(cluster, `Whether node pool(s) ${poolNames(pools.unknown)} of cluster ${cluster.name} assign public IPs to nodes (enableNodePublicIP) is not stated by the source; export the full resource or scan it live`, pools.evidence);
      } else {
        ctx.pass(cluster, `No node pool of cluster ${cluster.name} assigns public IPs to its nodes`, pools.evidence);
      }
    }
  },
});
