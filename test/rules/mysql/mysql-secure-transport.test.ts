import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/mysql/mysql-secure-transport.ts';
import { mysqlFlexible } from '../../helpers/mysql.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (...args: Parameters<typeof mysqlFlexible>) => only(run(rule, state({ mysqlFlexibleServers: [mysqlFlexible(...args)] })));

describe('mysql-secure-transport', () => {
  it.each(['TLSv1.2', 'TLSv1.3', 'TLSv1.2,TLSv1.3'])('passes require_secure_transport ON with tls_version %s', (tlsVersion) => {
    expect(verdict({ serverParameters: { tlsVersion } }).status).toBe('pass');
  });

  it('fails require_secure_transport OFF', () => {
    const f = verdict({ serverParameters: { requireSecureTransport: 'OFF' } });
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.evidence).toContainEqual({ path: 'configurations/require_secure_transport#properties.value', value: 'OFF' });
  });

  it('fails a tls_version list that still admits TLS 1.0 or 1.1, naming them', () => {
    const f = verdict({ serverParameters: { tlsVersion: 'TLSv1,TLSv1.1,TLSv1.2' } });
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/admits TLSv1, TLSv1.1/);
  });

  it('is unknown when the server parameters were not in the input', () => {
    expect(verdict({ serverParameters: { requireSecureTransport: null } }).status).toBe('unknown');
    expect(verdict({ serverParameters: { tlsVersion: null } }).status).toBe('unknown');
  });
});
