import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/network/network-aks-node-public-ips.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('network-aks-node-public-ips', () => {
  describe('PSRule conformance (Resources.AKS.json)', () => {
    // PSRule has no equivalent resource check (its inputs hold no node public IPs); every cluster there states its node resource group and none of its public IPs is in the input, so none can be judged.
    it('judges no cluster of the PSRule AKS input: its node resource groups were not exported', () => {
      const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.AKS.json`));
      expect(findings.length).toBeGreaterThan(0);
      expect(new Set(findings.map((f) => f.status))).toEqual(new Set(['unknown']));
    });
  });
});
