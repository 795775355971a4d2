import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/acr/acr-public-access-restricted.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('acr-public-access-restricted', () => {
  describe('conformance on the PSRule input (Resources.ACR.json; PSRule has no equivalent rule)', () => {
    it('passes the private (I, M) and default-deny (J) Premium registries and fails the rest, Basic and Standard by SKU', () => {
      const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.ACR.json`));
      expect(findings.filter((f) => f.status === 'pass').map((f) => f.resource.name)).toEqual(['registry-I', 'registry-J', 'registry-M']);
      expect(only(findings, 'registry-A').message).toMatch(/Basic SKU/);
      expect(only(findings, 'registry-B').message).toMatch(/Standard SKU/);
      expect(only(findings, 'registry-E').message).toMatch(/default action Allow/);
      expect(findings.filter((f) => f.status === 'fail')).toHaveLength(16);
    });
  });
});
