import type { Evidence } from '../../engine/finding.ts';
import { childPath, notStated, type RuleContext } from '../../engine/rule.ts';
import type { NetworkSecurityGroup, SecurityRule } from '../../state/network.ts';
import { describeExposure, internetExposures, type InternetExposure, type PortRange, type SourceLimits } from './nsg.ts';

/**
 * The loop the NSG Internet-exposure rules share: per NSG, unknown when its rules are not
 * stated or one cannot be judged; otherwise `offending` picks the ports of each exposure that
 * break the rule, and the NSG fails naming those rules or passes.
 */
export function checkNsgExposure<P extends SourceLimits>(
  ctx: RuleContext<P>,
  options: {
    tcpOnly: boolean;
    offending: (exposure: InternetExposure) => PortRange[];
    describe: (offences: string[]) => string;
    passMessage: string;
  },
): void {
  for (const nsg of ctx.state.network.networkSecurityGroups) {
    if (nsg.securityRules === null) {
      ctx.unknown(nsg, notStated('properties.securityRules'), [{ path: 'properties.securityRules', value: null, note: 'not stated by the source' }]);
      continue;
    }
    const { exposures, incomplete } = internetExposures(nsg.securityRules, ctx.params, options.tcpOnly);
    if (incomplete.length) {
      ctx.unknown(nsg, `NSG ${nsg.name}: rule(s) ${incomplete.map((r) => r.name).join(', ')} lack direction, access, protocol, priority, addresses or ports in the source, so what it admits cannot be judged`, incomplete.map((r) => ruleEvidence(nsg, r)));
      continue;
    }
    const offences: string[] = [];
    const evidence: Evidence[] = [];
    for (const exposure of exposures) {
      const ports = options.offending(exposure);
      if (ports.length === 0) continue;
      offences.push(describeExposure(exposure, ports));
      evidence.push(ruleEvidence(nsg, exposure.rule));
    }
    if (offences.length) ctx.fail(nsg, `NSG ${nsg.name} ${options.describe(offences)}`, evidence);
    else ctx.pass(nsg, `NSG ${nsg.name} ${options.passMessage}`, [{ path: 'properties.securityRules', value: `${nsg.securityRules.length} rule(s)` }]);
  }
}

function ruleEvidence(nsg: NetworkSecurityGroup, rule: SecurityRule): Evidence {
  const { access, direction, protocol, priority, sourceAddressPrefixes, destinationAddressPrefixes, destinationPortRanges } = rule;
  // Inline rules are read at `properties.securityRules[i]`, separate ones at their id.
  const path = rule.path.startsWith('properties.') ? rule.path : childPath(nsg, rule.path);
  return { path, value: { name: rule.name, access, direction, protocol, priority, sourceAddressPrefixes, destinationAddressPrefixes, destinationPortRanges } };
}
