import { defineRule, notStated, observed } from '../../engine/rule.ts';

const PATH = 'properties.disableAccessKeyAuthentication';

/** Clients authenticate with Microsoft Entra identities, not the cache's shared access keys. */
export default defineRule({
  id: 'redis-access-key-auth-disabled',
  check(ctx) {
    for (const cache of ctx.state.redisCaches) {
      const disabled = cache.disableAccessKeyAuthentication;
      const evidence = [observed(cache, 'disableAccessKeyAuthentication', PATH, disabled), observed(cache, 'entraAuthEnabled', 'properties.redisConfiguration.aad-enabled', cache.entraAuthEnabled)];
      if (disabled === null) {
        ctx.unknown(cache, notStated(PATH), evidence);
      } else if (disabled) {
        ctx.pass(cache, `Redis cache ${cache.name} refuses access keys; clients authenticate with Microsoft Entra`, evidence);
      } else {
        const entra = cache.entraAuthEnabled === true ? 'Microsoft Entra authentication is on, but the access keys still grant full access' : 'Microsoft Entra authentication is not enabled, so the shared keys are the only credential';
        ctx.fail(cache, `Redis cache ${cache.name} accepts access keys: ${entra}`, evidence);
      }
    }
  },
});
