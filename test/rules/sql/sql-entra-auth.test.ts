import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/sql/sql-entra-auth.ts';
import type { SqlEntraAdministrator } from '../../../src/state/sql.ts';
import { sqlServer } from '../../helpers/sql.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (admin: Partial<SqlEntraAdministrator>, params = {}) => {
  const base = sqlServer();
  return only(run(rule, state({ sqlServers: [{ ...base, entraAdministrator: { ...base.entraAdministrator, ...admin } }] }), params));
};

describe('sql-entra-auth', () => {
  it('passes an Entra administrator with Entra-only authentication', () => {
    expect(verdict({}).status).toBe('pass');
  });

  it('passes an Entra administrator alongside SQL authentication by default, and fails it with requireEntraOnly', () => {
    expect(verdict({ azureADOnlyAuthentication: false }).message).toMatch(/SQL authentication is still allowed/);
    const f = verdict({ azureADOnlyAuthentication: false }, { requireEntraOnly: true });
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.evidence).toContainEqual({ path: 'properties.administrators.azureADOnlyAuthentication', value: false });
  });

  it('fails a server without an Entra administrator', () => {
    expect(verdict({ configured: false, login: null, sid: null, azureADOnlyAuthentication: false }).status).toBe('fail');
  });

  it('is unknown when the administrator, or Entra-only under requireEntraOnly, is not stated', () => {
    expect(verdict({ configured: null }).status).toBe('unknown');
    expect(verdict({ azureADOnlyAuthentication: null }, { requireEntraOnly: true }).status).toBe('unknown');
  });
});
