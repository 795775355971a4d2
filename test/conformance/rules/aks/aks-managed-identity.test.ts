import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/aks/aks-managed-identity.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('aks-managed-identity', () => {
  describe('PSRule conformance (Resources.AKS.json)', () => {
    const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.AKS.json`));

    it('agrees with Azure.AKS.ManagedIdentity on every cluster', () => {
      for (const name of ['cluster-D', 'cluster-F', 'cluster-K', 'cluster-L']) expect(only(findings, name).status, name).toBe('pass');
      for (const name of ['cluster-A', 'cluster-B', 'cluster-C', 'cluster-G', 'cluster-H', 'cluster-I', 'cluster-J']) expect(only(findings, name).status, name).toBe('fail');
    });
  });
});
