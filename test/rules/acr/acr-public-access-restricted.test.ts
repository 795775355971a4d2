import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/acr/acr-public-access-restricted.ts';
import { registry } from '../../helpers/container-registry.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (overrides: Parameters<typeof registry>[0], params = {}) => only(run(rule, state({ containerRegistries: [registry(overrides)] }), params));
const publicPremium = (overrides: Parameters<typeof registry>[0] = {}) => ({ publicNetworkAccess: 'Enabled', networkDefaultAction: 'Allow', ...overrides });

describe('acr-public-access-restricted', () => {
  it('passes a registry with public network access disabled', () => {
    expect(verdict({}).message).toMatch(/public network access disabled/);
  });

  it('passes a public Premium registry that denies by default with narrow IP rules', () => {
    const f = verdict(publicPremium({ networkDefaultAction: 'Deny', ipRules: ['203.0.113.10/32', '198.51.100.0/24'] }));
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/2 narrow IP range/);
  });

  it('fails a public Premium registry that allows every source', () => {
    const f = verdict(publicPremium());
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.evidence).toContainEqual({ path: 'properties.networkRuleSet.defaultAction', value: 'Allow' });
  });

  it('fails default-deny when an IP rule admits the Internet or a wide range, honouring the prefix parameter', () => {
    expect(verdict(publicPremium({ networkDefaultAction: 'Deny', ipRules: ['0.0.0.0/0'] })).message).toMatch(/whole Internet/);
    expect(verdict(publicPremium({ networkDefaultAction: 'Deny', ipRules: ['20.0.0.0/12'] })).message).toMatch(/wider than \/16/);
    expect(verdict(publicPremium({ networkDefaultAction: 'Deny', ipRules: ['20.0.0.0/12'] }), { widestIpv4Prefix: 8 }).status).toBe('pass');
  });

  it.each(['Basic', 'Standard'])('fails a %s registry, which cannot restrict network access', (sku) => {
    const f = verdict({ sku, publicNetworkAccess: 'Enabled', networkDefaultAction: 'Allow' });
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(new RegExp(`${sku} SKU, which cannot restrict`));
  });

  it('is unknown when public access or the default action is not stated', () => {
    expect(verdict({ publicNetworkAccess: null, networkDefaultAction: 'Allow' }).status).toBe('unknown');
    expect(verdict(publicPremium({ networkDefaultAction: null })).message).toMatch(/defaultAction is not stated/);
  });
});
