import { defineRule, notStated, observed } from '../../engine/rule.ts';

const PATH = 'properties.enableNonSslPort';

/** Port 6379, which takes unencrypted connections, is closed. */
export default defineRule({
  id: 'redis-non-tls-port-disabled',
  check(ctx) {
    for (const cache of ctx.state.redisCaches) {
      const open = cache.enableNonSslPort;
      const evidence = [observed(cache, 'enableNonSslPort', PATH, open)];
      if (open === null) ctx.unknown(cache, notStated(PATH), evidence);
      else if (open) ctx.fail(cache, `Redis cache ${cache.name} accepts unencrypted connections on port 6379`, evidence);
      else ctx.pass(cache, `Redis cache ${cache.name} accepts TLS connections only (port 6380)`, evidence);
    }
  },
});
