import { defineRule, notStated, observed } from '../../engine/rule.ts';
import { meetsTlsMinimum } from '../lib/tls.ts';

interface Params {
  minimum: string;
}

const PATH = 'properties.minimalTlsVersion';

/** The SQL server refuses client connections below the minimum TLS version. */
export default defineRule<Params>({
  id: 'sql-min-tls',
  check(ctx) {
    for (const server of ctx.state.sqlServers) {
      const version = server.minimalTlsVersion;
      const evidence = [observed(server, 'minimalTlsVersion', PATH, version)];
      if (version === null) {
        ctx.unknown(server, notStated(PATH), evidence);
        continue;
      }
      const ok = meetsTlsMinimum(version, ctx.params.minimum);
      if (ok === undefined) ctx.unknown(server, `SQL server ${server.name} states minimalTlsVersion ${JSON.stringify(version)}, which is not a TLS version`, evidence);
      else if (ok) ctx.pass(server, `SQL server ${server.name} requires TLS ${version} or later`, evidence);
      else if (version.toLowerCase() === 'none') ctx.fail(server, `SQL server ${server.name} sets no minimum TLS version, so clients may connect with TLS 1.0 or 1.1`, evidence);
      else ctx.fail(server, `SQL server ${server.name} accepts TLS ${version}, older than ${ctx.params.minimum}`, evidence);
    }
  },
});
