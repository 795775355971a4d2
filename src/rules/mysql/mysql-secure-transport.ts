import { defineRule } from '../../engine/rule.ts';
import { judgeSettings, requireSecureTransport, setting } from '../factories/settings-check.ts';
import { meetsTlsMinimum } from '../lib/tls.ts';

/** tls_version is a list (`TLSv1.2,TLSv1.3`): every protocol in it must be TLS 1.2 or later. */
function oldProtocols(value: string): string | undefined {
  const old = value.split(',').map((v) => v.trim()).filter((v) => v && meetsTlsMinimum(v, '1.2') !== true);
  return old.length ? `tls_version admits ${old.join(', ')}, older than TLS 1.2` : undefined;
}

export default defineRule({
  id: 'mysql-secure-transport',
  check(ctx) {
    for (const server of ctx.state.mysqlFlexibleServers) {
      const { tlsVersion } = server.serverParameters;
      judgeSettings(ctx, server, [
        requireSecureTransport(server, server.serverParameters.requireSecureTransport),
        setting(server, 'serverParameters.tlsVersion', tlsVersion, oldProtocols),
      ], { pass: `Flexible server ${server.name} requires TLS 1.2 or later`, fail: `Flexible server ${server.name} does not enforce encrypted connections with TLS 1.2 or later` });
    }
  },
});
