import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/acr/acr-admin-user-disabled.ts';
import { registry } from '../../helpers/container-registry.ts';
import { CONFORMANCE, stateOf } from '../../helpers/scan.ts';
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
    const f = verdict({ defaulted: ['adminUserEnabled'] });
    expect(f.evidence[0]?.note).toMatch(/API default/);
  });

  describe('PSRule conformance (Resources.ACR.json)', () => {
    it('fails registry-A and registry-D (adminUserEnabled true) and passes the rest, registry-C through the API default', () => {
      const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.ACR.json`));
      expect(findings.filter((f) => f.status === 'fail').map((f) => f.resource.name)).toEqual(['registry-A', 'registry-D']);
      expect(findings.filter((f) => f.status === 'pass')).toHaveLength(17);
      expect(only(findings, 'registry-C').evidence[0]?.note).toMatch(/API default/);
    });
  });
});
