import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/mysql/mysql-diagnostic-logs-enabled.ts';
import type { DiagnosticSetting } from '../../../src/state/diagnostic-setting.ts';
import type { MySqlFlexibleServer } from '../../../src/state/mysql.ts';
import { mysqlFlexible } from '../../helpers/mysql.ts';
import { diagnosticSetting, only, run, state } from '../../helpers/state.ts';

const verdict = (diagnosticSettings: MySqlFlexibleServer['diagnosticSettings']) => only(run(rule, state({ mysqlFlexibleServers: [mysqlFlexible({ diagnosticSettings })] })));
const setting = (name: string, overrides: Partial<DiagnosticSetting> = {}) => diagnosticSetting(mysqlFlexible().id, name, overrides);

describe('mysql-diagnostic-logs-enabled', () => {
  it.each([
    ['the MySqlAuditLogs category', { categories: ['MySqlAuditLogs'] }],
    ['the allLogs group', { categoryGroups: ['allLogs'] }],
  ])('passes a setting that sends %s', (_what, logs) => {
    const f = verdict([setting('to-workspace', logs)]);
    expect(f).toMatchObject({ status: 'pass', severity: 'medium' });
    expect(f.message).toMatch(/^Server mysql-prod sends its audit log through diagnostic setting\(s\) to-workspace/);
  });

  it('fails a server with no diagnostic settings', () => {
    expect(verdict([]).status).toBe('fail');
  });

  it('fails a setting that sends only slow query logs', () => {
    const f = verdict([setting('slow', { categories: ['MySqlSlowLogs'] })]);
    expect(f.status).toBe('fail');
    expect(f.message).toContain('slow (sends MySqlSlowLogs) enables neither MySqlAuditLogs nor the allLogs group');
  });

  it('is unknown when the input did not carry the diagnostic settings', () => {
    expect(verdict(null).status).toBe('unknown');
  });
});
