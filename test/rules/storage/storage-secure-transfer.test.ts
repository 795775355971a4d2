import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/storage/storage-secure-transfer.ts';
import { storageAccount } from '../../helpers/storage-account.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (overrides: Parameters<typeof storageAccount>[0]) => only(run(rule, state({ storageAccounts: [storageAccount(overrides)] })));

describe('storage-secure-transfer', () => {
  it.each(['TLS1_2', 'TLS1_3'])('passes HTTPS only with %s', (minimumTlsVersion) => {
    expect(verdict({ minimumTlsVersion }).status).toBe('pass');
  });

  it('fails plain HTTP and old TLS, naming both', () => {
    const f = verdict({ supportsHttpsTrafficOnly: false, minimumTlsVersion: 'TLS1_0' });
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toBe('Storage account stprod accepts plain HTTP (secure transfer is not required) and accepts TLS 1.0, older than TLS 1.2');
  });

  it('fails TLS 1.1 even when HTTPS is required', () => {
    expect(verdict({ minimumTlsVersion: 'TLS1_1' }).status).toBe('fail');
  });

  it('fails on what is known even when the rest is unknown', () => {
    expect(verdict({ supportsHttpsTrafficOnly: null, minimumTlsVersion: 'TLS1_0' }).status).toBe('fail');
  });

  it('is unknown when a setting is not stated', () => {
    expect(verdict({ supportsHttpsTrafficOnly: null }).message).toMatch(/supportsHttpsTrafficOnly is not stated/);
    expect(verdict({ minimumTlsVersion: null }).status).toBe('unknown');
  });

  it('labels the TLS 1.0 API default in the evidence', () => {
    const f = verdict({ minimumTlsVersion: 'TLS1_0', provenance: { paths: {}, defaulted: ['minimumTlsVersion'] } });
    expect(f.evidence.find((e) => e.path === 'properties.minimumTlsVersion')?.note).toMatch(/API default/);
  });
});
