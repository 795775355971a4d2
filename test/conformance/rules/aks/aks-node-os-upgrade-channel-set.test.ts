import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/aks/aks-node-os-upgrade-channel-set.ts';
import { only, run } from '../../../helpers/state.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('aks-node-os-upgrade-channel-set', () => {
  describe('PSRule conformance (Resources.AKS.json)', () => {
    const s = stateOf(`${CONFORMANCE}/psrule/Resources.AKS.json`);
    // Only F states a node OS channel (SecurityPatch). The others were written with API versions
    // (or none) that lack the property: PSRule fails them; here they are unknown (see the doc page).
    const expected: [string, string][] = [
      ['cluster-F', 'pass'],
      ...['A', 'B', 'C', 'D', 'G', 'H', 'I', 'J', 'K', 'L'].map((x): [string, string] => [`cluster-${x}`, 'unknown']),
    ];
    it.each(expected)('%s: %s', (name, status) => {
      expect(only(run(rule, s), name).status).toBe(status);
    });
  });
});
