import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/aks/aks-kubernetes-rbac-enabled.ts';
import type { Finding } from '../../../../src/engine/finding.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

const byName = (findings: Finding[]) => Object.fromEntries(findings.map((f) => [f.resource.name, f.status]));

describe('aks-kubernetes-rbac-enabled', () => {
  describe('PSRule conformance (Resources.AKS.json)', () => {
    it('passes the ten clusters with enableRBAC true; cluster-B omits it, unknown here where Azure.AKS.UseRBAC fails it', () => {
      const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.AKS.json`));
      const status = (x: string) => (x === 'B' ? 'unknown' : 'pass');
      expect(byName(findings)).toEqual(Object.fromEntries(['A', 'B', 'C', 'D', 'F', 'G', 'H', 'I', 'J', 'K', 'L'].map((x) => [`cluster-${x}`, status(x)])));
    });
  });
});
