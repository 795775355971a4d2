import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/network/network-appgw-waf-prevention.ts';
import type { ApplicationGateway, WafPolicy } from '../../../src/state/application-gateway.ts';
import { cluster, only, run, state } from '../../helpers/state.ts';
import { appGateway, wafPolicy } from '../../helpers/virtual-machine.ts';

function verdict(gateway: Partial<ApplicationGateway> = {}, policies: WafPolicy[] = [wafPolicy()], clusters = state().clusters) {
  return only(run(rule, state({ clusters, network: { ...state().network, applicationGateways: [appGateway(gateway)], wafPolicies: policies } })));
}

describe('network-appgw-waf-prevention', () => {
  it('passes WAF_v2 with a WAF policy enabled in Prevention mode', () => {
    const f = verdict();
    expect(f.status).toBe('pass');
    expect(f.message).toBe('Application Gateway agw-prod runs WAF_v2 with WAF policy waf-prod enabled in Prevention mode');
    expect(f.evidence.map((e) => e.path)).toContain(`${wafPolicy().id}#properties.policySettings.mode`);
  });

  it('passes the inline WAF configuration in Prevention mode when no policy is associated', () => {
    expect(verdict({ firewallPolicyId: false, wafConfiguration: { enabled: true, firewallMode: 'Prevention' } }, []).status).toBe('pass');
  });

  it('names the AKS cluster whose AGIC add-on uses the gateway', () => {
    const aks = cluster({ addons: { applicationGatewayIngress: { enabled: true, config: { effectiveApplicationGatewayId: appGateway().id.toLowerCase() } } } });
    expect(verdict({}, [wafPolicy()], [aks]).message).toMatch(/^Application Gateway agw-prod \(ingress of AKS cluster aks-prod\) runs WAF_v2/);
  });

  it.each<[string, Partial<ApplicationGateway>, WafPolicy[], RegExp]>([
    ['the Standard_v2 tier', { skuTier: 'Standard_v2' }, [], /runs the Standard_v2 tier, which has no web application firewall/],
    ['a policy in Detection mode', {}, [wafPolicy({ mode: 'Detection' })], /runs WAF policy waf-prod in Detection mode: attacks are logged, not blocked/],
    ['a disabled policy', {}, [wafPolicy({ state: 'Disabled' })], /has WAF policy waf-prod disabled/],
    ['an inline configuration in Detection mode', { firewallPolicyId: false, wafConfiguration: { enabled: true, firewallMode: 'Detection' } }, [], /its WAF configuration in Detection mode/],
    ['a disabled inline configuration', { firewallPolicyId: false, wafConfiguration: { enabled: false, firewallMode: 'Prevention' } }, [], /its WAF configuration disabled/],
    ['neither a policy nor a configuration', { firewallPolicyId: false, wafConfiguration: false }, [], /neither a WAF policy nor a WAF configuration/],
  ])('fails %s', (_, gateway, policies, message) => {
    const f = verdict(gateway, policies);
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toMatch(message);
  });

  it.each<[string, Partial<ApplicationGateway>, WafPolicy[], RegExp]>([
    ['the tier is not stated', { skuTier: null }, [], /properties\.sku\.tier is not stated/],
    ['the policy is not in the input', {}, [], /uses WAF policy .*waf-prod, which is not in the input/],
    ['the policy state is not stated', {}, [wafPolicy({ state: null })], /whose state is not stated/],
    ['the policy mode is not stated', {}, [wafPolicy({ mode: null })], /the mode of WAF policy waf-prod is not stated/],
    ['the policy association is not stated', { firewallPolicyId: null }, [], /properties\.firewallPolicy\.id is not stated/],
    ['the inline configuration is not stated', { firewallPolicyId: false, wafConfiguration: null }, [], /has no WAF policy, and properties\.webApplicationFirewallConfiguration is not stated/],
    ['the inline configuration does not say whether it is enabled', { firewallPolicyId: false, wafConfiguration: { enabled: null, firewallMode: 'Prevention' } }, [], /whether its WAF configuration is enabled is not stated/],
  ])('is unknown when %s', (_, gateway, policies, message) => {
    const f = verdict(gateway, policies);
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(message);
  });
});
