import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/aks/aks-auto-upgrade-channel-set.ts';
import { only, run } from '../../../helpers/state.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('aks-auto-upgrade-channel-set', () => {
  describe('PSRule conformance (Resources.AKS.json)', () => {
    const s = stateOf(`${CONFORMANCE}/psrule/Resources.AKS.json`);
    // F: rapid, K: stable. L: none. A–D and G–J have no autoUpgradeProfile in a complete body (API default none).
    // PSRule Azure.AKS.AutoUpgrade concludes the same for all eleven.
    const expected: [string, string][] = [
      ['cluster-F', 'pass'],
      ['cluster-K', 'pass'],
      ...['A', 'B', 'C', 'D', 'G', 'H', 'I', 'J', 'L'].map((x): [string, string] => [`cluster-${x}`, 'fail']),
    ];
    it.each(expected)('%s: %s', (name, status) => {
      expect(only(run(rule, s), name).status).toBe(status);
    });
  });
});
