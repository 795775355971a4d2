import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/sqlmi/sqlmi-entra-auth.ts';
import type { SqlEntraAdministrator } from '../../../src/state/sql.ts';
import { sqlManagedInstance } from '../../helpers/sql-managed-instance.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (admin: Partial<SqlEntraAdministrator>, params = {}) => {
  const base = sqlManagedInstance();
  return only(run(rule, state({ sqlManagedInstances: [{ ...base, entraAdministrator: { ...base.entraAdministrator, ...admin } }] }), params));
};

describe('sqlmi-entra-auth', () => {
  it('passes an Entra administrator with Entra-only authentication, and one beside SQL logins by default', () => {
    expect(verdict({}).status).toBe('pass');
    expect(verdict({ azureADOnlyAuthentication: false }).message).toMatch(/SQL authentication is still allowed/);
  });

  it('fails an instance without an Entra administrator, and SQL logins under requireEntraOnly', () => {
    expect(verdict({ configured: false, login: null, sid: null, azureADOnlyAuthentication: false })).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(verdict({ azureADOnlyAuthentication: false }, { requireEntraOnly: true }).status).toBe('fail');
  });

  it('is unknown when the administrator is not stated', () => {
    expect(verdict({ configured: null }).status).toBe('unknown');
    expect(verdict({ azureADOnlyAuthentication: null }, { requireEntraOnly: true }).status).toBe('unknown');
  });
});
