import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/keyvault/keyvault-purge-protection-enabled.ts';
import { keyVault } from '../../helpers/key-vault.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (v: ReturnType<typeof keyVault>) => only(run(rule, state({ keyVaults: [v] })));

describe('keyvault-purge-protection-enabled', () => {
  it('passes a vault with purge protection', () => {
    expect(verdict(keyVault()).status).toBe('pass');
  });

  it('fails a vault without purge protection, noting when that is the API default', () => {
    const f = verdict(keyVault({ enablePurgeProtection: false, provenance: { paths: {}, defaulted: ['enablePurgeProtection'] } }));
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.evidence[0]).toMatchObject({ path: 'properties.enablePurgeProtection', value: false, note: expect.stringMatching(/API default/) });
  });

  it('fails purge protection that cannot take effect because soft delete is off', () => {
    const f = verdict(keyVault({ enableSoftDelete: false }));
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/soft delete off/);
    expect(f.evidence.map((e) => e.path)).toEqual(['properties.enablePurgeProtection', 'properties.enableSoftDelete']);
  });

  it('is unknown when the source does not state it', () => {
    const f = verdict(keyVault({ enablePurgeProtection: null }));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/enablePurgeProtection is not stated/);
  });
});
