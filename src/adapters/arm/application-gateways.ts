import { WAF_POLICY, type ApplicationGateway, type LegacyWafConfiguration, type WafPolicy } from '../../state/application-gateway.ts';
import type { Maybe } from '../../state/resource.ts';
import { baseOf } from './base.ts';
import { FieldReader } from './fields.ts';
import type { ArmIndex } from './index-resources.ts';
import { association, propsOf } from './network-children.ts';

export const APPLICATION_GATEWAY = 'microsoft.network/applicationgateways';
export { WAF_POLICY };

/** Where each field is read in the resource's body. */
export const APPLICATION_GATEWAY_PATHS = {
  skuTier: 'properties.sku.tier',
  firewallPolicyId: 'properties.firewallPolicy.id',
  wafConfiguration: 'properties.webApplicationFirewallConfiguration',
} as const;
export const WAF_POLICY_PATHS = { state: 'properties.policySettings.state', mode: 'properties.policySettings.mode' } as const;

/** `Microsoft.Network/applicationGateways` → ApplicationGateway (Microsoft.Network 2024-05-01). */
export function adaptApplicationGateways(index: ArmIndex): ApplicationGateway[] {
  return index.ofType(APPLICATION_GATEWAY).map((r) => {
    const f = new FieldReader(r.complete);
    const p = propsOf(r);
    return {
      ...baseOf(r, f.defaulted, APPLICATION_GATEWAY_PATHS),
      skuTier: f.stated(p.child('sku')?.string('tier')),
      firewallPolicyId: association(p, 'firewallPolicy', f, 'firewallPolicyId'),
      wafConfiguration: wafConfigurationOf(p.child('webApplicationFirewallConfiguration'), p.has('webApplicationFirewallConfiguration'), f),
    };
  });
}

/** The inline WAF configuration: `enabled` and `firewallMode` are required by ARM, so neither has a default. */
function wafConfigurationOf(n: ReturnType<typeof propsOf> | undefined, stated: boolean, f: FieldReader): Maybe<LegacyWafConfiguration | false> {
  if (n) return { enabled: n.bool('enabled') ?? null, firewallMode: n.string('firewallMode') ?? null };
  return stated ? false : f.read<false>('wafConfiguration', undefined, false);
}

/** `Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies` → WafPolicy. The spec documents no default for state or mode. */
export function adaptWafPolicies(index: ArmIndex): WafPolicy[] {
  return index.ofType(WAF_POLICY).map((r) => {
    const settings = propsOf(r).child('policySettings');
    return { ...baseOf(r, [], WAF_POLICY_PATHS), state: settings?.string('state') ?? null, mode: settings?.string('mode') ?? null };
  });
}
