import type { ApplicationGateway, LegacyWafConfiguration, WafPolicy } from '../../state/application-gateway.ts';
import { WAF_POLICY } from '../../state/application-gateway.ts';
import type { Maybe } from '../../state/resource.ts';
import { asBool, asString, type AttributeReader } from './attributes.ts';
import { tfBase } from './base.ts';
import type { TfIndex } from './index-resources.ts';

const APPLICATION_GATEWAY = 'azurerm_application_gateway';
const WAF_POLICY_TYPE = 'azurerm_web_application_firewall_policy';
export const APPLICATION_GATEWAY_TYPES = [APPLICATION_GATEWAY, WAF_POLICY_TYPE];

/** `azurerm_application_gateway` → ApplicationGateway: `sku.tier`, `firewall_policy_id`, the `waf_configuration` block. */
export function adaptApplicationGateways(index: TfIndex): ApplicationGateway[] {
  return index.ofType(APPLICATION_GATEWAY).map((r) => {
    const f = index.reader(r);
    const base = tfBase(r, 'microsoft.network/applicationgateways', index.ids, f);
    const policy = f.target('firewallPolicyId', 'firewall_policy_id');
    // Unset is no policy; a value that refers to nothing resolvable stays unknown.
    const stated = f.raw('firewall_policy_id');
    return {
      ...base,
      skuTier: f.read('skuTier', 'sku[0].tier', asString),
      firewallPolicyId: policy ?? (stated === undefined || stated === null || stated === '' ? false : null),
      wafConfiguration: wafConfigurationOf(f),
    };
  });
}

/** `enabled` and `firewall_mode` are required in the block; no block is no configuration. */
function wafConfigurationOf(f: AttributeReader): Maybe<LegacyWafConfiguration | false> {
  const present = f.present('wafConfiguration', 'waf_configuration');
  if (!present) return present;
  return { enabled: f.read('wafConfiguration.enabled', 'waf_configuration[0].enabled', asBool), firewallMode: f.read('wafConfiguration.firewallMode', 'waf_configuration[0].firewall_mode', asString) };
}

/**
 * `azurerm_web_application_firewall_policy` → WafPolicy. In the `policy_settings` block `enabled`
 * defaults to true and `mode` to Prevention; without the block what the provider sends is not
 * documented, so both stay unknown.
 */
export function adaptWafPolicies(index: TfIndex): WafPolicy[] {
  return index.ofType(WAF_POLICY_TYPE).map((r) => {
    const f = index.reader(r);
    const base = tfBase(r, WAF_POLICY, index.ids, f);
    const block = f.present('state', 'policy_settings');
    if (!block) {
      const why = block === false ? 'not set in the configuration (no policy_settings block), and the provider documents no default for it' : (f.provenance.unknown.state ?? 'not known');
      return { ...base, state: f.unknowable('state', why, 'policy_settings'), mode: f.unknowable('mode', why, 'policy_settings') };
    }
    const enabled = f.read('state', 'policy_settings[0].enabled', asBool, true);
    return { ...base, state: enabled === null ? null : enabled ? 'Enabled' : 'Disabled', mode: f.read('mode', 'policy_settings[0].mode', asString, 'Prevention') };
  });
}
