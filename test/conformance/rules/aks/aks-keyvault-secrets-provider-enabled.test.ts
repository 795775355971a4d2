import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/aks/aks-keyvault-secrets-provider-enabled.ts';
import type { Finding } from '../../../../src/engine/finding.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

const byName = (findings: Finding[]) => Object.fromEntries(findings.map((f) => [f.resource.name, [f.status, f.severity]]));

describe('aks-keyvault-secrets-provider-enabled', () => {
  describe('PSRule conformance (Resources.AKS.json)', () => {
    it('matches Azure.AKS.SecretStore and Azure.AKS.SecretStoreRotation together', () => {
      const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.AKS.json`));
      // L: enableSecretRotation "true"; F: "false"; K: "False"; no other cluster has the add-on.
      const expected = (x: string) => (x === 'L' ? ['pass', 'medium'] : ['F', 'K'].includes(x) ? ['fail', 'low'] : ['fail', 'medium']);
      expect(byName(findings)).toEqual(Object.fromEntries(['A', 'B', 'C', 'D', 'F', 'G', 'H', 'I', 'J', 'K', 'L'].map((x) => [`cluster-${x}`, expected(x)])));
    });
  });
});
