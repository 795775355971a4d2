import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/postgresql/postgresql-public-access-restricted.ts';
import type { DatabaseFirewallRule } from '../../../src/state/database-server.ts';
import { pgFlexible, pgSingle } from '../../helpers/postgresql.ts';
import { only, run, state } from '../../helpers/state.ts';

const fw = (name: string, startIpAddress: string, endIpAddress: string): DatabaseFirewallRule => ({ id: `${pgFlexible().id}/firewallRules/${name}`, name, startIpAddress, endIpAddress });
const publicServer = (firewallRules: DatabaseFirewallRule[] | null, publicNetworkAccess: string | null = 'Enabled') => pgFlexible({ publicNetworkAccess, firewallRules });
const verdict = (server: ReturnType<typeof pgFlexible>, params = {}) => only(run(rule, state({ postgresFlexibleServers: [server] }), params));

describe('postgresql-public-access-restricted', () => {
  it('passes public network access disabled', () => {
    expect(verdict(pgFlexible()).message).toMatch(/public network access disabled/);
  });

  it('passes a VNet-integrated server whatever else is said', () => {
    const f = verdict(pgFlexible({ publicNetworkAccess: null, firewallRules: null, network: { delegatedSubnetResourceId: '/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/db' } }));
    expect(f.status).toBe('pass');
    expect(f.evidence[0]?.path).toBe('properties.network.delegatedSubnetResourceId');
  });

  it('passes public access with no firewall rule or only narrow ranges', () => {
    expect(verdict(publicServer([])).status).toBe('pass');
    expect(verdict(publicServer([fw('office', '203.0.113.0', '203.0.113.255')])).status).toBe('pass');
  });

  it.each([
    ['AllowAll', '0.0.0.0', '255.255.255.255', /whole Internet/],
    ['AllowAllAzureServices', '0.0.0.0', '0.0.0.0', /all Azure services/],
    ['partner', '20.0.0.0', '20.3.255.255', /wider than \/16/],
  ])('fails a firewall rule %s', (name, start, end, reason) => {
    const f = verdict(publicServer([fw('office', '203.0.113.7', '203.0.113.7'), fw(name, start, end)]));
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toMatch(reason);
    expect(f.evidence).toContainEqual({ path: `firewallRules/${name}`, value: `${start}–${end}` });
  });

  it('honours the widestPrefix parameter', () => {
    const server = publicServer([fw('partner', '20.0.0.0', '20.0.15.255')]);
    expect(verdict(server).status).toBe('pass');
    expect(verdict(server, { widestPrefix: 24 }).status).toBe('fail');
  });

  it('is unknown when public access is enabled but the firewall rules are not in the input', () => {
    expect(verdict(publicServer(null)).message).toMatch(/does not carry the firewall rules/);
  });

  it('passes when public access is not stated but the firewall admits nothing broad; unknown when it would', () => {
    expect(verdict(publicServer([], null)).status).toBe('pass');
    expect(verdict(publicServer([fw('AllowAll', '0.0.0.0', '255.255.255.255')], null)).status).toBe('unknown');
    expect(verdict(publicServer(null, null)).status).toBe('unknown');
  });

  it('judges single servers by their own publicNetworkAccess and firewall rules', () => {
    const f = only(run(rule, state({ postgresSingleServers: [pgSingle({ publicNetworkAccess: 'Enabled', firewallRules: [fw('AllowAllWindowsAzureIps', '0.0.0.0', '0.0.0.0')] })] })));
    expect(f.status).toBe('fail');
    expect(f.evidence[0]?.path).toBe('properties.publicNetworkAccess');
  });
});
