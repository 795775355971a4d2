import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/network/network-nsg-management-ports-closed.ts';
import type { SecurityRule } from '../../../src/state/network.ts';
import { nsg, securityRule } from '../../helpers/network.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (rules: SecurityRule[] | null, params = {}) => only(run(rule, state({ network: { ...state().network, networkSecurityGroups: [nsg(rules)] } }), params));
const ssh = (overrides: Partial<SecurityRule> = {}) => securityRule({ name: 'allow-ssh', destinationPortRanges: ['22'], ...overrides });
const deny = (overrides: Partial<SecurityRule> = {}) => securityRule({ name: 'deny-mgmt', access: 'Deny', priority: 100, sourceAddressPrefixes: ['*'], destinationPortRanges: ['22', '3389'], path: 'properties.securityRules[1]', ...overrides });

describe('network-nsg-management-ports-closed', () => {
  it('passes an NSG that admits the Internet only to 443', () => {
    expect(verdict([securityRule()]).status).toBe('pass');
  });

  it.each([
    ['*', ['22']],
    ['Internet', ['3389']],
    ['Any', ['20-25']],
    ['0.0.0.0/0', ['*']],
    ['::/0', ['80', '5985-5986']],
    ['20.0.0.0/8', ['22']],
  ])('fails an Allow from %s to %j', (source, ports) => {
    const f = verdict([securityRule({ name: 'open', sourceAddressPrefixes: [source], destinationPortRanges: ports })]);
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toMatch(new RegExp(`open \\(priority 200\\) admits .* from ${source.replace(/[.*]/g, '\\$&')}`));
    expect(f.evidence).toContainEqual(expect.objectContaining({ path: 'properties.securityRules[0]' }));
  });

  it('names only the management ports a wide Allow opens', () => {
    expect(verdict([ssh({ destinationPortRanges: ['1-65535'] })]).message).toMatch(/admits 22, 3389, 5985, 5986 from Internet/);
  });

  it.each([
    ['a private source', { sourceAddressPrefixes: ['10.0.1.0/26'] }],
    ['a narrow public source', { sourceAddressPrefixes: ['203.0.113.10/32'] }],
    ['a service tag', { sourceAddressPrefixes: ['AzureLoadBalancer'] }],
    ['application security groups', { sourceAddressPrefixes: [], sourceApplicationSecurityGroups: true }],
    ['UDP only', { protocol: 'Udp' }],
    ['an outbound rule', { direction: 'Outbound' }],
    ['a Deny', { access: 'Deny' }],
  ])('passes SSH with %s', (_, overrides) => {
    expect(verdict([ssh(overrides)]).status).toBe('pass');
  });

  it('passes an Allow that a higher-priority Deny closes for the same source and ports', () => {
    expect(verdict([ssh({ priority: 4000, sourceAddressPrefixes: ['*'] }), deny({ sourceAddressPrefixes: ['Internet'] })]).status).toBe('pass');
  });

  it.each([
    ['the Deny comes later', { priority: 300 }],
    ['the Deny covers other ports', { destinationPortRanges: ['3389'] }],
    ['the Deny covers a narrower source', { sourceAddressPrefixes: ['198.51.100.0/24'] }],
    ['the Deny is for UDP only', { protocol: 'Udp' }],
    ['the Deny targets one address only', { destinationAddressPrefixes: ['10.64.0.4'] }],
    ['the Deny targets application security groups', { destinationAddressPrefixes: [], destinationApplicationSecurityGroups: true }],
  ])('fails when %s', (_, overrides) => {
    expect(verdict([ssh(), deny(overrides)]).status).toBe('fail');
  });

  it('keeps the ports a Deny leaves open', () => {
    const f = verdict([ssh({ destinationPortRanges: ['20-25', '3389'] }), deny({ destinationPortRanges: ['22'] })]);
    expect(f.message).toMatch(/admits 3389 from Internet/);
  });

  it('lets a Deny on the whole public range close an Allow from a public CIDR it contains', () => {
    expect(verdict([ssh({ sourceAddressPrefixes: ['20.0.0.0/8'] }), deny({ sourceAddressPrefixes: ['20.0.0.0/6'] })]).status).toBe('pass');
  });

  it('honours the managementPorts and source-width parameters', () => {
    expect(verdict([securityRule({ destinationPortRanges: ['2222'] })], { managementPorts: [2222] }).status).toBe('fail');
    expect(verdict([ssh({ sourceAddressPrefixes: ['20.1.0.0/16'] })], { widestIpv4Prefix: 16 }).status).toBe('pass');
    expect(verdict([ssh({ sourceAddressPrefixes: ['20.1.0.0/16'] })]).status).toBe('fail');
  });

  it('is unknown when the rules are not stated', () => {
    expect(verdict(null)).toMatchObject({ status: 'unknown', message: expect.stringMatching(/securityRules is not stated/) });
  });

  it('is unknown when an inbound rule lacks its ports or priority', () => {
    expect(verdict([ssh({ destinationPortRanges: null })]).status).toBe('unknown');
    expect(verdict([ssh({ priority: null })]).message).toMatch(/allow-ssh lack/);
  });
});
