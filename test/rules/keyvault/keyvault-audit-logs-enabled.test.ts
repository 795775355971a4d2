import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/keyvault/keyvault-audit-logs-enabled.ts';
import type { DiagnosticSetting } from '../../../src/state/diagnostic-setting.ts';
import { keyVault } from '../../helpers/key-vault.ts';
import { diagnosticSetting, only, run, state } from '../../helpers/state.ts';

const verdict = (v: ReturnType<typeof keyVault>) => only(run(rule, state({ keyVaults: [v] })));
const vaultId = keyVault().id;
const setting = (name: string, overrides: Partial<DiagnosticSetting> = {}) => diagnosticSetting(vaultId, name, overrides);

describe('keyvault-audit-logs-enabled', () => {
  it.each([
    ['the AuditEvent category', { categories: ['AuditEvent'] }],
    ['the audit group', { categoryGroups: ['audit'] }],
    ['the allLogs group, in any casing', { categoryGroups: ['AllLogs'] }],
  ])('passes a setting that sends %s', (_what, logs) => {
    const f = verdict(keyVault({ diagnosticSettings: [setting('metrics'), setting('to-sentinel', logs)] }));
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/to-sentinel/);
    expect(f.message).not.toMatch(/metrics/);
  });

  it('fails a vault with no diagnostic settings', () => {
    const f = verdict(keyVault({ diagnosticSettings: [] }));
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(/has no diagnostic settings/);
  });

  it('fails settings that fall short, saying why for each', () => {
    const f = verdict(keyVault({ diagnosticSettings: [setting('policy', { categories: ['AzurePolicyEvaluationDetails'] }), setting('nowhere', { categories: ['AuditEvent'], hasDestination: false })] }));
    expect(f.status).toBe('fail');
    expect(f.message).toContain('policy (sends AzurePolicyEvaluationDetails) enables neither AuditEvent nor the audit or allLogs group');
    expect(f.message).toContain('nowhere (sends AuditEvent) has no destination');
    expect(f.evidence[1]).toMatchObject({ path: 'providers/Microsoft.Insights/diagnosticSettings/nowhere#properties.logs', value: { hasDestination: false } });
  });

  it('is unknown when the input did not carry the diagnostic settings', () => {
    const f = verdict(keyVault({ diagnosticSettings: null }));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/^providers\/Microsoft\.Insights\/diagnosticSettings is not stated by the source, so this cannot be judged/);
  });
});
