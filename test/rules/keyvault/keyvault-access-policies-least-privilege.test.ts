import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/keyvault/keyvault-access-policies-least-privilege.ts';
import { accessPolicy, keyVault } from '../../helpers/key-vault.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (v: ReturnType<typeof keyVault>) => only(run(rule, state({ keyVaults: [v] })));
const onPolicies = (...policies: ReturnType<typeof accessPolicy>[]) => keyVault({ enableRbacAuthorization: false, accessPolicies: policies });

describe('keyvault-access-policies-least-privilege', () => {
  it('passes access policies that grant neither all nor purge', () => {
    expect(verdict(onPolicies(accessPolicy('app', { secrets: ['Get', 'List'], keys: ['get', 'unwrapKey'] }))).status).toBe('pass');
  });

  it('fails policies granting all or purge, naming each principal and permission', () => {
    const f = verdict(onPolicies(accessPolicy('app', { secrets: ['get'] }), accessPolicy('ci-pipeline', { secrets: ['All'] }), accessPolicy('ops', { keys: ['get', 'Purge'], certificates: ['purge'], storage: ['all'] })));
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toContain('ci-pipeline (secrets: All); ops (keys: Purge; certificates: purge)');
    expect(f.message).not.toContain('app');
    expect(f.evidence.map((e) => e.path)).toEqual(['properties.enableRbacAuthorization', 'properties.accessPolicies[1].permissions', 'properties.accessPolicies[2].permissions']);
  });

  it('does not apply to a vault on Azure RBAC, whose access policies the service ignores', () => {
    const f = verdict(keyVault({ enableRbacAuthorization: true, accessPolicies: [accessPolicy('legacy', { secrets: ['all'] })] }));
    expect(f.status).toBe('not-applicable');
    expect(f.message).toMatch(/ignores its access policies/);
  });

  it('is unknown when broad policies exist but the permission model is not stated', () => {
    const f = verdict(keyVault({ enableRbacAuthorization: null, accessPolicies: [accessPolicy('ci', { secrets: ['all'] })] }));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/ci \(secrets: all\)/);
  });

  it('passes narrow policies even when the permission model is not stated', () => {
    expect(verdict(keyVault({ enableRbacAuthorization: null, accessPolicies: [accessPolicy('app', { secrets: ['get'] })] })).status).toBe('pass');
  });

  it('is unknown when the access policies are not stated', () => {
    expect(verdict(keyVault({ enableRbacAuthorization: false, accessPolicies: null })).status).toBe('unknown');
  });
});
