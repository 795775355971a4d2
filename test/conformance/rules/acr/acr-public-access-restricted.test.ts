import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/acr/acr-public-access-restricted.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('acr-public-access-restricted', () => {
  describe('conformance on the PSRule input (Resources.ACR.json; PSRule has no equivalent rule)', () => {
    it('passes the private (I, M) Premium registries, fails the rest, Basic and Standard by SKU; the placeholder IP rule of J is unknown', () => {
      const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.ACR.json`));
      expect(findings.filter((f) => f.status === 'pass').map((f) => f.resource.name)).toEqual(['registry-I', 'registry-M']);
      // J denies by default but admits `_IPv4Address_`: not an address range, so what it admits is unknown.
      expect(only(findings, 'registry-J')).toMatchObject({ status: 'unknown', message: expect.stringMatching(/"_IPv4Address_".*not address ranges/) });
      expect(only(findings, 'registry-A').message).toMatch(/Basic SKU/);
      expect(only(findings, 'registry-B').message).toMatch(/Standard SKU/);
      expect(only(findings, 'registry-E').message).toMatch(/default action Allow/);
      expect(findings.filter((f) => f.status === 'fail')).toHaveLength(16);
    });
  });
});
