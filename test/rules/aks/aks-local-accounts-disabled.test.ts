import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-local-accounts-disabled.ts';
import type { Finding } from '../../../src/engine/finding.ts';
import { stateOf } from '../../helpers/scan.ts';
import { cluster, only, run, state } from '../../helpers/state.ts';

const verdict = (c: ReturnType<typeof cluster>) => only(run(rule, state({ clusters: [c] })));
const byName = (findings: Finding[]) => Object.fromEntries(findings.map((f) => [f.resource.name, f.status]));

describe('aks-local-accounts-disabled', () => {
  it('passes a cluster with local accounts disabled', () => {
    const f = verdict(cluster());
    expect(f.status).toBe('pass');
    expect(f.evidence).toEqual([{ path: 'properties.disableLocalAccounts', value: true }]);
  });

  it('fails a cluster with local accounts enabled, naming the admin kubeconfig bypass', () => {
    const f = verdict(cluster({ localAccountsDisabled: false }));
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toMatch(/cluster-admin kubeconfig.*bypasses Microsoft Entra ID/);
  });

  it('labels an omitted disableLocalAccounts as the API default (false)', () => {
    const c = cluster({ localAccountsDisabled: false });
    c.defaulted.push('localAccountsDisabled');
    expect(verdict(c).evidence[0]?.note).toMatch(/API default/);
  });

  it('is unknown when the source does not say', () => {
    const f = verdict(cluster({ localAccountsDisabled: null }));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/disableLocalAccounts is not stated/);
  });

  describe('PSRule conformance (Resources.AKS.json)', () => {
    it('agrees with Azure.AKS.LocalAccounts: only cluster-F sets disableLocalAccounts true', () => {
      const findings = run(rule, stateOf('../shared/conformance/psrule/Resources.AKS.json'));
      const fail = ['A', 'B', 'C', 'D', 'G', 'H', 'I', 'J', 'K', 'L'].map((x) => [`cluster-${x}`, 'fail']);
      expect(byName(findings)).toEqual(Object.fromEntries([...fail, ['cluster-F', 'pass']]));
    });
  });
});
