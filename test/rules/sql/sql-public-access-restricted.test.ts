import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/sql/sql-public-access-restricted.ts';
import type { SqlFirewallRule } from '../../../src/state/sql.ts';
import { sqlServer } from '../../helpers/sql.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (s: ReturnType<typeof sqlServer>, params = {}) => only(run(rule, state({ sqlServers: [s] }), params));
const fw = (name: string, startIpAddress: string | null, endIpAddress: string | null): SqlFirewallRule => ({ name, startIpAddress, endIpAddress });
const publicServer = (firewallRules: SqlFirewallRule[] | null) => sqlServer({ publicNetworkAccess: 'Enabled', firewallRules });

describe('sql-public-access-restricted', () => {
  it('passes a server with public network access disabled (or secured by a perimeter)', () => {
    expect(verdict(sqlServer()).status).toBe('pass');
    expect(verdict(sqlServer({ publicNetworkAccess: 'SecuredByPerimeter' })).status).toBe('pass');
  });

  it('passes a public endpoint limited to narrow ranges', () => {
    expect(verdict(publicServer([fw('office', '203.0.113.0', '203.0.113.255')])).status).toBe('pass');
  });

  it.each([
    [fw('AllowAllWindowsAzureIps', '0.0.0.0', '0.0.0.0'), /every Azure service/],
    [fw('any', '0.0.0.0', '255.255.255.255'), /whole Internet/],
    [fw('vendor', '20.0.0.0', '20.7.255.255'), /wider than \/16/],
  ])('fails a public endpoint whose firewall admits too much: %o', (rule_, message) => {
    const f = verdict(publicServer([fw('office', '203.0.113.10', '203.0.113.10'), rule_]));
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toMatch(message);
  });

  it('honours the widest-prefix parameter', () => {
    expect(verdict(publicServer([fw('vendor', '20.0.0.0', '20.7.255.255')]), { widestIpv4Prefix: 12 }).status).toBe('pass');
  });

  it('is unknown when public access, the firewall rules, or a rule\'s addresses are not stated', () => {
    expect(verdict(sqlServer({ publicNetworkAccess: null })).status).toBe('unknown');
    expect(verdict(publicServer(null)).status).toBe('unknown');
    expect(verdict(publicServer([fw('half', '203.0.113.1', null)])).status).toBe('unknown');
  });
});
