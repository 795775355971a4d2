import { evidence, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';
import { meetsTlsMinimum } from '../lib/tls.ts';

interface Params {
  minimum: string;
}

/** The SQL server refuses client connections below the minimum TLS version. */
export default defineRule<Params>({
  id: 'sql-min-tls',
  check(ctx) {
    for (const server of ctx.state.sqlServers) {
      const version = server.minimalTlsVersion;
      const tls = evidence(server, 'minimalTlsVersion');
      const found = [tls];
      if (version === null) {
        ctx.unknown(server, unknownReason(tls), found);
        continue;
      }
      const ok = meetsTlsMinimum(version, ctx.params.minimum);
      if (ok === undefined) ctx.unknown(server, `SQL server ${server.name} states minimalTlsVersion ${JSON.stringify(version)}, which is not a TLS version`, found);
      else if (ok) ctx.pass(server, `SQL server ${server.name} requires TLS ${version} or later`, found);
      else if (version.toLowerCase() === 'none') ctx.fail(server, `SQL server ${server.name} sets no minimum TLS version, so clients may connect with TLS 1.0 or 1.1`, found);
      else ctx.fail(server, `SQL server ${server.name} accepts TLS ${version}, older than ${ctx.params.minimum}`, found);
    }
  },
});
