import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-audit-logs-enabled.ts';
import type { DiagnosticSetting } from '../../../src/state/diagnostic-setting.ts';
import { stateOf } from '../../helpers/scan.ts';
import { cluster, only, run, state } from '../../helpers/state.ts';

const verdict = (settings: DiagnosticSetting[] | null, params = {}) => only(run(rule, state({ clusters: [cluster({ diagnosticSettings: settings })] }), params));
const setting = (name: string, overrides: Partial<DiagnosticSetting> = {}): DiagnosticSetting => ({
  id: `/subscriptions/00000000-0000-0000-0000-0000000000aa/resourceGroups/rg-prod/providers/Microsoft.ContainerService/managedClusters/aks-prod/providers/Microsoft.Insights/diagnosticSettings/${name}`,
  name,
  categories: [],
  categoryGroups: [],
  hasDestination: true,
  ...overrides,
});

describe('aks-audit-logs-enabled', () => {
  it.each([
    ['kube-audit-admin', { categories: ['kube-audit-admin', 'guard'] }],
    ['kube-audit, spelled in capitals', { categories: ['Kube-Audit'] }],
    ['the audit category group', { categoryGroups: ['audit'] }],
    ['the allLogs category group', { categoryGroups: ['allLogs'] }],
  ])('passes a setting with a destination that sends %s', (_, overrides) => {
    const f = verdict([setting('to-sentinel', overrides)]);
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/to-sentinel/);
  });

  it('passes when one of several settings qualifies', () => {
    expect(verdict([setting('metrics-only', { categories: ['kube-apiserver'] }), setting('audit', { categories: ['kube-audit-admin'] })]).status).toBe('pass');
  });

  it('fails a cluster with no diagnostic settings', () => {
    const f = verdict([]);
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toMatch(/has no diagnostic settings/);
  });

  it('fails naming each setting and what it sends when none delivers audit logs', () => {
    const f = verdict([
      setting('platform', { categories: ['kube-apiserver', 'guard'] }),
      setting('no-destination', { categories: ['kube-audit'], hasDestination: false }),
    ]);
    expect(f.status).toBe('fail');
    expect(f.message).toContain('platform (sends kube-apiserver, guard) enables neither kube-audit nor kube-audit-admin');
    expect(f.message).toContain('no-destination (sends kube-audit) has no destination');
    expect(f.evidence).toHaveLength(2);
    expect(f.evidence[1]).toMatchObject({ path: expect.stringMatching(/diagnosticSettings\/no-destination#properties\.logs$/), value: { hasDestination: false } });
  });

  it('requires guard as well when requireGuard is set, unless a category group covers it', () => {
    expect(verdict([setting('audit', { categories: ['kube-audit-admin'] })], { requireGuard: true }).status).toBe('fail');
    expect(verdict([setting('audit', { categories: ['kube-audit-admin', 'guard'] })], { requireGuard: true }).status).toBe('pass');
    expect(verdict([setting('audit', { categoryGroups: ['audit'] })], { requireGuard: true }).status).toBe('pass');
  });

  it('is unknown when the input did not include the diagnostic settings', () => {
    const f = verdict(null);
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/did not include the cluster's diagnostic settings/);
    expect(f.message).toMatch(/az monitor diagnostic-settings list/);
  });

  describe('PSRule conformance (Resources.AKS.json)', () => {
    const s = stateOf('../shared/conformance/psrule/Resources.AKS.json');
    const byName = (name: string) => s.clusters.find((c) => c.name === name)!;

    it('attaches the nested `metrics` setting (ExtensionResourceType) to clusters G–J, though its id names another cluster', () => {
      for (const name of ['cluster-G', 'cluster-H', 'cluster-I', 'cluster-J']) {
        expect(byName(name).diagnosticSettings?.map((d) => [d.name, d.hasDestination])).toEqual([['metrics', true]]);
      }
      expect(byName('cluster-G').diagnosticSettings?.[0]?.categories).toEqual([]);
      expect(byName('cluster-J').diagnosticSettings?.[0]?.categories).toContain('kube-audit-admin');
    });

    it('knows A–F have no settings (their nested resources are listed) and K, L say nothing', () => {
      for (const name of ['cluster-A', 'cluster-B', 'cluster-C', 'cluster-D', 'cluster-F']) expect(byName(name).diagnosticSettings).toEqual([]);
      expect(byName('cluster-K').diagnosticSettings).toBeNull();
      expect(byName('cluster-L').diagnosticSettings).toBeNull();
    });

    // G: every log disabled; H: kube-apiserver, kube-controller-manager, cluster-autoscaler and guard, no audit category;
    // I: kube-audit + guard; J: both audit categories + guard. PSRule concludes the same for A–J.
    const expected: [string, string][] = [
      ...['A', 'B', 'C', 'D', 'F', 'G', 'H'].map((x): [string, string] => [`cluster-${x}`, 'fail']),
      ['cluster-I', 'pass'],
      ['cluster-J', 'pass'],
      ['cluster-K', 'unknown'],
      ['cluster-L', 'unknown'],
    ];
    it.each(expected)('%s: %s (PSRule fails K and L, which carry no child resources)', (name, status) => {
      expect(only(run(rule, s), name).status).toBe(status);
      expect(only(run(rule, s, { requireGuard: true }), name).status).toBe(status);
    });
  });
});
