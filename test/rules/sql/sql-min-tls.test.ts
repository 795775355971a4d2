import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/sql/sql-min-tls.ts';
import { sqlServer } from '../../helpers/sql.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (s: ReturnType<typeof sqlServer>, params = {}) => only(run(rule, state({ sqlServers: [s] }), params));

describe('sql-min-tls', () => {
  it.each(['1.2', '1.3'])('passes a minimum of TLS %s', (version) => {
    expect(verdict(sqlServer({ minimalTlsVersion: version })).status).toBe('pass');
  });

  it.each([
    ['1.0', /accepts TLS 1\.0, older than 1\.2/],
    ['1.1', /accepts TLS 1\.1/],
    ['None', /sets no minimum TLS version/],
  ])('fails %s', (version, message) => {
    const f = verdict(sqlServer({ minimalTlsVersion: version }));
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toMatch(message);
    expect(f.evidence).toContainEqual({ path: 'properties.minimalTlsVersion', value: version });
  });

  it('honours the minimum parameter', () => {
    expect(verdict(sqlServer({ minimalTlsVersion: '1.2' }), { minimum: '1.3' }).status).toBe('fail');
  });

  it('is unknown when not stated or not a TLS version', () => {
    expect(verdict(sqlServer({ minimalTlsVersion: null })).status).toBe('unknown');
    expect(verdict(sqlServer({ minimalTlsVersion: 'TLS-ish' })).status).toBe('unknown');
  });
});
