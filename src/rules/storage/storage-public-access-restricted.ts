import { defineRule } from '../../engine/rule.ts';
import { emitVerdict, judgePublicEndpoint } from '../factories/public-endpoint.ts';

interface Params {
  widestIpv4Prefix: number;
}

/**
 * The account's public endpoint is off, or its firewall denies by default and lets through
 * only narrow ranges and chosen subnets.
 */
export default defineRule<Params>({
  id: 'storage-public-access-restricted',
  check(ctx) {
    for (const account of ctx.state.storageAccounts) {
      const verdict = judgePublicEndpoint(
        account,
        `Storage account ${account.name}`,
        {
          publicNetworkAccess: { value: account.publicNetworkAccess, state: 'publicNetworkAccess' },
          defaultAction: { value: account.networkDefaultAction, state: 'networkDefaultAction' },
          ipRules: { value: account.ipRules, state: 'ipRules' },
        },
        ctx.params.widestIpv4Prefix,
      );
      emitVerdict(ctx, account, verdict);
    }
  },
});
