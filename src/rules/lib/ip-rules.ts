import { parseCidr } from './cidr.ts';

/** What a service's `ipRules` allow-list admits: entries too wide, and entries that are no address range. */
export interface IpRuleWidth {
  wide: string[];
  /** Entries that do not parse: what they admit is unknown, so the list cannot pass. */
  unparseable: string[];
}

/**
 * The entries of a service's `ipRules` allow-list (registry, storage account, Key Vault) that admit
 * more than a `/widestIpv4Prefix` (IPv6: `/widestIpv4Prefix + 32`): with them a default-deny
 * rule set is deny in name only. IPv4-mapped IPv6 ranges are judged as the IPv4 range they cover.
 */
export function wideIpRules(rules: string[], widestIpv4Prefix: number): IpRuleWidth {
  const wide: string[] = [];
  const unparseable: string[] = [];
  for (const text of rules) {
    const cidr = parseCidr(text);
    if (!cidr) {
      unparseable.push(text);
      continue;
    }
    const widest = cidr.family === 4 ? widestIpv4Prefix : Math.min(128, widestIpv4Prefix + 32);
    if (cidr.prefix === 0) wide.push(`${text} is the whole Internet`);
    else if (cidr.prefix < widest) wide.push(`${text} is wider than /${widest}${cidr.family === 4 ? ` (${(2 ** (32 - cidr.prefix)).toLocaleString('en-US')} addresses)` : ''}`);
  }
  return { wide, unparseable };
}
