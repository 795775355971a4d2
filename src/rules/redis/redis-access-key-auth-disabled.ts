import { evidence, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';

/** Clients authenticate with Microsoft Entra identities, not the cache's shared access keys. */
export default defineRule({
  id: 'redis-access-key-auth-disabled',
  check(ctx) {
    for (const cache of ctx.state.redisCaches) {
      const disabled = cache.disableAccessKeyAuthentication;
      const keys = evidence(cache, 'disableAccessKeyAuthentication');
      const both = [keys, evidence(cache, 'entraAuthEnabled')];
      if (disabled === null) {
        ctx.unknown(cache, unknownReason(keys), both);
      } else if (disabled) {
        ctx.pass(cache, `Redis cache ${cache.name} refuses access keys; clients authenticate with Microsoft Entra`, both);
      } else {
        const entra = cache.entraAuthEnabled === true ? 'Microsoft Entra authentication is on, but the access keys still grant full access' : 'Microsoft Entra authentication is not enabled, so the shared keys are the only credential';
        ctx.fail(cache, `Redis cache ${cache.name} accepts access keys: ${entra}`, both);
      }
    }
  },
});
