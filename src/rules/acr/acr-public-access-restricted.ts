import { evidence } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';
import { emitVerdict, judgePublicEndpoint } from '../factories/public-endpoint.ts';

interface Params {
  widestIpv4Prefix: number;
}

/**
 * The registry's public endpoint is off, or denies by default and lets through only narrow
 * ranges. Only Premium registries have network rules or can turn the public endpoint off:
 * Basic and Standard always accept pulls from the whole Internet.
 */
export default defineRule<Params>({
  id: 'acr-public-access-restricted',
  check(ctx) {
    for (const registry of ctx.state.containerRegistries) {
      const { publicNetworkAccess, networkDefaultAction, ipRules, sku } = registry;
      // Basic and Standard have no network rules: their endpoint is open whatever the body says.
      if (sku !== null && sku.toLowerCase() !== 'premium' && publicNetworkAccess?.toLowerCase() !== 'disabled') {
        ctx.fail(registry, `Registry ${registry.name} is ${sku} SKU, which cannot restrict network access: its public endpoint accepts connections from any address; move to Premium and disable public access or deny by default`, [evidence(registry, 'sku'), evidence(registry, 'publicNetworkAccess')]);
        continue;
      }
      const verdict = judgePublicEndpoint(
        registry,
        `Registry ${registry.name}`,
        {
          publicNetworkAccess: { value: publicNetworkAccess, state: 'publicNetworkAccess' },
          defaultAction: { value: networkDefaultAction, state: 'networkDefaultAction' },
          ipRules: { value: ipRules, state: 'ipRules' },
        },
        ctx.params.widestIpv4Prefix,
      );
      emitVerdict(ctx, registry, verdict);
    }
  },
});
