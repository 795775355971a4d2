import { BlockList, isIPv4, isIPv6 } from 'node:net';

/** An address range as written in ARM (`203.0.113.0/24`, a bare address, or IPv6). */
export interface Cidr {
  text: string;
  family: 4 | 6;
  address: string;
  prefix: number;
}

/** Parses `a.b.c.d[/n]` or an IPv6 equivalent; undefined when it is neither. */
export function parseCidr(text: string): Cidr | undefined {
  const [address = '', prefixText, extra] = text.trim().split('/');
  if (extra !== undefined) return undefined;
  const family = isIPv4(address) ? 4 : isIPv6(address) ? 6 : undefined;
  if (!family) return undefined;
  const max = family === 4 ? 32 : 128;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = prefixText === undefined ? max : Number(prefixText);
  if (prefix > max) return undefined;
  return { text, family, address, prefix };
}

/** Ranges that never appear as the source of traffic arriving at a public endpoint. */
const NON_PUBLIC = new BlockList();
NON_PUBLIC.addSubnet('10.0.0.0', 8, 'ipv4');
NON_PUBLIC.addSubnet('172.16.0.0', 12, 'ipv4');
NON_PUBLIC.addSubnet('192.168.0.0', 16, 'ipv4');
NON_PUBLIC.addSubnet('100.64.0.0', 10, 'ipv4');
NON_PUBLIC.addSubnet('127.0.0.0', 8, 'ipv4');
NON_PUBLIC.addSubnet('169.254.0.0', 16, 'ipv4');
NON_PUBLIC.addSubnet('fc00::', 7, 'ipv6');
NON_PUBLIC.addSubnet('fe80::', 10, 'ipv6');
NON_PUBLIC.addSubnet('::1', 128, 'ipv6');

/** True when the whole range is private, shared (CGNAT), loopback or link-local address space. */
export function isNonPublic(cidr: Cidr): boolean {
  // IPv4: CIDR alignment means first and last address inside the (disjoint) blocks puts the whole range inside one.
  if (cidr.family === 4) return NON_PUBLIC.check(cidr.address, 'ipv4') && NON_PUBLIC.check(lastIpv4(cidr), 'ipv4');
  // IPv6: the narrowest non-public block is a /10, so a range at least that long sits inside the block of its first address.
  return cidr.prefix >= 10 && NON_PUBLIC.check(cidr.address, 'ipv6');
}

function lastIpv4(cidr: Cidr): string {
  const value = cidr.address.split('.').reduce((acc, octet) => acc * 256 + Number(octet), 0);
  const size = 2 ** (32 - cidr.prefix);
  const last = Math.floor(value / size) * size + size - 1;
  return [24, 16, 8, 0].map((shift) => Math.floor(last / 2 ** shift) % 256).join('.');
}

/** True when `address` (same family as the range) lies inside the range; another family never does. */
export function cidrContains(cidr: Cidr, address: string): boolean {
  const family = isIPv4(address) ? 4 : isIPv6(address) ? 6 : undefined;
  if (family !== cidr.family) return false;
  const list = new BlockList();
  list.addSubnet(cidr.address, cidr.prefix, family === 4 ? 'ipv4' : 'ipv6');
  return list.check(address, family === 4 ? 'ipv4' : 'ipv6');
}
