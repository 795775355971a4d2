import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/postgresql/postgresql-diagnostic-logs-enabled.ts';
import type { DiagnosticSetting } from '../../../src/state/diagnostic-setting.ts';
import type { PostgresFlexibleServer } from '../../../src/state/postgresql.ts';
import { pgFlexible } from '../../helpers/postgresql.ts';
import { diagnosticSetting, only, run, state } from '../../helpers/state.ts';

const verdict = (diagnosticSettings: PostgresFlexibleServer['diagnosticSettings']) => only(run(rule, state({ postgresFlexibleServers: [pgFlexible({ diagnosticSettings })] })));
const setting = (name: string, overrides: Partial<DiagnosticSetting> = {}) => diagnosticSetting(pgFlexible().id, name, overrides);

describe('postgresql-diagnostic-logs-enabled', () => {
  it.each([
    ['the PostgreSQLLogs category', { categories: ['PostgreSQLLogs'] }],
    ['the allLogs group, in any casing', { categoryGroups: ['AllLogs'] }],
  ])('passes a setting that sends %s', (_what, logs) => {
    const f = verdict([setting('metrics'), setting('to-workspace', logs)]);
    expect(f).toMatchObject({ status: 'pass', severity: 'medium' });
    expect(f.message).toMatch(/^Server psql-prod sends its server log through diagnostic setting\(s\) to-workspace/);
  });

  it('fails a server with no diagnostic settings', () => {
    const f = verdict([]);
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/has no diagnostic settings/);
  });

  it('fails settings that fall short, saying why for each, and does not count the audit group', () => {
    const f = verdict([setting('sessions', { categories: ['PostgreSQLFlexSessions'], categoryGroups: ['audit'] }), setting('nowhere', { categories: ['PostgreSQLLogs'], hasDestination: false })]);
    expect(f.status).toBe('fail');
    expect(f.message).toContain('sessions (sends group audit, PostgreSQLFlexSessions) enables neither PostgreSQLLogs nor the allLogs group');
    expect(f.message).toContain('nowhere (sends PostgreSQLLogs) has no destination');
  });

  it('is unknown when the input did not carry the diagnostic settings', () => {
    const f = verdict(null);
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/diagnosticSettings is not stated by the source/);
  });
});
