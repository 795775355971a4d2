import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/aks/aks-availability-zones.ts';
import { clusterStatus, run } from '../../../helpers/state.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('aks-availability-zones', () => {
  describe('PSRule conformance (Resources.AKS.json)', () => {
    const s = stateOf(`${CONFORMANCE}/psrule/Resources.AKS.json`);
    // Only D's pool lists zones (1, 2, 3); every other cluster has one pool (two for I and L) with
    // no zones. PSRule also fails C, G, H, K and L, but passes A and B (availability-set pools, which
    // cannot be zonal) and F, I, J (in antarctica* regions it knows have no zones). See the doc page.
    const expected: [string, string][] = [
      ['cluster-D', 'pass'],
      ...['A', 'B', 'C', 'F', 'G', 'H', 'I', 'J', 'K', 'L'].map((x): [string, string] => [`cluster-${x}`, 'fail']),
    ];
    it.each(expected)('%s: %s', (name, status) => {
      expect(clusterStatus(run(rule, s), name)).toBe(status);
    });
  });
});
