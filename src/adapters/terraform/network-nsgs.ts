import type { TfValue } from '../../collectors/terraform/model.ts';
import type { NetworkSecurityGroup, SecurityRule } from '../../state/network.ts';
import type { Maybe } from '../../state/resource.ts';
import { tfBase } from './base.ts';
import type { TfIndex } from './index-resources.ts';
import { associated, mergeChildren, singularAndPlural, text } from './network-children.ts';
import { inlineSubnetsReferring, NSG_ASSOCIATION } from './network-vnets.ts';

const NETWORK_SECURITY_GROUP = 'azurerm_network_security_group';
const SECURITY_RULE = 'azurerm_network_security_rule';
const NIC_ASSOCIATION = 'azurerm_network_interface_security_group_association';
export const NSG_TYPES = [NETWORK_SECURITY_GROUP, SECURITY_RULE, NIC_ASSOCIATION];

/** Where each NSG field is read. */
const NSG_PATHS = {
  securityRules: 'security_rule',
  subnetIds: `(${NSG_ASSOCIATION} resources)`,
  networkInterfaceIds: `(${NIC_ASSOCIATION} resources)`,
} as const;

/**
 * `azurerm_network_security_group` (inline `security_rule` blocks and `azurerm_network_security_rule`
 * resources joined by `network_security_group_name` and resource group) → NetworkSecurityGroup.
 * Its subnets and network interfaces are the association resources naming it, and inline VNet
 * subnets whose `security_group` refers to it.
 */
export function adaptNetworkSecurityGroups(index: TfIndex): NetworkSecurityGroup[] {
  return index.ofType(NETWORK_SECURITY_GROUP).map((r) => {
    const f = index.reader(r);
    const base = tfBase(r, 'microsoft.network/networksecuritygroups', index.ids, f);
    Object.assign(f.provenance.paths, NSG_PATHS);
    const subnets = associated(base.id, NSG_ASSOCIATION, 'network_security_group_id', 'subnet_id', index);
    return {
      ...base,
      securityRules: mergeChildren(
        r,
        f,
        index,
        'security_rule',
        { type: SECURITY_RULE, via: 'network_security_group_name' },
        (block, i) => ruleOf(block, `security_rule[${i}]`),
        (rule) => ruleOf(rule.values, rule.address),
      ),
      subnetIds: subnets && [...subnets, ...inlineSubnetsReferring(base.id, 'security_group', index)],
      networkInterfaceIds: associated(base.id, NIC_ASSOCIATION, 'network_security_group_id', 'network_interface_id', index),
    };
  });
}

/**
 * One rule, inline or separate: the same attributes. Direction, access, protocol and priority
 * are required, so there is no default; each side's addresses and the ports come from the
 * singular and plural attributes together (azurerm writes `""` and `[]` for the one not used).
 */
function ruleOf(b: Record<string, TfValue>, path: string): SecurityRule {
  const groups = (key: string): boolean => Array.isArray(b[key]) && (b[key] as TfValue[]).length > 0;
  const sourceGroups = groups('source_application_security_group_ids');
  const destinationGroups = groups('destination_application_security_group_ids');
  return {
    name: text(b, 'name') ?? path,
    direction: text(b, 'direction'),
    access: text(b, 'access'),
    protocol: text(b, 'protocol'),
    priority: typeof b.priority === 'number' ? b.priority : null,
    sourceAddressPrefixes: addresses(singularAndPlural(b, 'source_address_prefix', 'source_address_prefixes'), sourceGroups),
    sourceApplicationSecurityGroups: sourceGroups,
    destinationAddressPrefixes: addresses(singularAndPlural(b, 'destination_address_prefix', 'destination_address_prefixes'), destinationGroups),
    destinationApplicationSecurityGroups: destinationGroups,
    destinationPortRanges: nonEmpty(singularAndPlural(b, 'destination_port_range', 'destination_port_ranges')),
    path,
  };
}

/** One side's prefixes: none at all is unknown, unless application security groups name that side. */
function addresses(prefixes: Maybe<string[]>, groups: boolean): Maybe<string[]> {
  return groups ? (prefixes ?? []) : nonEmpty(prefixes);
}

function nonEmpty(values: Maybe<string[]>): Maybe<string[]> {
  return values?.length ? values : null;
}

