import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/aks/aks-local-accounts-disabled.ts';
import type { Finding } from '../../../../src/engine/finding.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

const byName = (findings: Finding[]) => Object.fromEntries(findings.map((f) => [f.resource.name, f.status]));

describe('aks-local-accounts-disabled', () => {
  describe('PSRule conformance (Resources.AKS.json)', () => {
    it('agrees with Azure.AKS.LocalAccounts: only cluster-F sets disableLocalAccounts true', () => {
      const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.AKS.json`));
      const fail = ['A', 'B', 'C', 'D', 'G', 'H', 'I', 'J', 'K', 'L'].map((x) => [`cluster-${x}`, 'fail']);
      expect(byName(findings)).toEqual(Object.fromEntries([...fail, ['cluster-F', 'pass']]));
    });
  });
});
