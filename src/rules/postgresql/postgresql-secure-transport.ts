import { defineRule } from '../../engine/rule.ts';
import { judgeSettings, requireSecureTransport, setting } from '../factories/settings-check.ts';
import { meetsTlsMinimum } from '../lib/tls.ts';

const belowTls12 = (name: string) => (value: string) => (meetsTlsMinimum(value, '1.2') === true ? undefined : `${name} is ${value}, which admits protocols older than TLS 1.2`);

/** Flexible servers: two server parameters; single servers: two settings of the server itself. Both must hold. */
export default defineRule({
  id: 'postgresql-secure-transport',
  check(ctx) {
    for (const server of ctx.state.postgresFlexibleServers) {
      const { sslMinProtocolVersion } = server.serverParameters;
      judgeSettings(ctx, server, [
        requireSecureTransport(server, server.serverParameters.requireSecureTransport),
        setting(server, 'serverParameters.sslMinProtocolVersion', sslMinProtocolVersion, belowTls12('ssl_min_protocol_version')),
      ], { pass: `Flexible server ${server.name} requires TLS 1.2 or later`, fail: `Flexible server ${server.name} does not enforce encrypted connections with TLS 1.2 or later` });
    }
    for (const server of ctx.state.postgresSingleServers) {
      judgeSettings(ctx, server, [
        setting(server, 'sslEnforcement', server.sslEnforcement, (v) => (v.toLowerCase() === 'enabled' ? undefined : `sslEnforcement is ${v}, so clients may connect unencrypted`)),
        setting(server, 'minimalTlsVersion', server.minimalTlsVersion, belowTls12('minimalTlsVersion')),
      ], { pass: `Single server ${server.name} requires TLS 1.2 or later`, fail: `Single server ${server.name} does not enforce encrypted connections with TLS 1.2 or later` });
    }
  },
});
