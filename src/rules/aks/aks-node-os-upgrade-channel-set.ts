import { evidence } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';
import { judgeChannel, type ChannelParams } from '../factories/upgrade-channel.ts';

/** The cluster's nodes receive OS security updates through a node OS channel that AKS manages. */
export default defineRule<ChannelParams>({
  id: 'aks-node-os-upgrade-channel-set',
  check(ctx) {
    judgeChannel(ctx, {
      field: 'nodeOsUpgradeChannel',
      label: 'node OS channel',
      passing: (channel) => `patches its nodes through the ${channel} node OS channel`,
      explained: {
        none: 'applies no OS security updates to its nodes (node OS channel None) until someone upgrades the node image by hand',
        unmanaged:
          'leaves node OS updates to the operating system itself (node OS channel Unmanaged): outside AKS maintenance windows, with no AKS-managed reboots, new nodes start unpatched, and Windows nodes get none at all',
      },
      // The adapter leaves it null when absent: older API versions lack it and AKS picks a default by cluster age.
      unknownNote: ' (API versions before 2023-06-01 do not return it)',
      // Before the node OS channel existed, the cluster channel node-image was how node images were kept current.
      impliedWhenAbsent: (cluster) =>
        cluster.autoUpgradeChannel?.toLowerCase() === 'node-image'
          ? {
              passing: 'upgrades its node images weekly through the node-image cluster auto-upgrade channel',
              evidence: evidence(cluster, 'autoUpgradeChannel'),
            }
          : null,
    });
  },
});
