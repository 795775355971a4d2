import { evidence, unknownReason } from '../../engine/evidence.ts';
import type { Evidence } from '../../engine/finding.ts';
import type { RuleContext } from '../../engine/rule.ts';
import type { DatabaseServer } from '../../state/database-server.ts';
import type { Maybe } from '../../state/resource.ts';
import { classifyRange, describeRange } from '../lib/firewall.ts';

/**
 * Whether a database server's public endpoint is closed, or open only to narrow ranges.
 * 0.0.0.0–0.0.0.0 ("allow Azure services") admits every tenant's Azure resources, so it counts
 * as open. When public access is not stated but the firewall admits nothing broad, the server
 * passes either way; a broad rule with public access unstated is unknown. A flexible server
 * integrated into a virtual network (`delegatedSubnet`, at `network.delegatedSubnetResourceId`)
 * has no public endpoint.
 */
export function judgePublicAccess(ctx: RuleContext<{ widestPrefix: number }>, server: DatabaseServer, delegatedSubnet?: Maybe<string>): void {
  if (delegatedSubnet) {
    ctx.pass(server, `Server ${server.name} is integrated into a virtual network and has no public endpoint`, [evidence(server, 'network.delegatedSubnetResourceId', delegatedSubnet)]);
    return;
  }
  const access = server.publicNetworkAccess;
  const accessEvidence = evidence(server, 'publicNetworkAccess');
  if (access?.toLowerCase() === 'disabled') {
    ctx.pass(server, `Server ${server.name} has public network access disabled`, [accessEvidence]);
    return;
  }
  const rules = server.firewallRules;
  if (rules === null) {
    const reason = access === null ? unknownReason(accessEvidence) : `the input does not carry the firewall rules of ${server.name}, which decide who reaches its public endpoint; export the server with its child resources or scan it live`;
    ctx.unknown(server, reason, [accessEvidence, evidence(server, 'firewallRules')]);
    return;
  }
  const open: string[] = [];
  const found: Evidence[] = [accessEvidence];
  for (const [i, rule] of rules.entries()) {
    const kind = classifyRange(rule, ctx.params.widestPrefix);
    if (kind === 'narrow' || kind === 'invalid') continue;
    open.push(`${describeRange(rule)} ${kind === 'azure-services' ? 'admits all Azure services, of any tenant' : kind === 'internet' ? 'is the whole Internet' : `is wider than /${ctx.params.widestPrefix}`}`);
    found.push(evidence(server, `firewallRules.${i}`, `${rule.startIpAddress}–${rule.endIpAddress}`));
  }
  if (open.length && access === null) {
    ctx.unknown(server, `${unknownReason(accessEvidence)}; if it is enabled, ${open.join('; ')}`, found);
  } else if (open.length) {
    ctx.fail(server, `Server ${server.name} accepts public connections too broadly: ${open.join('; ')}`, found);
  } else {
    const scope = rules.length ? `only ${rules.length} narrow firewall range(s)` : 'no firewall rule, so no public client';
    ctx.pass(server, `Server ${server.name} admits ${scope} on its public endpoint`, found);
  }
}
