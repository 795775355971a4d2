import { evidence, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';

/** Port 6379, which takes unencrypted connections, is closed. */
export default defineRule({
  id: 'redis-non-tls-port-disabled',
  check(ctx) {
    for (const cache of ctx.state.redisCaches) {
      const open = cache.enableNonSslPort;
      const port = evidence(cache, 'enableNonSslPort');
      if (open === null) ctx.unknown(cache, unknownReason(port), [port]);
      else if (open) ctx.fail(cache, `Redis cache ${cache.name} accepts unencrypted connections on port 6379`, [port]);
      else ctx.pass(cache, `Redis cache ${cache.name} accepts TLS connections only (port 6380)`, [port]);
    }
  },
});
