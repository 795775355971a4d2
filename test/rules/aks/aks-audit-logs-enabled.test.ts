import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-audit-logs-enabled.ts';
import type { DiagnosticSetting } from '../../../src/state/diagnostic-setting.ts';
import { cluster, diagnosticSetting, only, run, state } from '../../helpers/state.ts';

const verdict = (settings: DiagnosticSetting[] | null, params = {}) => only(run(rule, state({ clusters: [cluster({ diagnosticSettings: settings })] }), params));
const setting = (name: string, overrides: Partial<DiagnosticSetting> = {}) => diagnosticSetting(cluster().id, name, overrides);

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
    expect(f.message).toMatch(/^providers\/Microsoft\.Insights\/diagnosticSettings is not stated by the source, so this cannot be judged/);
    expect(f.evidence).toEqual([{ path: 'providers/Microsoft.Insights/diagnosticSettings', value: null, note: 'not stated by the source' }]);
  });
});
