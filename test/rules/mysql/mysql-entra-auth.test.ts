import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/mysql/mysql-entra-auth.ts';
import { mysqlFlexible } from '../../helpers/mysql.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (overrides: Parameters<typeof mysqlFlexible>[0], params = {}) => only(run(rule, state({ mysqlFlexibleServers: [mysqlFlexible(overrides)] }), params));

describe('mysql-entra-auth', () => {
  it('passes a server with an Entra administrator, saying whether passwords still work', () => {
    expect(verdict({}).message).toMatch(/Entra only/);
    expect(verdict({ serverParameters: { aadAuthOnly: 'OFF' } }).message).toMatch(/password authentication is still enabled/);
    expect(verdict({ serverParameters: { aadAuthOnly: null } }).status).toBe('pass');
  });

  it('fails a server without a named Entra administrator', () => {
    const f = verdict({ administrators: [] });
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.evidence).toContainEqual({ path: 'administrators', value: [] });
  });

  it('is unknown when the administrators are not in the input', () => {
    expect(verdict({ administrators: null }).status).toBe('unknown');
  });

  it('with requireEntraOnly, needs aad_auth_only ON', () => {
    expect(verdict({ serverParameters: { aadAuthOnly: 'OFF' } }, { requireEntraOnly: true }).status).toBe('fail');
    expect(verdict({ serverParameters: { aadAuthOnly: null } }, { requireEntraOnly: true }).status).toBe('unknown');
    expect(verdict({}, { requireEntraOnly: true }).status).toBe('pass');
  });
});
