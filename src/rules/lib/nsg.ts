import { BlockList } from 'node:net';
import type { SecurityRule } from '../../state/network.ts';
import { isNonPublic, parseCidr, type Cidr } from './cidr.ts';

/**
 * What the inbound rules of a network security group let in from the Internet, once
 * priorities are applied: an Allow rule only admits what no Deny rule with a lower priority
 * number (evaluated first) already drops. The platform's default rules deny every other
 * Internet flow, so user rules are all that can open one.
 */

/** An inclusive range of destination ports. */
export interface PortRange {
  from: number;
  to: number;
}

/** How wide a public source range may be before it counts as "the Internet". */
export interface SourceLimits {
  widestIpv4Prefix: number;
  widestIpv6Prefix: number;
}

/** An inbound Allow rule that still admits Internet sources on some ports. */
export interface InternetExposure {
  rule: SecurityRule;
  /** The rule's sources that count as the Internet and that no earlier Deny closes entirely. */
  sources: string[];
  /** Ports left open to those sources. */
  ports: PortRange[];
}

export interface NsgExposure {
  exposures: InternetExposure[];
  /** Inbound (or direction-less) rules missing a field needed to judge them: the NSG cannot be judged. */
  incomplete: SecurityRule[];
}

/**
 * The Internet exposures among `rules`. With `tcpOnly`, only TCP is considered: Allow rules
 * for another single protocol are ignored, and a TCP Deny closes a `*` Allow.
 */
export function internetExposures(rules: SecurityRule[], limits: SourceLimits, tcpOnly: boolean): NsgExposure {
  const incomplete = rules.filter((r) => r.direction === null || (isInbound(r) && !judgeable(r)));
  const inbound = rules.filter((r) => isInbound(r) && judgeable(r)).sort((a, b) => (a.priority as number) - (b.priority as number));
  const denies = inbound.filter((r) => r.access?.toLowerCase() === 'deny');
  const exposures: InternetExposure[] = [];
  for (const allow of inbound) {
    if (allow.access?.toLowerCase() !== 'allow' || (tcpOnly && !carriesTcp(allow.protocol as string))) continue;
    const earlier = denies.filter((d) => (d.priority as number) < (allow.priority as number) && protocolCovers(d, allow, tcpOnly) && destinationCovers(d, allow));
    const sources: string[] = [];
    let open: PortRange[] = [];
    for (const source of (allow.sourceAddressPrefixes as string[]).filter((s) => isInternetSource(s, limits))) {
      let ports = parsePorts(allow.destinationPortRanges as string[]);
      for (const deny of earlier) if (sourceCovers(deny, source)) ports = subtractPorts(ports, parsePorts(deny.destinationPortRanges as string[]));
      if (ports.length === 0) continue;
      sources.push(source);
      open = unionPorts(open, ports);
    }
    if (sources.length) exposures.push({ rule: allow, sources, ports: open });
  }
  return { exposures, incomplete };
}

/** `*`, `Any`, `Internet`, `0.0.0.0/0`, `::/0`, or a public CIDR wider than the limits allow. */
export function isInternetSource(prefix: string, limits: SourceLimits): boolean {
  if (isEverywhere(prefix)) return true;
  const cidr = parseCidr(prefix);
  if (!cidr || isNonPublic(cidr)) return false;
  return cidr.prefix < (cidr.family === 4 ? limits.widestIpv4Prefix : limits.widestIpv6Prefix);
}

/** `22`, `20-25`, `*`, or comma lists of those; entries that do not parse are left out (ARM refuses them on write). */
export function parsePorts(ranges: string[]): PortRange[] {
  const out: PortRange[] = [];
  for (const text of ranges.flatMap((r) => r.split(','))) {
    const t = text.trim();
    if (t === '*') return [{ from: 0, to: 65535 }];
    const m = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(t);
    if (!m) continue;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from <= to && to <= 65535) out.push({ from, to });
  }
  return unionPorts([], out);
}

export function portsInclude(ranges: PortRange[], port: number): boolean {
  return ranges.some((r) => r.from <= port && port <= r.to);
}

/** The ones of `ports` an exposure leaves open, each as a range of its own (`22`, `3389`). */
export function openAmong(exposure: InternetExposure, ports: readonly number[]): PortRange[] {
  return ports.filter((port) => portsInclude(exposure.ports, port)).map((port) => ({ from: port, to: port }));
}

/** `ranges` without the ports in `remove`. */
export function subtractPorts(ranges: PortRange[], remove: PortRange[]): PortRange[] {
  let out = ranges;
  for (const cut of remove) {
    out = out.flatMap((r) => {
      if (cut.to < r.from || cut.from > r.to) return [r];
      const kept: PortRange[] = [];
      if (cut.from > r.from) kept.push({ from: r.from, to: cut.from - 1 });
      if (cut.to < r.to) kept.push({ from: cut.to + 1, to: r.to });
      return kept;
    });
  }
  return out;
}

/** `22, 8000-8080` for messages. */
function describePorts(ranges: PortRange[]): string {
  return ranges.map((r) => (r.from === 0 && r.to === 65535 ? 'all ports' : r.from === r.to ? String(r.from) : `${r.from}-${r.to}`)).join(', ');
}

/** `allow-ssh (priority 110) admits 22 from Internet` for messages. */
export function describeExposure(exposure: InternetExposure, ports: PortRange[] = exposure.ports): string {
  return `${exposure.rule.name} (priority ${exposure.rule.priority}) admits ${describePorts(ports)} from ${exposure.sources.join(', ')}`;
}

function unionPorts(a: PortRange[], b: PortRange[]): PortRange[] {
  const sorted = [...a, ...b].sort((x, y) => x.from - y.from);
  const out: PortRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.from <= last.to + 1) last.to = Math.max(last.to, r.to);
    else out.push({ ...r });
  }
  return out;
}

function isInbound(rule: SecurityRule): boolean {
  return rule.direction?.toLowerCase() === 'inbound';
}

function judgeable(rule: SecurityRule): boolean {
  return rule.access !== null && rule.protocol !== null && rule.priority !== null && rule.sourceAddressPrefixes !== null && rule.destinationAddressPrefixes !== null && rule.destinationPortRanges !== null;
}

function isEverywhere(prefix: string): boolean {
  const p = prefix.trim().toLowerCase();
  return p === '*' || p === 'any' || p === 'internet';
}

function carriesTcp(protocol: string): boolean {
  const p = protocol.toLowerCase();
  return p === 'tcp' || p === '*';
}

function protocolCovers(deny: SecurityRule, allow: SecurityRule, tcpOnly: boolean): boolean {
  const d = (deny.protocol as string).toLowerCase();
  if (d === '*') return true;
  return tcpOnly ? d === 'tcp' : d === (allow.protocol as string).toLowerCase();
}

/** The Deny applies to every destination the Allow admits to. Application security groups are never assumed to match. */
function destinationCovers(deny: SecurityRule, allow: SecurityRule): boolean {
  const targets = deny.destinationAddressPrefixes as string[];
  if (deny.destinationApplicationSecurityGroups && targets.length === 0) return false;
  if (targets.some(isEverywhere)) return true;
  if (allow.destinationApplicationSecurityGroups) return false;
  const wanted = allow.destinationAddressPrefixes as string[];
  return wanted.length > 0 && wanted.every((w) => targets.some((t) => prefixContains(t, w)));
}

/** The Deny applies to every Internet address in `source` (for `*`, the Internet part of "anything"). */
function sourceCovers(deny: SecurityRule, source: string): boolean {
  return (deny.sourceAddressPrefixes as string[]).some((d) => prefixContains(d, source));
}

/** Whether a Deny's address prefix (or tag) `outer` includes all of `inner`; an IPv6 Deny is not taken to stop IPv4. */
function prefixContains(outer: string, inner: string): boolean {
  if (isEverywhere(outer)) return true;
  if (outer.trim().toLowerCase() === inner.trim().toLowerCase()) return true;
  const o = parseCidr(outer, false);
  const i = parseCidr(inner);
  return o !== undefined && i !== undefined && cidrContains(o, i);
}

function cidrContains(outer: Cidr, inner: Cidr): boolean {
  if (outer.family !== inner.family || outer.prefix > inner.prefix) return false;
  // CIDR alignment: a narrower block lies wholly inside or wholly outside a wider one, so its first address decides.
  const block = new BlockList();
  const type = outer.family === 4 ? 'ipv4' : 'ipv6';
  block.addSubnet(outer.address, outer.prefix, type);
  return block.check(inner.address, type);
}
