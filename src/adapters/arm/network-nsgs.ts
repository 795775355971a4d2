import type { NetworkSecurityGroup, SecurityRule } from '../../state/network.ts';
import { baseOf } from './base.ts';
import type { ArmResource } from './collect-resources.ts';
import { FieldReader } from './fields.ts';
import type { ArmIndex } from './index-resources.ts';
import { childName, itemProps, mergeChildren, propsOf, referenceIds, singularAndPlural } from './network-children.ts';
import type { Node } from './properties.ts';

export const NETWORK_SECURITY_GROUP = 'microsoft.network/networksecuritygroups';
export const SECURITY_RULE = 'microsoft.network/networksecuritygroups/securityrules';

/**
 * `Microsoft.Network/networkSecurityGroups` → NetworkSecurityGroup. `defaultSecurityRules` are
 * not read: the platform fixes them (virtual network and load balancer in, everything else denied).
 */
export function adaptNetworkSecurityGroups(index: ArmIndex): NetworkSecurityGroup[] {
  return index.ofType(NETWORK_SECURITY_GROUP).map((r) => adaptNetworkSecurityGroup(r, index));
}

function adaptNetworkSecurityGroup(r: ArmResource, index: ArmIndex): NetworkSecurityGroup {
  const f = new FieldReader(r.complete);
  const p = propsOf(r);
  return {
    ...baseOf(r, f.defaulted),
    securityRules: mergeChildren(
      r,
      index,
      'securityRules',
      SECURITY_RULE,
      (n, i) => adaptRule(itemProps(n), n.string('name') ?? String(i), `properties.securityRules[${i}]`, r.complete),
      (child) => adaptRule(propsOf(child), childName(child), child.id, child.complete),
    ),
    subnetIds: referenceIds(p, 'subnets', f, 'subnetIds'),
    networkInterfaceIds: referenceIds(p, 'networkInterfaces', f, 'networkInterfaceIds'),
  };
}

/** Direction, access, protocol and priority are required by ARM: there is no default to assume. */
function adaptRule(n: Node, name: string, path: string, complete: boolean): SecurityRule {
  return {
    name,
    direction: n.string('direction') ?? null,
    access: n.string('access') ?? null,
    protocol: n.string('protocol') ?? null,
    priority: n.number('priority') ?? null,
    sourceAddressPrefixes: singularAndPlural(n, 'sourceAddressPrefix', 'sourceAddressPrefixes', complete),
    sourceApplicationSecurityGroups: (n.children('sourceApplicationSecurityGroups')?.length ?? 0) > 0,
    destinationAddressPrefixes: singularAndPlural(n, 'destinationAddressPrefix', 'destinationAddressPrefixes', complete),
    destinationApplicationSecurityGroups: (n.children('destinationApplicationSecurityGroups')?.length ?? 0) > 0,
    destinationPortRanges: singularAndPlural(n, 'destinationPortRange', 'destinationPortRanges', complete),
    path,
  };
}
