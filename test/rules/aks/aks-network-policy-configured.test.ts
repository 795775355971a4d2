import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-network-policy-configured.ts';
import { cluster, only, run, state } from '../../helpers/state.ts';

const withPolicy = (policy: string | null) => cluster({ network: { policy } });
const verdict = (c: ReturnType<typeof cluster>, params = {}) => only(run(rule, state({ clusters: [c] }), params));

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
});
