import { isIPv4 } from 'node:net';

/** A server-level IP firewall rule as PostgreSQL, MySQL and Azure SQL spell it: an inclusive address range. */
export interface IpRangeRule {
  name: string;
  startIpAddress: string;
  endIpAddress: string;
}

/**
 * What a firewall rule admits:
 * - `azure-services`: 0.0.0.0–0.0.0.0, the documented "allow public access from any Azure
 *   service": any tenant's Azure resources, not only the owner's;
 * - `internet`: the whole IPv4 space (0.0.0.0–255.255.255.255 or near it);
 * - `wide`: more addresses than `widestPrefix` allows (`/16` by default in the rules);
 * - `narrow`: a range no wider than that;
 * - `invalid`: an address that is not IPv4, or an end before the start.
 */
export type RangeClass = 'azure-services' | 'internet' | 'wide' | 'narrow' | 'invalid';

export function classifyRange(rule: IpRangeRule, widestPrefix: number): RangeClass {
  const start = ipv4Value(rule.startIpAddress);
  const end = ipv4Value(rule.endIpAddress);
  if (start === undefined || end === undefined || end < start) return 'invalid';
  if (start === 0 && end === 0) return 'azure-services';
  const size = end - start + 1;
  // Half the address space or more is the Internet in all but name.
  if (size >= 2 ** 31) return 'internet';
  return size > 2 ** (32 - widestPrefix) ? 'wide' : 'narrow';
}

/** `rule-name (a.b.c.d–e.f.g.h)` for messages. */
export function describeRange(rule: IpRangeRule): string {
  return `${rule.name} (${rule.startIpAddress}–${rule.endIpAddress})`;
}

function ipv4Value(address: string): number | undefined {
  const text = address.trim();
  if (!isIPv4(text)) return undefined;
  return text.split('.').reduce((acc, octet) => acc * 256 + Number(octet), 0);
}
