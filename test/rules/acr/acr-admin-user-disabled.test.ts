import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/acr/acr-admin-user-disabled.ts';
import { registry } from '../../helpers/container-registry.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (overrides: Parameters<typeof registry>[0]) => only(run(rule, state({ containerRegistries: [registry(overrides)] })));

describe('acr-admin-user-disabled', () => {
  it('passes a registry with the admin user off', () => {
    expect(verdict({}).status).toBe('pass');
  });

  it('fails a registry with the admin user on, with the property as evidence', () => {
    const f = verdict({ adminUserEnabled: true });
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toMatch(/acrprod has the admin user enabled/);
    expect(f.evidence).toEqual([{ path: 'properties.adminUserEnabled', value: true }]);
  });

  it('is unknown when the source does not say', () => {
    expect(verdict({ adminUserEnabled: null })).toMatchObject({ status: 'unknown', message: expect.stringMatching(/adminUserEnabled is not stated/) });
  });

  it('labels an API default in the evidence', () => {
    const f = verdict({ provenance: { paths: {}, defaulted: ['adminUserEnabled'] } });
    expect(f.evidence[0]?.note).toMatch(/API default/);
  });
});
