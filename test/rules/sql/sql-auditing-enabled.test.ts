import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/sql/sql-auditing-enabled.ts';
import type { SqlAuditingSetting } from '../../../src/state/sql.ts';
import { sqlServer } from '../../helpers/sql.ts';
import { diagnosticSetting, only, run, state } from '../../helpers/state.ts';

const verdict = (s: ReturnType<typeof sqlServer>) => only(run(rule, state({ sqlServers: [s] })));
const audit = (overrides: Partial<SqlAuditingSetting>): SqlAuditingSetting => ({ name: 'default', state: 'Enabled', storageEndpoint: null, isAzureMonitorTargetEnabled: false, ...overrides });
const toMonitor = [audit({ isAzureMonitorTargetEnabled: true })];
const auditSink = diagnosticSetting(`${sqlServer().id}/databases/master`, 'sql-audit', { categories: ['SQLSecurityAuditEvents'] });

describe('sql-auditing-enabled', () => {
  it('passes auditing to a storage account', () => {
    expect(verdict(sqlServer()).message).toMatch(/audits to storage/);
  });

  it('passes auditing to Azure Monitor when the master database sends SQLSecurityAuditEvents (or the audit group) somewhere', () => {
    expect(verdict(sqlServer({ auditingSettings: toMonitor, masterDiagnosticSettings: [auditSink] })).status).toBe('pass');
    expect(verdict(sqlServer({ auditingSettings: toMonitor, masterDiagnosticSettings: [{ ...auditSink, categories: [], categoryGroups: ['audit'] }] })).status).toBe('pass');
  });

  it('fails auditing that is off, never configured, or without a destination', () => {
    expect(verdict(sqlServer({ auditingSettings: [audit({ state: 'Disabled' })] })).status).toBe('fail');
    expect(verdict(sqlServer({ auditingSettings: [] })).message).toMatch(/off by default/);
    expect(verdict(sqlServer({ auditingSettings: [audit({})] })).message).toMatch(/without a destination/);
    expect(verdict(sqlServer({ auditingSettings: toMonitor, masterDiagnosticSettings: [{ ...auditSink, hasDestination: false }] })).message).toMatch(/no diagnostic setting/);
  });

  it('is unknown when the auditing settings, their state or the master diagnostic settings are not in the input', () => {
    expect(verdict(sqlServer({ auditingSettings: null })).status).toBe('unknown');
    expect(verdict(sqlServer({ auditingSettings: [audit({ state: null })] })).status).toBe('unknown');
    expect(verdict(sqlServer({ auditingSettings: toMonitor, masterDiagnosticSettings: null })).status).toBe('unknown');
  });
});
