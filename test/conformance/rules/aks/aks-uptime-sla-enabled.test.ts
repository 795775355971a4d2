import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/aks/aks-uptime-sla-enabled.ts';
import { only, run } from '../../../helpers/state.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('aks-uptime-sla-enabled', () => {
  describe('PSRule conformance (Resources.AKS.json)', () => {
    const s = stateOf(`${CONFORMANCE}/psrule/Resources.AKS.json`);
    // A, B, C, G: no sku (API default Free); D, F: Free; H, I: Paid; J, K, L: Standard.
    // PSRule agrees except on H, which it fails for spelling Paid with api-version 2023-03-02.
    const expected: [string, string][] = [
      ...['A', 'B', 'C', 'D', 'F', 'G'].map((x): [string, string] => [`cluster-${x}`, 'fail']),
      ...['H', 'I', 'J', 'K', 'L'].map((x): [string, string] => [`cluster-${x}`, 'pass']),
    ];
    it.each(expected)('%s: %s', (name, status) => {
      expect(only(run(rule, s), name).status).toBe(status);
    });
  });
});
