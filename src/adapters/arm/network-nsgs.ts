import type { NetworkSecurityGroup, SecurityRule } from '../../state/network.ts';
import type { Maybe } from '../../state/resource.ts';
import { baseOf } from './base.ts';
import type { ArmResource } from './collect-resources.ts';
import { FieldReader } from './fields.ts';
import type { ArmIndex } from './index-resources.ts';
import { childAt, childName, itemProps, mergeChildren, propsOf, referenceIds, singularAndPlural } from './network-children.ts';
import type { Node } from './properties.ts';

export const NETWORK_SECURITY_GROUP = 'microsoft.network/networksecuritygroups';
export const SECURITY_RULE = 'microsoft.network/networksecuritygroups/securityrules';

/** Where each NSG field is read in its body. */
export const NSG_PATHS = {
  securityRules: 'properties.securityRules',
  subnetIds: 'properties.subnets',
  networkInterfaceIds: 'properties.networkInterfaces',
} as const;

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
    ...baseOf(r, f.defaulted, NSG_PATHS),
    securityRules: mergeChildren(
      r,
      index,
      'securityRules',
      SECURITY_RULE,
      (n, i) => adaptRule(itemProps(n), n.string('name') ?? String(i), `properties.securityRules[${i}]`),
      (child) => adaptRule(propsOf(child), childName(child), childAt(r, child)),
    ),
    subnetIds: referenceIds(p, 'subnets', f, 'subnetIds'),
    networkInterfaceIds: referenceIds(p, 'networkInterfaces', f, 'networkInterfaceIds'),
  };
}

/**
 * Direction, access, protocol and priority are required by ARM: there is no default to assume.
 * So are each side's addresses (or application security groups) and the ports: a rule whose
 * source, destination or ports are stated by neither the singular nor the plural property
 * cannot be judged, whether the body is complete or not.
 */
function adaptRule(n: Node, name: string, path: string): SecurityRule {
  const sourceGroups = (n.children('sourceApplicationSecurityGroups')?.length ?? 0) > 0;
  const destinationGroups = (n.children('destinationApplicationSecurityGroups')?.length ?? 0) > 0;
  return {
    name,
    direction: n.string('direction') ?? null,
    access: n.string('access') ?? null,
    protocol: n.string('protocol') ?? null,
    priority: n.number('priority') ?? null,
    sourceAddressPrefixes: addresses(n, 'sourceAddressPrefix', 'sourceAddressPrefixes', sourceGroups),
    sourceApplicationSecurityGroups: sourceGroups,
    destinationAddressPrefixes: addresses(n, 'destinationAddressPrefix', 'destinationAddressPrefixes', destinationGroups),
    destinationApplicationSecurityGroups: destinationGroups,
    destinationPortRanges: nonEmpty(singularAndPlural(n, 'destinationPortRange', 'destinationPortRanges')),
    path,
  };
}

/** One side's address prefixes: none at all is unknown, unless application security groups name that side. */
function addresses(n: Node, singular: string, plural: string, groups: boolean): Maybe<string[]> {
  const prefixes = singularAndPlural(n, singular, plural);
  return groups ? (prefixes ?? []) : nonEmpty(prefixes);
}

function nonEmpty(values: Maybe<string[]>): Maybe<string[]> {
  return values?.length ? values : null;
}
