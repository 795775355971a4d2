import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/acr/acr-admin-user-disabled.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('acr-admin-user-disabled', () => {
  describe('PSRule conformance (Resources.ACR.json)', () => {
    it('fails registry-A and registry-D (adminUserEnabled true) and passes the rest, registry-C through the API default', () => {
      const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.ACR.json`));
      expect(findings.filter((f) => f.status === 'fail').map((f) => f.resource.name)).toEqual(['registry-A', 'registry-D']);
      expect(findings.filter((f) => f.status === 'pass')).toHaveLength(17);
      expect(only(findings, 'registry-C').evidence[0]?.note).toMatch(/API default/);
    });
  });
});
