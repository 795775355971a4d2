import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/postgresql/postgresql-secure-transport.ts';
import { pgFlexible, pgSingle } from '../../helpers/postgresql.ts';
import { only, run, state } from '../../helpers/state.ts';

const flexible = (...args: Parameters<typeof pgFlexible>) => only(run(rule, state({ postgresFlexibleServers: [pgFlexible(...args)] })));
const single = (...args: Parameters<typeof pgSingle>) => only(run(rule, state({ postgresSingleServers: [pgSingle(...args)] })));

describe('postgresql-secure-transport', () => {
  it('passes a flexible server that requires TLS 1.2 or later', () => {
    expect(flexible().status).toBe('pass');
    expect(flexible({ serverParameters: { sslMinProtocolVersion: 'TLSv1.3' } }).status).toBe('pass');
  });

  it('fails a flexible server with require_secure_transport off', () => {
    const f = flexible({ serverParameters: { requireSecureTransport: 'off' } });
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toMatch(/require_secure_transport is off/);
    expect(f.evidence).toContainEqual({ path: 'configurations/require_secure_transport#properties.value', value: 'off' });
  });

  it.each(['TLSv1', 'TLSv1.1'])('fails a flexible server whose ssl_min_protocol_version is %s', (version) => {
    expect(flexible({ serverParameters: { sslMinProtocolVersion: version } }).message).toMatch(/older than TLS 1.2/);
  });

  it('fails on the known bad parameter even when the other is unknown', () => {
    expect(flexible({ serverParameters: { requireSecureTransport: 'off', sslMinProtocolVersion: null } }).status).toBe('fail');
  });

  it('is unknown when the input did not carry the server parameters', () => {
    const f = flexible({ serverParameters: { requireSecureTransport: null, sslMinProtocolVersion: null } });
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/require_secure_transport/);
  });

  it('notes a server parameter taken from its documented default', () => {
    const server = pgFlexible();
    server.provenance.defaulted.push('serverParameters.requireSecureTransport');
    const f = only(run(rule, state({ postgresFlexibleServers: [server] })));
    expect(f.evidence[0]?.note).toMatch(/API default/);
  });

  it('judges single servers by sslEnforcement and minimalTlsVersion', () => {
    expect(single().status).toBe('pass');
    expect(single({ sslEnforcement: 'Disabled' }).message).toMatch(/sslEnforcement is Disabled/);
    expect(single({ minimalTlsVersion: 'TLSEnforcementDisabled' }).status).toBe('fail');
    expect(single({ minimalTlsVersion: 'TLS1_1' }).status).toBe('fail');
    expect(single({ minimalTlsVersion: null }).status).toBe('unknown');
  });
});
