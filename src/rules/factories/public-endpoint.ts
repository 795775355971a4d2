import { evidence, unknownReason } from '../../engine/evidence.ts';
import type { Evidence } from '../../engine/finding.ts';
import type { RuleContext } from '../../engine/rule.ts';
import type { Maybe, ResourceBase } from '../../state/resource.ts';
import { wideIpRules } from '../lib/ip-rules.ts';

/** A PaaS public endpoint with an IP firewall (Key Vault, storage, registry), as state fields. */
export interface FirewalledEndpoint {
  publicNetworkAccess: Field<Maybe<string>>;
  defaultAction: Field<Maybe<string>>;
  ipRules: Field<Maybe<string[]>>;
}

interface Field<T> {
  value: T;
  /** Dotted state path, for the evidence. */
  state: string;
}

export interface EndpointVerdict {
  status: 'pass' | 'fail' | 'unknown';
  message: string;
  evidence: Evidence[];
}

/**
 * One judgement for every service with a public endpoint and an IP firewall: off passes; a
 * network security perimeter is unknown (its access rules are not in ARM bodies); otherwise the
 * firewall must deny by default and admit no range wider than `/widestIpv4Prefix`.
 */
export function judgePublicEndpoint(resource: ResourceBase, label: string, endpoint: FirewalledEndpoint, widestIpv4Prefix: number): EndpointVerdict {
  const says = (status: 'pass' | 'fail', text: string, evidence: Evidence[]): EndpointVerdict => ({ status, message: `${label} ${text}`, evidence });
  const { publicNetworkAccess: access, defaultAction: action, ipRules: rules } = endpoint;
  const accessEvidence = evidence(resource, access.state, access.value);
  const actionEvidence = evidence(resource, action.state, action.value);
  const mode = access.value?.toLowerCase() ?? null;
  if (mode === 'disabled') return says('pass', 'has public network access disabled: it is reached through private endpoints only', [accessEvidence]);
  if (mode === 'securedbyperimeter') {
    return { status: 'unknown', message: `${label} is governed by a network security perimeter whose access rules are not in the input, so what reaches it cannot be judged`, evidence: [accessEvidence] };
  }
  if (action.value?.toLowerCase() === 'deny') {
    const rulesEvidence = evidence(resource, rules.state, rules.value);
    const all = [accessEvidence, actionEvidence, rulesEvidence];
    if (rules.value === null) return { status: 'unknown', message: unknownReason(rulesEvidence), evidence: all };
    const { wide, unparseable } = wideIpRules(rules.value, widestIpv4Prefix);
    if (wide.length) return says('fail', `denies by default but its IP rules admit too much: ${wide.join('; ')}`, all);
    if (unparseable.length) return { status: 'unknown', message: `${label} denies by default, but what its IP rule(s) ${unparseable.map((r) => JSON.stringify(r)).join(', ')} admit cannot be judged: they are not address ranges`, evidence: all };
    return says('pass', `denies public access by default and admits ${rules.value.length} narrow IP range(s)`, all);
  }
  // Not denying by default: open, unless the public endpoint is off and the source did not say.
  if (mode === null) return { status: 'unknown', message: unknownReason(accessEvidence), evidence: [accessEvidence, actionEvidence] };
  if (action.value === null) return { status: 'unknown', message: unknownReason(actionEvidence), evidence: [accessEvidence, actionEvidence] };
  return says('fail', `accepts connections from any address: public network access ${access.value}, firewall default action ${action.value}`, [accessEvidence, actionEvidence]);
}

/** Emits a verdict as the rule's finding for `resource`. */
export function emitVerdict(ctx: RuleContext<unknown>, resource: ResourceBase, verdict: EndpointVerdict): void {
  ctx[verdict.status](resource, verdict.message, verdict.evidence);
}
