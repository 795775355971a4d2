import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-local-accounts-disabled.ts';
import { cluster, only, run, state } from '../../helpers/state.ts';

const verdict = (c: ReturnType<typeof cluster>) => only(run(rule, state({ clusters: [c] })));

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
    c.provenance.defaulted.push('localAccountsDisabled');
    expect(verdict(c).evidence[0]?.note).toMatch(/API default/);
  });

  it('is unknown when the source does not say', () => {
    const f = verdict(cluster({ localAccountsDisabled: null }));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/disableLocalAccounts is not stated/);
  });
});
