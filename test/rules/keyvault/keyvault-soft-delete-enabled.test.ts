import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/keyvault/keyvault-soft-delete-enabled.ts';
import { keyVault } from '../../helpers/key-vault.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (v: ReturnType<typeof keyVault>, params = {}) => only(run(rule, state({ keyVaults: [v] }), params));

describe('keyvault-soft-delete-enabled', () => {
  it('passes a vault with soft delete on', () => {
    const f = verdict(keyVault());
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/90 days/);
  });

  it('fails a vault with soft delete off', () => {
    const f = verdict(keyVault({ enableSoftDelete: false }));
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.evidence).toContainEqual({ path: 'properties.enableSoftDelete', value: false });
  });

  it('is unknown when the source does not state soft delete', () => {
    const f = verdict(keyVault({ enableSoftDelete: null }));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/enableSoftDelete is not stated/);
  });

  it('judges the retention against the minimumRetentionDays parameter', () => {
    const short = keyVault({ softDeleteRetentionInDays: 7 });
    expect(verdict(short).status).toBe('pass');
    const f = verdict(short, { minimumRetentionDays: 30 });
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/7 days, fewer than the required 30/);
  });

  it('needs the retention only when the parameter asks for more than the API minimum', () => {
    const unstated = keyVault({ softDeleteRetentionInDays: null });
    expect(verdict(unstated).status).toBe('pass');
    expect(verdict(unstated, { minimumRetentionDays: 30 }).status).toBe('unknown');
  });

  it('notes an API default in the evidence', () => {
    const f = verdict(keyVault({ provenance: { paths: {}, defaulted: ['enableSoftDelete'] } }));
    expect(f.evidence[0]).toMatchObject({ path: 'properties.enableSoftDelete', value: true, note: expect.stringMatching(/API default/) });
  });
});
