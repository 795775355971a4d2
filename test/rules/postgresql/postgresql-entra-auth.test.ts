import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/postgresql/postgresql-entra-auth.ts';
import { pgFlexible, pgSingle } from '../../helpers/postgresql.ts';
import { only, run, state } from '../../helpers/state.ts';

const flexible = (overrides: Parameters<typeof pgFlexible>[0], params = {}) => only(run(rule, state({ postgresFlexibleServers: [pgFlexible(overrides)] }), params));
const single = (overrides: Parameters<typeof pgSingle>[0], params = {}) => only(run(rule, state({ postgresSingleServers: [pgSingle(overrides)] }), params));

describe('postgresql-entra-auth', () => {
  it('passes Entra authentication with an administrator, saying whether passwords still work', () => {
    expect(flexible({}).message).toMatch(/Entra only/);
    expect(flexible({ authConfig: { passwordAuth: 'Enabled' } })).toMatchObject({ status: 'pass', message: expect.stringMatching(/password authentication is still enabled/) });
  });

  it('fails Entra authentication disabled', () => {
    const f = flexible({ authConfig: { activeDirectoryAuth: 'Disabled', passwordAuth: 'Enabled' } });
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.evidence[0]).toEqual({ path: 'properties.authConfig.activeDirectoryAuth', value: 'Disabled' });
  });

  it('fails Entra authentication without any named Entra administrator', () => {
    expect(flexible({ administrators: [] }).message).toMatch(/no Entra administrator/);
    expect(flexible({ administrators: [{ id: 'x/administrators/placeholder', name: 'placeholder', login: null, type: null }] }).status).toBe('fail');
  });

  it('with requireEntraOnly, fails password authentication still on and is unknown when it is not stated', () => {
    expect(flexible({ authConfig: { passwordAuth: 'Enabled' } }, { requireEntraOnly: true }).status).toBe('fail');
    expect(flexible({ authConfig: { passwordAuth: null } }, { requireEntraOnly: true }).status).toBe('unknown');
    expect(flexible({}, { requireEntraOnly: true }).status).toBe('pass');
  });

  it('is unknown when activeDirectoryAuth is not stated', () => {
    expect(flexible({ authConfig: { activeDirectoryAuth: null } }).status).toBe('unknown');
  });

  it('is unknown when the administrators are not in the input: with none, no Entra principal could sign in', () => {
    expect(flexible({ administrators: null })).toMatchObject({ status: 'unknown', message: expect.stringMatching(/administrators are not in the input/) });
    expect(flexible({ administrators: null, authConfig: { passwordAuth: 'Enabled' } }, { requireEntraOnly: true }).status).toBe('fail');
  });

  it('judges single servers by their Entra administrator; they can never be Entra-only', () => {
    expect(single({}).status).toBe('pass');
    expect(single({ administrators: [] }).status).toBe('fail');
    expect(single({ administrators: null }).status).toBe('unknown');
    expect(single({}, { requireEntraOnly: true }).message).toMatch(/cannot turn password authentication off/);
  });
});
