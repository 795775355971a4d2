import { defineRule } from '../../engine/rule.ts';
import { emitVerdict, judgePublicEndpoint } from '../factories/public-endpoint.ts';

interface Params {
  widestIpv4Prefix: number;
}

/**
 * The vault's public endpoint is off, or its firewall denies by default and admits only narrow
 * address ranges. With public access disabled the service ignores the firewall rules entirely.
 */
export default defineRule<Params>({
  id: 'keyvault-public-network-restricted',
  check(ctx) {
    for (const vault of ctx.state.keyVaults) {
      const verdict = judgePublicEndpoint(
        vault,
        `Key vault ${vault.name}`,
        {
          publicNetworkAccess: { value: vault.publicNetworkAccess, state: 'publicNetworkAccess' },
          defaultAction: { value: vault.networkAcls.defaultAction, state: 'networkAcls.defaultAction' },
          ipRules: { value: vault.networkAcls.ipRules, state: 'networkAcls.ipRules' },
        },
        ctx.params.widestIpv4Prefix,
      );
      emitVerdict(ctx, vault, verdict);
    }
  },
});
