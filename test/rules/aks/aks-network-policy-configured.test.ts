import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-network-policy-configured.ts';
import type { Finding } from '../../../src/engine/finding.ts';
import { stateOf } from '../../helpers/scan.ts';
import { cluster, only, run, state } from '../../helpers/state.ts';

const withPolicy = (policy: string | null) => cluster({ network: { policy } });
const verdict = (c: ReturnType<typeof cluster>, params = {}) => only(run(rule, state({ clusters: [c] }), params));
const byName = (findings: Finding[]) => Object.fromEntries(findings.map((f) => [f.resource.name, f.status]));

describe('aks-network-policy-configured', () => {
  it.each(['cilium', 'calico', 'Calico'])('passes engine %s', (policy) => {
    const f = verdict(withPolicy(policy));
    expect(f.status).toBe('pass');
    expect(f.evidence).toEqual([{ path: 'properties.networkProfile.networkPolicy', value: policy }]);
  });

  it('passes Azure Network Policy Manager with a note that it is being retired for Cilium', () => {
    const f = verdict(withPolicy('azure'));
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/retiring.*Cilium/);
  });

  it('fails networkPolicy none: policies are accepted but not enforced', () => {
    const f = verdict(withPolicy('none'));
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(/not enforced/);
  });

  it('fails an engine outside allowedEngines', () => {
    const f = verdict(withPolicy('azure'), { allowedEngines: ['cilium'] });
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/azure, which is not one of the allowed engines \(cilium\)/);
    expect(verdict(withPolicy('calico'), { allowedEngines: ['cilium'] }).status).toBe('fail');
  });

  it('is unknown when networkPolicy is not stated', () => {
    const f = verdict(withPolicy(null));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/networkPolicy is not stated/);
  });

  describe('PSRule conformance (Resources.AKS.json)', () => {
    it('agrees with Azure.AKS.NetworkPolicy: C, F, K, L (azure) and D (calico) pass; the rest set no networkPolicy', () => {
      const findings = run(rule, stateOf('../shared/conformance/psrule/Resources.AKS.json'));
      const status = (x: string) => (['C', 'D', 'F', 'K', 'L'].includes(x) ? 'pass' : 'fail');
      expect(byName(findings)).toEqual(Object.fromEntries(['A', 'B', 'C', 'D', 'F', 'G', 'H', 'I', 'J', 'K', 'L'].map((x) => [`cluster-${x}`, status(x)])));
      expect(only(findings, 'cluster-A').evidence[0]?.note).toMatch(/API default/);
    });
  });
});
