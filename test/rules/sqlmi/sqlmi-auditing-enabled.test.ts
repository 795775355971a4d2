import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/sqlmi/sqlmi-auditing-enabled.ts';
import type { SqlManagedInstance } from '../../../src/state/sql-managed-instance.ts';
import { auditSetting, sqlManagedInstance } from '../../helpers/sql-managed-instance.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (overrides: Partial<SqlManagedInstance>) => only(run(rule, state({ sqlManagedInstances: [sqlManagedInstance(overrides)] })));

describe('sqlmi-auditing-enabled', () => {
  it('passes a diagnostic setting sending SQLSecurityAuditEvents, or the audit group, to a destination', () => {
    expect(verdict({})).toMatchObject({ status: 'pass', message: expect.stringMatching(/through diagnostic setting audit-to-law/) });
    expect(verdict({ diagnosticSettings: [auditSetting({ categories: [], categoryGroups: ['audit'] })] }).status).toBe('pass');
  });

  it('fails without a setting, with one sending other logs, or with one without a destination', () => {
    expect(verdict({ diagnosticSettings: [] })).toMatchObject({ status: 'fail', severity: 'medium', message: expect.stringMatching(/no diagnostic setting/) });
    expect(verdict({ diagnosticSettings: [auditSetting({ categories: ['ResourceUsageStats'] })] }).status).toBe('fail');
    expect(verdict({ diagnosticSettings: [auditSetting({ hasDestination: false })] }).status).toBe('fail');
  });

  it('is unknown when the diagnostic settings were not read', () => {
    expect(verdict({ diagnosticSettings: null }).status).toBe('unknown');
  });
});
