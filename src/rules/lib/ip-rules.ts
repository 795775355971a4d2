import { parseCidr } from './cidr.ts';

/**
 * The entries of a service's `ipRules` allow-list (registry, storage account, Key Vault) that admit
 * more than a `/widestIpv4Prefix` (IPv6: `/widestIpv4Prefix + 32`): with them a default-deny
 * rule set is deny in name only. Entries that do not parse are left to the service, which
 * refuses them on write.
 */
export function wideIpRules(rules: string[], widestIpv4Prefix: number): string[] {
  const wide: string[] = [];
  for (const text of rules) {
    const cidr = parseCidr(text);
    if (!cidr) continue;
    const widest = cidr.family === 4 ? widestIpv4Prefix : Math.min(128, widestIpv4Prefix + 32);
    if (cidr.prefix === 0) wide.push(`${text} is the whole Internet`);
    else if (cidr.prefix < widest) wide.push(`${text} is wider than /${widest}${cidr.family === 4 ? ` (${(2 ** (32 - cidr.prefix)).toLocaleString('en-US')} addresses)` : ''}`);
  }
  return wide;
}
