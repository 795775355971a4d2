import { evidence, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';

/** The cache has no public endpoint: public network access is off, or it is injected into a virtual network. */
export default defineRule({
  id: 'redis-public-access-disabled',
  check(ctx) {
    for (const cache of ctx.state.redisCaches) {
      // Injection is judged on the subnet the cache names.
      const subnet = evidence(cache, 'vnetInjected', cache.subnetId);
      const access = evidence(cache, 'publicNetworkAccess');
      const endpoints = evidence(cache, 'privateEndpointIds');
      if (cache.vnetInjected === true) {
        ctx.pass(cache, `Redis cache ${cache.name} is injected into a virtual network and has no public endpoint`, [subnet]);
      } else if (cache.publicNetworkAccess === null) {
        ctx.unknown(cache, unknownReason(access), [access, subnet]);
      } else if (cache.publicNetworkAccess.toLowerCase() === 'disabled') {
        const count = cache.privateEndpointIds?.length;
        ctx.pass(cache, `Redis cache ${cache.name} has public network access disabled${count ? ` and ${count} private endpoint(s)` : ''}`, [access, endpoints]);
      } else if (cache.vnetInjected === null) {
        // A VNet-injected cache reports publicNetworkAccess Enabled yet has no public endpoint.
        ctx.unknown(cache, `${subnet.path} is not stated by the source, so whether the cache is injected into a virtual network cannot be told; export the full resource or scan it live`, [access, subnet]);
      } else {
        ctx.fail(cache, `Redis cache ${cache.name} is reachable from public networks (publicNetworkAccess ${cache.publicNetworkAccess})`, [access, subnet, endpoints]);
      }
    }
  },
});
