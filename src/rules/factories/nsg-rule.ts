import { evidence, unknownReason } from '../../engine/evidence.ts';
import type { Evidence } from '../../engine/finding.ts';
import type { RuleContext } from '../../engine/rule.ts';
import type { SecurityRule } from '../../state/network.ts';
import { describeExposure, internetExposures, type InternetExposure, type PortRange, type SourceLimits } from '../lib/nsg.ts';

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
      const rules = evidence(nsg, 'securityRules');
      ctx.unknown(nsg, unknownReason(rules), [rules]);
      continue;
    }
    const { exposures, incomplete } = internetExposures(nsg.securityRules, ctx.params, options.tcpOnly);
    if (incomplete.length) {
      ctx.unknown(nsg, `NSG ${nsg.name}: rule(s) ${incomplete.map((r) => r.name).join(', ')} lack direction, access, protocol, priority, addresses or ports in the source, so what it admits cannot be judged`, incomplete.map(ruleEvidence));
      continue;
    }
    const offences: string[] = [];
    const shown: Evidence[] = [];
    for (const exposure of exposures) {
      const ports = options.offending(exposure);
      if (ports.length === 0) continue;
      offences.push(describeExposure(exposure, ports));
      shown.push(ruleEvidence(exposure.rule));
    }
    if (offences.length) ctx.fail(nsg, `NSG ${nsg.name} ${options.describe(offences)}`, shown);
    else ctx.pass(nsg, `NSG ${nsg.name} ${options.passMessage}`, [evidence(nsg, 'securityRules', `${nsg.securityRules.length} rule(s)`)]);
  }
}

/** A rule as evidence, at the place the adapter read it (in the NSG's rule list, or a separate rule resource). */
export function ruleEvidence(rule: SecurityRule): Evidence {
  const { access, direction, protocol, priority, sourceAddressPrefixes, destinationAddressPrefixes, destinationPortRanges } = rule;
  return { path: rule.path, value: { name: rule.name, access, direction, protocol, priority, sourceAddressPrefixes, destinationAddressPrefixes, destinationPortRanges } };
}
