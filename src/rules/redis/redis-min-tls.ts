import { evidence } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';
import { meetsTlsMinimum } from '../lib/tls.ts';

interface Params {
  minimum: string;
}

/** The cache refuses TLS connections below the minimum version. */
export default defineRule<Params>({
  id: 'redis-min-tls',
  check(ctx) {
    for (const cache of ctx.state.redisCaches) {
      const version = cache.minimumTlsVersion;
      const tls = evidence(cache, 'minimumTlsVersion');
      const found = [tls];
      if (version === null) {
        // The creation default was 1.0 before 2020-01-13 and 1.2 after, and the API documents none.
        ctx.unknown(cache, `${tls.path} is not stated by the source, and a cache that omits it may date from when the default was TLS 1.0; export the full resource with a current API version or scan it live`, found);
        continue;
      }
      const ok = meetsTlsMinimum(version, ctx.params.minimum);
      if (ok === undefined) ctx.unknown(cache, `Redis cache ${cache.name} states minimumTlsVersion ${JSON.stringify(version)}, which is not a TLS version`, found);
      else if (ok) ctx.pass(cache, `Redis cache ${cache.name} requires TLS ${version} or later`, found);
      else ctx.fail(cache, `Redis cache ${cache.name} accepts TLS ${version}, older than ${ctx.params.minimum}`, found);
    }
  },
});
