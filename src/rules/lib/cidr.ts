import { BlockList, isIPv4, isIPv6 } from 'node:net';

/** An address range as written in ARM (`203.0.113.0/24`, a bare address, or IPv6). */
export interface Cidr {
  text: string;
  family: 4 | 6;
  address: string;
  prefix: number;
}

/**
 * Parses `a.b.c.d[/n]` or an IPv6 equivalent; undefined when it is neither. An IPv6 range that
 * holds IPv4-mapped addresses is judged as the IPv4 range it covers: `::ffff:10.0.0.0/104` is
 * 10.0.0.0/8, and `::ffff:0:0/96` (or any range holding it, such as `::/0`) is all of IPv4.
 * That is the reading for what a range admits; for what a deny or an `except` takes away, pass
 * `mapIpv4 = false`: an IPv6 rule is not relied on to stop IPv4 traffic.
 */
export function parseCidr(text: string, mapIpv4 = true): Cidr | undefined {
  const [address = '', prefixText, extra] = text.trim().split('/');
  if (extra !== undefined) return undefined;
  const family = isIPv4(address) ? 4 : isIPv6(address) ? 6 : undefined;
  if (!family) return undefined;
  const max = family === 4 ? 32 : 128;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = prefixText === undefined ? max : Number(prefixText);
  if (prefix > max) return undefined;
  return family === 6 && mapIpv4 ? (mappedIpv4(text, address, prefix) ?? { text, family, address, prefix }) : { text, family, address, prefix };
}

/** `::ffff:0:0/96`, under which IPv6 carries IPv4 addresses. */
const MAPPED = 0xffffn << 32n;

/** The IPv4 range an IPv6 range covers through IPv4-mapped addresses; undefined when it covers none. */
function mappedIpv4(text: string, address: string, prefix: number): Cidr | undefined {
  const bits = ipv6Bits(address);
  if (prefix <= 96) {
    const shift = BigInt(128 - prefix);
    return bits >> shift === MAPPED >> shift ? { text, family: 4, address: '0.0.0.0', prefix: 0 } : undefined;
  }
  if (bits >> 32n !== 0xffffn) return undefined;
  const v4 = Number(bits & 0xffffffffn);
  return { text, family: 4, address: [24, 16, 8, 0].map((shift) => (v4 >>> shift) & 255).join('.'), prefix: prefix - 96 };
}

/** A valid IPv6 address (a trailing dotted quad allowed) as a 128-bit number. */
function ipv6Bits(address: string): bigint {
  let text = address.replace(/%.*$/, '');
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const front = head ? head.split(':') : [];
  const back = tail ? tail.split(':') : [];
  const groups = tail === undefined ? front : [...front, ...Array<string>(8 - front.length - back.length).fill('0'), ...back];
  return groups.reduce((acc, group) => (acc << 16n) | BigInt(parseInt(group, 16)), 0n);
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
