import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/aks/aks-http-application-routing-disabled.ts';
import { only, run } from '../../../helpers/state.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('aks-http-application-routing-disabled', () => {
  describe('PSRule conformance (Resources.AKS.json)', () => {
    const s = stateOf(`${CONFORMANCE}/psrule/Resources.AKS.json`);
    // Enabled on A, C, F, G, H, I (spelled httpapplicationrouting or httpApplicationRouting);
    // disabled on D, L; absent from B, J, K. PSRule Azure.AKS.HttpAppRouting concludes the same.
    const expected: [string, string][] = [
      ...['A', 'C', 'F', 'G', 'H', 'I'].map((x): [string, string] => [`cluster-${x}`, 'fail']),
      ...['B', 'D', 'J', 'K', 'L'].map((x): [string, string] => [`cluster-${x}`, 'pass']),
    ];
    it.each(expected)('%s: %s', (name, status) => {
      expect(only(run(rule, s), name).status).toBe(status);
    });
  });
});
