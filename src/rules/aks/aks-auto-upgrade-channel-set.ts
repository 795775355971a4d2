import { defineRule } from '../../engine/rule.ts';
import { judgeChannel, type ChannelParams } from '../factories/upgrade-channel.ts';

/** The cluster follows an auto-upgrade channel that moves its Kubernetes version. */
export default defineRule<ChannelParams>({
  id: 'aks-auto-upgrade-channel-set',
  check(ctx) {
    judgeChannel(ctx, {
      field: 'autoUpgradeChannel',
      label: 'auto-upgrade channel',
      passing: (channel) => `follows the ${channel} auto-upgrade channel`,
      explained: {
        none: 'has cluster auto-upgrade off (channel none): its Kubernetes version changes only when someone upgrades it by hand',
        // Peers (and PSRule's guidance until Azure/PSRule.Rules.Azure#2446) count node-image as auto-upgrade.
        'node-image':
          'uses the node-image channel, which upgrades node images only and never the Kubernetes version; choose patch, stable or rapid, and the node OS channel (nodeOSUpgradeChannel) for node images',
      },
    });
  },
});
