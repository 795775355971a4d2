import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/aks/aks-kubernetes-version-supported.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { clusterStatus, only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

const on = (day: string) => new Date(`${day}T12:00:00Z`);

describe('aks-kubernetes-version-supported', () => {
  describe('PSRule conformance (Resources.AKS.json)', () => {
    // Every cluster there is on the Free, Paid or Standard tier: none gets LTS.
    const psrule = stateOf(`${CONFORMANCE}/psrule/Resources.AKS.json`);
    const at = (day: string) => run(rule, psrule, {}, on(day));
    const on1337 = ['cluster-A', 'cluster-C', 'cluster-D', 'cluster-F', 'cluster-G', 'cluster-H', 'cluster-I', 'cluster-J', 'cluster-K'];

    it('agrees with PSRule on 1.33.7 while 1.33 is in community support (2026-05-01)', () => {
      const findings = at('2026-05-01');
      for (const name of on1337) expect(clusterStatus(findings, name), name).toBe('pass');
    });

    it('fails 1.33.7 once 1.33 is in platform support, where PSRule\'s fixed minimum 1.33.7 still passes (2026-08-05)', () => {
      const findings = at('2026-08-05');
      for (const name of on1337) expect(only(findings, name), name).toMatchObject({ status: 'fail', severity: 'high' });
    });

    it('fails cluster-B (1.13.8, pool 1.11.4) as PSRule does, and leaves cluster-L (9.99.9) unknown where PSRule passes', () => {
      const findings = at('2026-08-05');
      expect(clusterStatus(findings, 'cluster-B')).toBe('fail');
      expect(clusterStatus(findings, 'cluster-L')).toBe('unknown');
      expect(findings.filter((f) => f.resource.parent === undefined)).toHaveLength(11);
    });
  });
});
