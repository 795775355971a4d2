import { defineRule, observed } from '../../engine/rule.ts';
import { judgeSettings, requireSecureTransport } from '../lib/settings-check.ts';
import { meetsTlsMinimum } from '../lib/tls.ts';

const MIN_PROTOCOL = 'configurations/ssl_min_protocol_version#properties.value';
const SSL_ENFORCEMENT = 'properties.sslEnforcement';
const MIN_TLS = 'properties.minimalTlsVersion';

const belowTls12 = (name: string) => (value: string) => (meetsTlsMinimum(value, '1.2') === true ? undefined : `${name} is ${value}, which admits protocols older than TLS 1.2`);

/** Flexible servers: two server parameters; single servers: two properties. Both must hold. */
export default defineRule({
  id: 'postgresql-secure-transport',
  check(ctx) {
    for (const server of ctx.state.postgresFlexibleServers) {
      const { sslMinProtocolVersion } = server.serverParameters;
      judgeSettings(ctx, server, [
        requireSecureTransport(server, server.serverParameters.requireSecureTransport),
        { value: sslMinProtocolVersion, evidence: observed(server, 'serverParameters.sslMinProtocolVersion', MIN_PROTOCOL, sslMinProtocolVersion), problem: belowTls12('ssl_min_protocol_version') },
      ], { pass: `Flexible server ${server.name} requires TLS 1.2 or later`, fail: `Flexible server ${server.name} does not enforce encrypted connections with TLS 1.2 or later` });
    }
    for (const server of ctx.state.postgresSingleServers) {
      judgeSettings(ctx, server, [
        {
          value: server.sslEnforcement,
          evidence: observed(server, 'sslEnforcement', SSL_ENFORCEMENT, server.sslEnforcement),
          problem: (v) => (v.toLowerCase() === 'enabled' ? undefined : `sslEnforcement is ${v}, so clients may connect unencrypted`),
        },
        { value: server.minimalTlsVersion, evidence: observed(server, 'minimalTlsVersion', MIN_TLS, server.minimalTlsVersion), problem: belowTls12('minimalTlsVersion') },
      ], { pass: `Single server ${server.name} requires TLS 1.2 or later`, fail: `Single server ${server.name} does not enforce encrypted connections with TLS 1.2 or later` });
    }
  },
});
