import type { Maybe, ResourceBase } from './resource.ts';

/** The kind of a WAF policy, as coverage names what was read. */
export const WAF_POLICY = 'microsoft.network/applicationgatewaywebapplicationfirewallpolicies';

/** The WAF settings inline in a gateway (`webApplicationFirewallConfiguration`), from before WAF policies. */
export interface LegacyWafConfiguration {
  enabled: Maybe<boolean>;
  /** `Detection` (logs only) or `Prevention` (blocks). */
  firewallMode: Maybe<string>;
}

/** `Microsoft.Network/applicationGateways`. */
export interface ApplicationGateway extends ResourceBase {
  /** `Standard_v2`, `WAF_v2`, `Basic` (`sku.tier`). */
  skuTier: Maybe<string>;
  /** The WAF policy associated with the whole gateway; false when the source says there is none. */
  firewallPolicyId: Maybe<string | false>;
  /** The inline WAF configuration; false when the source says there is none. */
  wafConfiguration: Maybe<LegacyWafConfiguration | false>;
}

/** `Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies`. */
export interface WafPolicy extends ResourceBase {
  /** `policySettings.state`: `Enabled` or `Disabled`. */
  state: Maybe<string>;
  /** `policySettings.mode`: `Detection` or `Prevention`. */
  mode: Maybe<string>;
}
