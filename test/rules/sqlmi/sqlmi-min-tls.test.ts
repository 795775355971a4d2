import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/sqlmi/sqlmi-min-tls.ts';
import { sqlManagedInstance } from '../../helpers/sql-managed-instance.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (minimalTlsVersion: string | null) => only(run(rule, state({ sqlManagedInstances: [sqlManagedInstance({ minimalTlsVersion })] })));

describe('sqlmi-min-tls', () => {
  it('passes TLS 1.2', () => {
    expect(verdict('1.2')).toMatchObject({ status: 'pass', message: 'SQL managed instance sqlmi-prod requires TLS 1.2 or later' });
  });

  it.each([['1.0', /accepts TLS 1\.0/], ['1.1', /accepts TLS 1\.1/], ['None', /sets no minimum/]])('fails %s', (version, message) => {
    expect(verdict(version)).toMatchObject({ status: 'fail', severity: 'high', message: expect.stringMatching(message) });
  });

  it('is unknown when not stated or not a TLS version', () => {
    expect(verdict(null)).toMatchObject({ status: 'unknown', evidence: [{ path: 'properties.minimalTlsVersion', value: null }] });
    expect(verdict('TLS-ish').status).toBe('unknown');
  });
});
