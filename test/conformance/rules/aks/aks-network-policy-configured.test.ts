import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/aks/aks-network-policy-configured.ts';
import type { Finding } from '../../../../src/engine/finding.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

const byName = (findings: Finding[]) => Object.fromEntries(findings.map((f) => [f.resource.name, f.status]));

describe('aks-network-policy-configured', () => {
  describe('PSRule conformance (Resources.AKS.json)', () => {
    it('agrees with Azure.AKS.NetworkPolicy: C, F, K, L (azure) and D (calico) pass; the rest set no networkPolicy', () => {
      const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.AKS.json`));
      const status = (x: string) => (['C', 'D', 'F', 'K', 'L'].includes(x) ? 'pass' : 'fail');
      expect(byName(findings)).toEqual(Object.fromEntries(['A', 'B', 'C', 'D', 'F', 'G', 'H', 'I', 'J', 'K', 'L'].map((x) => [`cluster-${x}`, status(x)])));
      expect(only(findings, 'cluster-A').evidence[0]?.note).toMatch(/API default/);
    });
  });
});
