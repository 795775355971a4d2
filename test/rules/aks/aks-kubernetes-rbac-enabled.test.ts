import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-kubernetes-rbac-enabled.ts';
import type { Finding } from '../../../src/engine/finding.ts';
import { stateOf } from '../../helpers/scan.ts';
import { cluster, only, run, state } from '../../helpers/state.ts';

const verdict = (c: ReturnType<typeof cluster>) => only(run(rule, state({ clusters: [c] })));
const byName = (findings: Finding[]) => Object.fromEntries(findings.map((f) => [f.resource.name, f.status]));

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

  describe('PSRule conformance (Resources.AKS.json)', () => {
    it('passes the ten clusters with enableRBAC true; cluster-B omits it, unknown here where Azure.AKS.UseRBAC fails it', () => {
      const findings = run(rule, stateOf('../shared/conformance/psrule/Resources.AKS.json'));
      const status = (x: string) => (x === 'B' ? 'unknown' : 'pass');
      expect(byName(findings)).toEqual(Object.fromEntries(['A', 'B', 'C', 'D', 'F', 'G', 'H', 'I', 'J', 'K', 'L'].map((x) => [`cluster-${x}`, status(x)])));
    });
  });
});
