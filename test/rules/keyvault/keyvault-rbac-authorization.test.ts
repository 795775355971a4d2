import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/keyvault/keyvault-rbac-authorization.ts';
import { accessPolicy, keyVault } from '../../helpers/key-vault.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (v: ReturnType<typeof keyVault>) => only(run(rule, state({ keyVaults: [v] })));

describe('keyvault-rbac-authorization', () => {
  it('passes a vault on Azure RBAC', () => {
    expect(verdict(keyVault()).status).toBe('pass');
  });

  it('fails a vault on access policies, counting them', () => {
    const f = verdict(keyVault({ enableRbacAuthorization: false, accessPolicies: [accessPolicy('app', { secrets: ['get'] }), accessPolicy('ops', { keys: ['get'] })] }));
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(/vault access policies \(2 access policies\)/);
    expect(f.evidence).toContainEqual({ path: 'properties.enableRbacAuthorization', value: false });
  });

  it('is unknown when the source does not state it, and says why the default cannot be assumed', () => {
    const f = verdict(keyVault({ enableRbacAuthorization: null }));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/enableRbacAuthorization is not stated/);
    expect(f.message).toMatch(/2026-02-01/);
  });
});
