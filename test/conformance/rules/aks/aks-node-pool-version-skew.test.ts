import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/aks/aks-node-pool-version-skew.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { clusterStatus, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('aks-node-pool-version-skew', () => {
  describe('PSRule conformance (Resources.AKS.json)', () => {
    const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.AKS.json`));

    it('passes every cluster whose pools run the control-plane version, as Azure.AKS.PoolVersion does', () => {
      for (const name of ['cluster-A', 'cluster-C', 'cluster-D', 'cluster-F', 'cluster-G', 'cluster-H', 'cluster-I', 'cluster-J', 'cluster-K', 'cluster-L']) {
        expect(clusterStatus(findings, name), name).toBe('pass');
      }
    });

    it('passes cluster-B (control plane 1.13.8, pool 1.11.4: two minors, allowed before 1.28), which PSRule fails for not being equal', () => {
      expect(clusterStatus(findings, 'cluster-B')).toBe('pass');
    });
  });
});
