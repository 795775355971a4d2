import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/aks/aks-system-pool-min-nodes.ts';
import { clusterStatus, run } from '../../../helpers/state.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('aks-system-pool-min-nodes', () => {
  describe('PSRule conformance (Resources.AKS.json)', () => {
    const s = stateOf(`${CONFORMANCE}/psrule/Resources.AKS.json`);
    // A, C, G, H, J: one pool of 3 (mode not stated, so it is the System pool); B, D: one pool of 1;
    // F: autoscaled System pool, minCount 2; K: autoscaled System pool, minCount 3; L: System pool
    // minCount 2 beside a User pool. I: System pool with autoscaling off and no count (only minCount 3):
    // unknown here; PSRule passes it by reading minCount. All other verdicts are PSRule's too.
    const expected: [string, string][] = [
      ...['A', 'C', 'G', 'H', 'J', 'K'].map((x): [string, string] => [`cluster-${x}`, 'pass']),
      ...['B', 'D', 'F', 'L'].map((x): [string, string] => [`cluster-${x}`, 'fail']),
      ['cluster-I', 'unknown'],
    ];
    it.each(expected)('%s: %s', (name, status) => {
      expect(clusterStatus(run(rule, s), name)).toBe(status);
    });
  });
});
