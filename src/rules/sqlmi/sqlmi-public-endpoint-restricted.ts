import { evidence, unknownReason } from '../../engine/evidence.ts';
import type { Evidence } from '../../engine/finding.ts';
import { defineRule, type RuleContext } from '../../engine/rule.ts';
import type { NetworkSecurityGroup } from '../../state/network.ts';
import type { SqlManagedInstance } from '../../state/sql-managed-instance.ts';
import { NETWORK_LOOKUP, type NetworkLookup } from '../analyses/network-lookup.ts';
import { ruleEvidence } from '../factories/nsg-rule.ts';
import { describeExposure, internetExposures, portsInclude, type SourceLimits } from '../lib/nsg.ts';
import { relatedEvidence } from '../lib/related-evidence.ts';

/** The port a managed instance's public data endpoint listens on. */
const PUBLIC_ENDPOINT_PORT = 3342;

/**
 * The instance has no public data endpoint, or the NSG of its subnet (which alone decides who
 * reaches port 3342) admits no Internet source to it.
 */
export default defineRule<SourceLimits>({
  id: 'sqlmi-public-endpoint-restricted',
  check(ctx) {
    for (const mi of ctx.state.sqlManagedInstances) {
      const endpoint = evidence(mi, 'publicDataEndpointEnabled');
      if (mi.publicDataEndpointEnabled === null) ctx.unknown(mi, unknownReason(endpoint), [endpoint]);
      else if (!mi.publicDataEndpointEnabled) ctx.pass(mi, `SQL managed instance ${mi.name} has no public data endpoint: it is reached inside its virtual network only`, [endpoint]);
      // The network is looked up only for an open endpoint: a closed one stands on its own.
      else judgeSubnetNsg(mi, endpoint, ctx.analysis(NETWORK_LOOKUP), ctx);
    }
  },
});

function judgeSubnetNsg(mi: SqlManagedInstance, endpoint: Evidence, lookup: NetworkLookup, ctx: RuleContext<SourceLimits>): void {
  const what = `SQL managed instance ${mi.name} has its public data endpoint on`;
  const subnetId = mi.subnetId;
  if (subnetId === null) {
    ctx.unknown(mi, `${what}, and its subnet is not stated by the source, so the NSG admitting port ${PUBLIC_ENDPOINT_PORT} cannot be found`, [endpoint, evidence(mi, 'subnetId')]);
    return;
  }
  const own = lookup.subnet(subnetId)?.networkSecurityGroupId;
  const nsgId = typeof own === 'string' ? own : lookup.nsgListing(subnetId)?.id;
  const nsg = nsgId === undefined ? undefined : ctx.state.network.networkSecurityGroups.find((n) => n.id.toLowerCase() === nsgId.toLowerCase());
  if (!nsg) {
    if (own === false) ctx.fail(mi, `${what} and its subnet ${lookup.subnetLabel(subnetId)} has no network security group: port ${PUBLIC_ENDPOINT_PORT} is open to the Internet`, [endpoint]);
    else ctx.unknown(mi, `${what}; the network security group of its subnet ${lookup.subnetLabel(subnetId)} is not in the input, so who reaches port ${PUBLIC_ENDPOINT_PORT} cannot be told`, [endpoint, evidence(mi, 'subnetId')]);
    return;
  }
  judgeRules(mi, nsg, [endpoint, relatedEvidence(nsg, 'securityRules', nsg.securityRules?.length ?? null)], what, ctx);
}

function judgeRules(mi: SqlManagedInstance, nsg: NetworkSecurityGroup, shown: Evidence[], what: string, ctx: RuleContext<SourceLimits>): void {
  if (nsg.securityRules === null) {
    ctx.unknown(mi, `${what}; the rules of NSG ${nsg.name} on its subnet are not stated by the source`, shown);
    return;
  }
  const { exposures, incomplete } = internetExposures(nsg.securityRules, ctx.params, true);
  const onNsg = (e: Evidence): Evidence => ({ ...e, path: `${nsg.id}#${e.path}` });
  if (incomplete.length) {
    ctx.unknown(mi, `${what}; rule(s) ${incomplete.map((r) => r.name).join(', ')} of NSG ${nsg.name} lack fields needed to judge what they admit`, [...shown, ...incomplete.map((r) => onNsg(ruleEvidence(r)))]);
    return;
  }
  const port = [{ from: PUBLIC_ENDPOINT_PORT, to: PUBLIC_ENDPOINT_PORT }];
  const open = exposures.filter((e) => portsInclude(e.ports, PUBLIC_ENDPOINT_PORT));
  if (open.length) ctx.fail(mi, `${what}, and NSG ${nsg.name} on its subnet lets the Internet reach it: ${open.map((e) => describeExposure(e, port)).join('; ')}`, [...shown, ...open.map((e) => onNsg(ruleEvidence(e.rule)))]);
  else ctx.pass(mi, `${what}, and NSG ${nsg.name} on its subnet admits no Internet source to port ${PUBLIC_ENDPOINT_PORT}`, shown);
}
