import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/aks/aks-azure-rbac-enabled.ts';
import type { Finding } from '../../../../src/engine/finding.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

const byName = (findings: Finding[]) => Object.fromEntries(findings.map((f) => [f.resource.name, f.status]));

describe('aks-azure-rbac-enabled', () => {
  describe('PSRule conformance (Resources.AKS.json)', () => {
    it('agrees with Azure.AKS.AzureRBAC: F, K and L pass; D is Entra-integrated without Azure RBAC', () => {
      const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.AKS.json`));
      const status = (x: string) => (['F', 'K', 'L'].includes(x) ? 'pass' : 'fail');
      expect(byName(findings)).toEqual(Object.fromEntries(['A', 'B', 'C', 'D', 'F', 'G', 'H', 'I', 'J', 'K', 'L'].map((x) => [`cluster-${x}`, status(x)])));
      expect(only(findings, 'cluster-D').message).toMatch(/has Entra ID integration but/);
      expect(only(findings, 'cluster-A').message).toMatch(/requires AKS-managed Microsoft Entra ID/);
    });
  });
});
