import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-kubernetes-rbac-enabled.ts';
import { cluster, only, run, state } from '../../helpers/state.ts';

const verdict = (c: ReturnType<typeof cluster>) => only(run(rule, state({ clusters: [c] })));

describe('aks-kubernetes-rbac-enabled', () => {
  it('passes a cluster with Kubernetes RBAC', () => {
    const f = verdict(cluster());
    expect(f.status).toBe('pass');
    expect(f.evidence).toEqual([{ path: 'properties.enableRBAC', value: true }]);
  });

  it('fails a cluster with RBAC disabled at critical severity', () => {
    const f = verdict(cluster({ rbacEnabled: false }));
    expect(f).toMatchObject({ status: 'fail', severity: 'critical' });
    expect(f.message).toMatch(/RBAC disabled/);
  });

  it('is unknown when enableRBAC is absent, rather than assuming either default', () => {
    const f = verdict(cluster({ rbacEnabled: null }));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/enableRBAC is not stated/);
  });
});
