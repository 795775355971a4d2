import type { Evidence } from '../../engine/finding.ts';
import { childPath, notStated, observed, type RuleContext } from '../../engine/rule.ts';
import type { DatabaseServer } from '../../state/database-server.ts';
import type { Maybe } from '../../state/resource.ts';
import { classifyRange, describeRange } from './firewall.ts';

export interface PublicAccessInput {
  /** ARM path of `publicNetworkAccess` for this server kind. */
  publicNetworkAccessPath: string;
  /** A flexible server's delegated subnet: VNet-integrated servers have no public endpoint. */
  delegatedSubnet?: { value: Maybe<string>; path: string };
}

/**
 * Whether a database server's public endpoint is closed, or open only to narrow ranges.
 * 0.0.0.0–0.0.0.0 ("allow Azure services") admits every tenant's Azure resources, so it counts
 * as open. When public access is not stated but the firewall admits nothing broad, the server
 * passes either way; a broad rule with public access unstated is unknown.
 */
export function judgePublicAccess(ctx: RuleContext<{ widestPrefix: number }>, server: DatabaseServer, input: PublicAccessInput): void {
  const subnet = input.delegatedSubnet;
  if (subnet?.value) {
    ctx.pass(server, `Server ${server.name} is integrated into a virtual network and has no public endpoint`, [observed(server, 'network.delegatedSubnetResourceId', subnet.path, subnet.value)]);
    return;
  }
  const access = server.publicNetworkAccess;
  const accessEvidence = observed(server, 'publicNetworkAccess', input.publicNetworkAccessPath, access);
  if (access?.toLowerCase() === 'disabled') {
    ctx.pass(server, `Server ${server.name} has public network access disabled`, [accessEvidence]);
    return;
  }
  const rules = server.firewallRules;
  if (rules === null) {
    const reason = access === null ? notStated(input.publicNetworkAccessPath) : `the input does not carry the firewall rules of ${server.name}, which decide who reaches its public endpoint; export the server with its child resources or scan it live`;
    ctx.unknown(server, reason, [accessEvidence, { path: 'firewallRules', value: null, note: 'not stated by the source' }]);
    return;
  }
  const open: string[] = [];
  const evidence: Evidence[] = [accessEvidence];
  for (const rule of rules) {
    const kind = classifyRange(rule, ctx.params.widestPrefix);
    if (kind === 'narrow' || kind === 'invalid') continue;
    open.push(`${describeRange(rule)} ${kind === 'azure-services' ? 'admits all Azure services, of any tenant' : kind === 'internet' ? 'is the whole Internet' : `is wider than /${ctx.params.widestPrefix}`}`);
    evidence.push({ path: childPath(server, rule.id), value: `${rule.startIpAddress}–${rule.endIpAddress}` });
  }
  if (open.length && access === null) {
    ctx.unknown(server, `${notStated(input.publicNetworkAccessPath)}; if it is enabled, ${open.join('; ')}`, evidence);
  } else if (open.length) {
    ctx.fail(server, `Server ${server.name} accepts public connections too broadly: ${open.join('; ')}`, evidence);
  } else {
    const scope = rules.length ? `only ${rules.length} narrow firewall range(s)` : 'no firewall rule, so no public client';
    ctx.pass(server, `Server ${server.name} admits ${scope} on its public endpoint`, evidence);
  }
}
