import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/mysql/mysql-entra-auth.ts';
import { mysqlFlexible } from '../../helpers/mysql.ts';
import { CONFORMANCE, stateOf } from '../../helpers/scan.ts';
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

  describe('PSRule conformance (Resources.MySQL.json)', () => {
    const file = `${CONFORMANCE}/psrule/Resources.MySQL.json`;
    it.each([
      ['server-E', 'fail'], // placeholder administrators with a null login
      ['server-F', 'pass'],
      ['server-D', 'unknown'], // PSRule fails D, G, H, I for having no administrators child in the input
      ['server-G', 'unknown'],
      ['server-H', 'unknown'],
      ['server-I', 'unknown'],
    ])('%s: %s', (name, status) => {
      expect(only(run(rule, stateOf(file)), name).status).toBe(status);
    });

    it('with requireEntraOnly (PSRule AADOnly), reads the configured value of aad_auth_only', () => {
      const findings = run(rule, stateOf(file), { requireEntraOnly: true });
      expect(only(findings, 'server-E').status).toBe('fail');
      // value ON, currentValue OFF: PSRule reads currentValue and fails it
      expect(only(findings, 'server-F').status).toBe('pass');
    });
  });
});
