import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/keyvault/keyvault-public-network-restricted.ts';
import type { KeyVaultNetworkAcls } from '../../../src/state/key-vault.ts';
import { keyVault } from '../../helpers/key-vault.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (v: ReturnType<typeof keyVault>, params = {}) => only(run(rule, state({ keyVaults: [v] }), params));
const firewalled = (acls: Partial<KeyVaultNetworkAcls>, publicNetworkAccess: string | null = 'Enabled') =>
  keyVault({ publicNetworkAccess, networkAcls: { defaultAction: 'Deny', bypass: 'AzureServices', ipRules: [], virtualNetworkRules: [], ...acls } });

describe('keyvault-public-network-restricted', () => {
  it('passes a vault with public network access disabled, whatever its firewall says', () => {
    const f = verdict(keyVault({ publicNetworkAccess: 'Disabled', networkAcls: { defaultAction: 'Allow', bypass: 'None', ipRules: ['0.0.0.0/0'], virtualNetworkRules: [] } }));
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/reached through private endpoints only/);
  });

  it('passes a public vault whose firewall denies by default and admits narrow ranges', () => {
    const f = verdict(firewalled({ ipRules: ['203.0.113.10', '198.51.100.0/28'], virtualNetworkRules: ['subnet-id'] }));
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/admits 2 narrow IP range\(s\)/);
  });

  it('fails an IPv4-mapped IPv6 rule covering all of IPv4, as it fails 0.0.0.0/0', () => {
    const f = verdict(firewalled({ ipRules: ['203.0.113.10', '::ffff:0:0/96'] }));
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/::ffff:0:0\/96 is the whole Internet/);
  });

  it('is unknown, not "N narrow ranges", when an IP rule is no address range', () => {
    const f = verdict(firewalled({ ipRules: ['203.0.113.10', 'office-egress'] }));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/"office-egress".*not address ranges/);
  });

  it('fails a vault open to every network', () => {
    const f = verdict(keyVault({ publicNetworkAccess: 'Enabled', networkAcls: { defaultAction: 'Allow', bypass: 'AzureServices', ipRules: [], virtualNetworkRules: [] } }));
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toMatch(/accepts connections from any address/);
    expect(f.evidence.map((e) => e.path)).toEqual(['properties.publicNetworkAccess', 'properties.networkAcls.defaultAction']);
  });

  it.each([
    ['0.0.0.0/0', /0\.0\.0\.0\/0 is the whole Internet/],
    ['20.0.0.0/8', /20\.0\.0\.0\/8 is wider than \/24 \(16,777,216 addresses\)/],
  ])('fails a deny-by-default firewall that admits %s', (range, reason) => {
    const f = verdict(firewalled({ ipRules: ['203.0.113.10/32', range] }));
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(reason);
  });

  it('honours the widest-prefix parameter', () => {
    expect(verdict(firewalled({ ipRules: ['20.0.0.0/20'] })).status).toBe('fail');
    expect(verdict(firewalled({ ipRules: ['20.0.0.0/20'] }), { widestIpv4Prefix: 16 }).status).toBe('pass');
  });

  it('is unknown when neither public access nor the firewall settles it', () => {
    expect(verdict(keyVault({ publicNetworkAccess: null, networkAcls: { defaultAction: 'Allow', bypass: null, ipRules: null, virtualNetworkRules: null } })).message).toMatch(/publicNetworkAccess is not stated/);
    expect(verdict(keyVault({ publicNetworkAccess: 'Enabled', networkAcls: { defaultAction: null, bypass: null, ipRules: null, virtualNetworkRules: null } })).message).toMatch(/networkAcls.defaultAction is not stated/);
    expect(verdict(firewalled({ ipRules: null })).status).toBe('unknown');
  });

  it('judges the firewall alone when public access is unknown but the firewall denies', () => {
    expect(verdict(firewalled({}, null)).status).toBe('pass');
  });

  it('is unknown for a vault secured by a network security perimeter', () => {
    expect(verdict(keyVault({ publicNetworkAccess: 'SecuredByPerimeter' })).status).toBe('unknown');
  });
});
