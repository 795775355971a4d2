import { evidence, unknownReason } from '../../engine/evidence.ts';
import type { Evidence } from '../../engine/finding.ts';
import { defineRule } from '../../engine/rule.ts';
import type { ApplicationGateway, WafPolicy } from '../../state/application-gateway.ts';
import type { State } from '../../state/state.ts';
import { relatedEvidence } from '../lib/related-evidence.ts';

type Verdict = { status: 'pass' | 'fail' | 'unknown'; message: string; evidence: Evidence[] };

/**
 * Application Gateways run the WAF_v2 tier with a WAF that blocks: an associated WAF policy
 * enabled in Prevention mode, or, without a policy, the inline WAF configuration enabled in
 * Prevention mode. Detection only logs attacks. A policy the input does not hold is unknown. The
 * message names the AKS clusters whose Application Gateway ingress add-on (AGIC) uses the gateway.
 */
export default defineRule({
  id: 'network-appgw-waf-prevention',
  check(ctx) {
    const policies = new Map(ctx.state.network.wafPolicies.map((p) => [p.id.toLowerCase(), p]));
    for (const gateway of ctx.state.network.applicationGateways) {
      const verdict = judge(gateway, policies);
      const message = `Application Gateway ${gateway.name}${frontedClusters(ctx.state, gateway)} ${verdict.message}`;
      if (verdict.status === 'pass') ctx.pass(gateway, message, verdict.evidence);
      else if (verdict.status === 'fail') ctx.fail(gateway, message, verdict.evidence);
      else ctx.unknown(gateway, message, verdict.evidence);
    }
  },
});

function judge(gateway: ApplicationGateway, policies: Map<string, WafPolicy>): Verdict {
  const tier = evidence(gateway, 'skuTier');
  if (gateway.skuTier === null) return { status: 'unknown', message: `cannot be judged: ${unknownReason(tier)}`, evidence: [tier] };
  if (gateway.skuTier.toLowerCase() !== 'waf_v2') return { status: 'fail', message: `runs the ${gateway.skuTier} tier, which has no web application firewall (WAF_v2 has)`, evidence: [tier] };
  const policyId = evidence(gateway, 'firewallPolicyId');
  if (typeof gateway.firewallPolicyId === 'string') return judgePolicy(gateway.firewallPolicyId, policies, [tier, policyId]);
  if (gateway.firewallPolicyId === null) return { status: 'unknown', message: `cannot be judged: ${unknownReason(policyId)}`, evidence: [tier, policyId] };
  const inline = evidence(gateway, 'wafConfiguration');
  const config = gateway.wafConfiguration;
  if (config === null) return { status: 'unknown', message: `has no WAF policy, and ${unknownReason(inline)}`, evidence: [tier, policyId, inline] };
  if (config === false) return { status: 'fail', message: 'runs WAF_v2 with neither a WAF policy nor a WAF configuration: requests are not inspected', evidence: [tier, policyId, inline] };
  return judgeSettings('its WAF configuration', config.enabled, config.firewallMode, [tier, policyId, inline]);
}

function judgePolicy(id: string, policies: Map<string, WafPolicy>, shown: Evidence[]): Verdict {
  const policy = policies.get(id.toLowerCase());
  if (!policy) return { status: 'unknown', message: `uses WAF policy ${id}, which is not in the input (export or scan its resource group)`, evidence: shown };
  const state = relatedEvidence(policy, 'state');
  const mode = relatedEvidence(policy, 'mode');
  if (policy.state === null) return { status: 'unknown', message: `uses WAF policy ${policy.name}, whose state is ${state.note ?? 'not stated by the source'}`, evidence: [...shown, state] };
  return judgeSettings(`WAF policy ${policy.name}`, policy.state.toLowerCase() === 'enabled', policy.mode, [...shown, state, mode]);
}

function judgeSettings(what: string, enabled: boolean | null, mode: string | null, shown: Evidence[]): Verdict {
  if (enabled === null) return { status: 'unknown', message: `cannot be judged: whether ${what} is enabled is not stated by the source`, evidence: shown };
  if (!enabled) return { status: 'fail', message: `has ${what} disabled: requests are not inspected`, evidence: shown };
  if (mode === null) return { status: 'unknown', message: `cannot be judged: the mode of ${what} is not stated by the source`, evidence: shown };
  if (mode.toLowerCase() !== 'prevention') return { status: 'fail', message: `runs ${what} in ${mode} mode: attacks are logged, not blocked`, evidence: shown };
  return { status: 'pass', message: `runs WAF_v2 with ${what} enabled in Prevention mode`, evidence: shown };
}

/** ` (ingress of AKS cluster aks-prod)` when clusters' AGIC add-on uses the gateway. */
function frontedClusters(state: State, gateway: ApplicationGateway): string {
  const id = gateway.id.toLowerCase();
  const names = state.clusters.filter((cluster) => {
    const agic = cluster.addons?.applicationGatewayIngress;
    return agic?.enabled === true && [agic.config.applicationGatewayId, agic.config.effectiveApplicationGatewayId].some((g) => g?.toLowerCase() === id);
  });
  return names.length ? ` (ingress of AKS cluster ${names.map((c) => c.name).join(', ')})` : '';
}
