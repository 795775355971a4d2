import { defineRule, notStated } from '../../engine/rule.ts';
import { partitionPools, poolNames, POOLS_PATH } from '../lib/pools.ts';

/**
 * Every node pool encrypts at the VM host: temp disks, OS/data disk caches and ephemeral OS
 * disks, which server-side disk encryption does not cover.
 */
export default defineRule({
  id: 'aks-host-encryption-enabled',
  check(ctx) {
    for (const cluster of ctx.state.clusters) {
      const pools = partitionPools(cluster, 'enableEncryptionAtHost', (encrypted) => !encrypted);
      if (!pools) {
        ctx.unknown(cluster, notStated(POOLS_PATH));
      } else if (pools.failing.length) {
        ctx.fail(cluster, `Node pool(s) ${poolNames(pools.failing)} of cluster ${cluster.name} do not use encryption at host`, pools.evidence);
      } else if (pools.unknown.length) {
        ctx.unknown(cluster, `Whether node pool(s) ${poolNames(pools.unknown)} of cluster ${cluster.name} use encryption at host (enableEncryptionAtHost) is not stated by the source; export the full resource or scan it live`, pools.evidence);
      } else {
        ctx.pass(cluster, `Every node pool of cluster ${cluster.name} uses encryption at host`, pools.evidence);
      }
    }
  },
});
