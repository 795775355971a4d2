import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/aks/aks-azure-policy-addon-enabled.ts';
import type { Finding } from '../../../../src/engine/finding.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

const byName = (findings: Finding[]) => Object.fromEntries(findings.map((f) => [f.resource.name, f.status]));

describe('aks-azure-policy-addon-enabled', () => {
  describe('PSRule conformance (Resources.AKS.json)', () => {
    it('agrees with Azure.AKS.AzurePolicyAddOn: C, D (spelled azurePolicy), F, K and L run it', () => {
      const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.AKS.json`));
      const status = (x: string) => (['C', 'D', 'F', 'K', 'L'].includes(x) ? 'pass' : 'fail');
      expect(byName(findings)).toEqual(Object.fromEntries(['A', 'B', 'C', 'D', 'F', 'G', 'H', 'I', 'J', 'K', 'L'].map((x) => [`cluster-${x}`, status(x)])));
    });
  });
});
