import { defineAnalysis } from '../../engine/analysis.ts';
import { evidence } from '../../engine/evidence.ts';
import type { Evidence } from '../../engine/finding.ts';
import type { AksCluster } from '../../state/aks.ts';
import type { NamedRef, PrivateDnsZone, PrivateEndpoint, PrivateEndpointConnection } from '../../state/network.ts';
import type { PrivateLinkTarget } from '../../state/platform.ts';
import type { Maybe } from '../../state/resource.ts';
import type { State } from '../../state/state.ts';
import { NETWORK_LOOKUP, nodeSubnetIds, type NetworkLookup } from './network-lookup.ts';
import { relatedEvidence } from '../lib/related-evidence.ts';
import { cached, pushTo } from '../../lib/maps.ts';

/**
 * Whether a cluster can reach a PaaS resource privately: an approved private endpoint (or
 * VNet injection) in the cluster's VNet or a VNet peered with it, and a private DNS zone that
 * resolves the service's name to it, linked where the cluster resolves names. Every index is
 * built once per state, so judging all (cluster, target) pairs is linear in their number.
 */

/** A PaaS resource a cluster may depend on, with what its family adds to reachability. */
export interface PlatformTarget {
  resource: PrivateLinkTarget;
  /** `Key Vault`, `PostgreSQL flexible server`, ... for messages and reports. */
  service: string;
  /** Sub-resources a private endpoint to this service reaches, used when an endpoint names none. */
  groupIds: readonly string[];
  /** The service sits in a subnet of its own (VNet integration or injection) rather than behind endpoints. */
  injection?: Injection;
}

export interface Injection {
  subnetId: string;
  /** State path of the subnet field, for evidence. */
  statePath: string;
  /** The private DNS zone that resolves the injected server, and its state path; absent when the service needs none. */
  dns?: { zoneId: Maybe<string>; statePath: string };
}

/**
 * The private DNS zone each private link sub-resource (groupId, lower case) is resolved in, in
 * the public cloud (learn.microsoft.com/azure/private-link/private-endpoint-dns).
 */
const ZONES_BY_GROUP: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['vault', ['privatelink.vaultcore.azure.net']],
  ['postgresqlserver', ['privatelink.postgres.database.azure.com']],
  ['mysqlserver', ['privatelink.mysql.database.azure.com']],
  ['sqlserver', ['privatelink.database.windows.net']],
  ['rediscache', ['privatelink.redis.cache.windows.net']],
  // Azure Managed Redis; Redis Enterprise caches created before it used the second zone.
  ['redisenterprise', ['privatelink.redis.azure.net', 'privatelink.redisenterprise.cache.azure.net']],
  ['registry', ['privatelink.azurecr.io']],
  ...['blob', 'table', 'queue', 'file', 'web', 'dfs'].flatMap((g) => [
    [g, [`privatelink.${g}.core.windows.net`]] as [string, string[]],
    [`${g}_secondary`, [`privatelink.${g}.core.windows.net`]] as [string, string[]],
  ]),
]);

/** The private DNS zone names a private endpoint to these sub-resources is resolved in. */
export function privateDnsZoneNames(groupIds: readonly string[]): string[] {
  return [...new Set(groupIds.flatMap((g) => ZONES_BY_GROUP.get(g.toLowerCase()) ?? []))];
}

/** Every PaaS resource in the state that a cluster may reach through private link, with its service. */
export function platformTargets(state: State): PlatformTarget[] {
  return [
    ...state.keyVaults.map((resource) => ({ resource, service: 'Key Vault', groupIds: ['vault'] })),
    ...state.postgresFlexibleServers.map((resource) => ({
      resource,
      service: 'PostgreSQL flexible server',
      groupIds: ['postgresqlServer'],
      ...injected(resource.network.delegatedSubnetResourceId, 'network.delegatedSubnetResourceId', { zoneId: resource.network.privateDnsZoneArmResourceId, statePath: 'network.privateDnsZoneArmResourceId' }),
    })),
    ...state.postgresSingleServers.map((resource) => ({ resource, service: 'PostgreSQL single server', groupIds: ['postgresqlServer'] })),
    ...state.mysqlFlexibleServers.map((resource) => ({
      resource,
      service: 'MySQL flexible server',
      groupIds: ['mysqlServer'],
      ...injected(resource.network.delegatedSubnetResourceId, 'network.delegatedSubnetResourceId', { zoneId: resource.network.privateDnsZoneResourceId, statePath: 'network.privateDnsZoneResourceId' }),
    })),
    ...state.sqlServers.map((resource) => ({ resource, service: 'Azure SQL server', groupIds: ['sqlServer'] })),
    // An injected Premium cache is resolved by Azure DNS inside its VNet: no zone of its own.
    ...state.redisCaches.map((resource) => ({ resource, service: 'Redis cache', groupIds: ['redisCache'], ...(resource.vnetInjected ? injected(resource.subnetId, 'subnetId') : {}) })),
    ...state.containerRegistries.map((resource) => ({ resource, service: 'Container registry', groupIds: ['registry'] })),
    ...state.storageAccounts.map((resource) => ({ resource, service: 'Storage account', groupIds: ['blob'] })),
  ];
}

function injected(subnetId: Maybe<string>, statePath: string, dns?: Injection['dns']): { injection?: Injection } {
  if (!subnetId) return {};
  return { injection: dns ? { subnetId, statePath, dns } : { subnetId, statePath } };
}

/**
 * The VNets a cluster's nodes (and, with Azure CNI, its pods) sit in, from its pools'
 * `vnetSubnetID`. Null when the pools are unknown or none states a subnet: the cluster then
 * runs in an AKS-managed VNet (or the export left the field out).
 */
export function clusterVnets(cluster: AksCluster, lookup: NetworkLookup): NamedRef[] | null {
  const vnets = new Map<string, NamedRef>();
  for (const subnet of nodeSubnetIds(cluster)) {
    const vnet = lookup.vnetOf(subnet);
    if (vnet) vnets.set(vnet.id.toLowerCase(), vnet);
  }
  return vnets.size ? [...vnets.values()] : null;
}


export type ReachabilityStatus = 'reachable' | 'unreachable' | 'unknown';

export interface Reachability {
  status: ReachabilityStatus;
  /** How the target is reached (reachable), every missing link (unreachable), or what could not be seen (unknown). */
  detail: string;
  evidence: Evidence[];
}

/** What one link of a way in comes to from some VNets: a phrase for a working path, or one problem, or one unknown. */
interface Verdict {
  /** Describes the link when it holds; empty when it does not. */
  phrase: string;
  problem?: string;
  unknown?: string;
  /** Evidence the verdict rests on besides the way in's own. */
  evidence: readonly Evidence[];
}

/** A verdict as a link hands it out: one object per distinct content, numbered. */
interface LinkVerdict extends Verdict {
  id: number;
}

/**
 * One link of ways in (an endpoint's approval, the VNet it sits in, the zones that resolve it),
 * judged from cluster VNets. Links are shared by the ways that have them in common and judge
 * each vantage once; verdicts with the same content are the same object, so sites whose links
 * all come to the same verdicts can share one judgement instead of re-describing it.
 */
class Link {
  private static nextId = 0;
  private readonly byVantage = new Map<Vantage, LinkVerdict>();
  private readonly byContent = new Map<string, LinkVerdict>();
  private readonly judgeFrom: (from: Vantage) => Verdict;
  /** The verdict of a settled link, the same from anywhere. */
  private fixed?: LinkVerdict;

  constructor(judgeFrom: (from: Vantage) => Verdict) {
    this.judgeFrom = judgeFrom;
  }

  /** A link whose verdict is the same from anywhere (approval, an unstated subnet). */
  static settled(verdict: Partial<Verdict>): Link {
    const settled = { phrase: '', evidence: NONE, ...verdict };
    const link = new Link(() => settled);
    link.fixed = link.intern(settled);
    return link;
  }

  from(vantage: Vantage): LinkVerdict {
    if (this.fixed) return this.fixed;
    let verdict = this.byVantage.get(vantage);
    if (!verdict) this.byVantage.set(vantage, (verdict = this.intern(this.judgeFrom(vantage))));
    return verdict;
  }

  // A link's evidence is always a prefix of the same list (its zones'), so its length identifies it.
  private intern(verdict: Verdict): LinkVerdict {
    const key = `${verdict.phrase}\u0000${verdict.problem ?? ''}\u0000${verdict.unknown ?? ''}\u0000${verdict.evidence.length}`;
    let interned = this.byContent.get(key);
    if (!interned) this.byContent.set(key, (interned = { ...verdict, id: Link.nextId++ }));
    return interned;
  }
}

/** Private DNS zones that may resolve a way in, judged by the VNets they are linked to. */
interface ZoneCheck {
  zones: PrivateDnsZone[];
  /** Evidence of each zone's links, in the order of `zones`. */
  zoneEvidence: Evidence[];
  /** Zone ids named but not in the input. */
  absent: string[];
  /** `its zone group's DNS zone`, ...: how messages name the zones. */
  label: string;
  /**
   * Set when the endpoint's zone group is not in the input: which zone holds its record is then
   * unknown, so a zone not linked where the cluster resolves names is not a problem but this.
   */
  unproven?: string;
}

/** One way into a target (an endpoint or an injected subnet): what holds from any VNet, and its links. */
interface WayIn {
  /** `private endpoint pe-x`, `VNet integration (subnet s)`: what its problems are about. */
  label: string;
  /** `approved private endpoint pe-x`, `VNet integration`: how the description of a working path opens. */
  via: string;
  evidence: Evidence[];
  links: Link[];
}

/**
 * How a private endpoint's name is resolved: the DNS zones that hold its record and where they
 * are linked. The setting belongs to the endpoint (its zone group) and the zones, so it is
 * judged on the endpoint rather than folded into its service's reachability.
 */
export interface EndpointDns {
  endpoint: PrivateEndpoint;
  link: Link;
  /** The endpoint's zone group, as evidence on the endpoint itself. */
  evidence: readonly Evidence[];
  /** Judgements by verdict: vantages that come to the same verdict share one. */
  judged: Map<LinkVerdict, Reachability>;
}

/** A target's ways in, worked out once, and its judgements by the verdicts they rest on. */
interface TargetPlan {
  ways: WayIn[];
  dns: EndpointDns[];
  /** The judgement from any VNet when there is no way in. */
  bare?: Reachability;
  /** By the ids of the verdicts of every link: sites whose verdicts agree share one judgement. */
  judged: Map<string, Reachability>;
}

const NONE: readonly Evidence[] = [];

/** The estate's private endpoints and DNS zones judged for each cluster's VNets; the cross-resource rule and the report share it. */
export const PRIVATE_REACHABILITY = defineAnalysis('private reachability', (state, analyses) => new PrivateReachability(state, analyses.get(NETWORK_LOOKUP)));

/**
 * Judges (cluster VNets, target) pairs. An estate judges every target from each distinct set of
 * cluster VNets: what depends only on the target (its endpoints and their zones) is planned once
 * per target, what depends on a VNet or a set of zones is judged once per `Vantage`, and a
 * judgement is described once per distinct set of verdicts.
 */
export class PrivateReachability {
  private readonly endpointsById = new Map<string, PrivateEndpoint>();
  private readonly endpointsByTarget = new Map<string, PrivateEndpoint[]>();
  private readonly zonesById = new Map<string, PrivateDnsZone>();
  private readonly zonesByName = new Map<string, PrivateDnsZone[]>();
  /** One evidence object per zone, shared by every check that names it. */
  private readonly zoneEvidence = new Map<PrivateDnsZone, Evidence>();
  /** Placement links by VNet id, zone links by what they check: shared across targets. */
  private readonly placements = new Map<string, Link>();
  private readonly zoneLinks = new Map<string, Link>();
  private readonly plans = new Map<PlatformTarget, TargetPlan>();
  private readonly vantages = new Map<string, Vantage>();
  private readonly peerings: Peerings;
  private readonly lookup: NetworkLookup;

  constructor(state: State, lookup: NetworkLookup) {
    this.lookup = lookup;
    for (const endpoint of state.network.privateEndpoints) {
      this.endpointsById.set(endpoint.id.toLowerCase(), endpoint);
      const targets = new Set((endpoint.connections ?? []).flatMap((c) => (c.targetId ? [c.targetId.toLowerCase()] : [])));
      for (const target of targets) pushTo(this.endpointsByTarget, target, endpoint);
    }
    for (const zone of state.network.privateDnsZones) {
      this.zonesById.set(zone.id.toLowerCase(), zone);
      pushTo(this.zonesByName, zone.name.toLowerCase(), zone);
      this.zoneEvidence.set(zone, relatedEvidence(zone, 'virtualNetworkLinks[].virtualNetwork', zone.virtualNetworkLinks?.map((l) => l.virtualNetwork?.id ?? null) ?? null));
    }
    this.peerings = new Peerings(state);
  }

  /** The view from these cluster VNets (as `clusterVnets` gives them); one per distinct list, so its verdicts are shared. */
  from(clusterVnets: NamedRef[]): Vantage {
    return cached(this.vantages, clusterVnets.map((v) => v.id).join('\n'), () => new Vantage(clusterVnets, this.peerings));
  }

  /** The private endpoints that connect to a target: by their own connections, and by the target's list. */
  endpointsOf(target: PrivateLinkTarget): { found: PrivateEndpoint[]; missing: string[] } {
    const found = new Map((this.endpointsByTarget.get(target.id.toLowerCase()) ?? []).map((e) => [e.id.toLowerCase(), e]));
    const missing: string[] = [];
    for (const id of target.privateEndpointIds ?? []) {
      const key = id.toLowerCase();
      if (found.has(key)) continue;
      const endpoint = this.endpointsById.get(key);
      if (endpoint) found.set(key, endpoint);
      else missing.push(id);
    }
    return { found: [...found.values()], missing };
  }

  /** Judges one (cluster VNets, target) pair. Pairs that come to the same verdicts get the same object. */
  judge(from: Vantage, target: PlatformTarget): Reachability {
    const plan = this.planOf(target);
    if (plan.bare) return plan.bare;
    const verdicts = plan.ways.map((way) => way.links.map((link) => link.from(from)));
    const key = verdicts.map((vs) => vs.map((v) => v.id).join(',')).join(';');
    return cached(plan.judged, key, () => judgeWays(plan.ways, verdicts));
  }

  /** The DNS of each of the target's endpoints in the input, to be judged on the endpoint. */
  endpointDns(target: PlatformTarget): readonly EndpointDns[] {
    return this.planOf(target).dns;
  }

  /** Whether an endpoint's name resolves from these VNets to it. */
  judgeDns(from: Vantage, dns: EndpointDns): Reachability {
    const verdict = dns.link.from(from);
    return cached(dns.judged, verdict, () => {
      const status = verdict.problem ? 'unreachable' : verdict.unknown ? 'unknown' : 'reachable';
      return { status, detail: verdict.problem ?? verdict.unknown ?? verdict.phrase, evidence: [...dns.evidence, ...verdict.evidence] };
    });
  }

  private planOf(target: PlatformTarget): TargetPlan {
    return cached(this.plans, target, () => this.plan(target));
  }

  private plan(target: PlatformTarget): TargetPlan {
    const ways: WayIn[] = [];
    const dns: EndpointDns[] = [];
    if (target.injection) ways.push(this.injectionWay(target, target.injection));
    const { found, missing } = this.endpointsOf(target.resource);
    for (const endpoint of found) ways.push(this.endpointWay(target, endpoint, dns));
    for (const id of missing) {
      const unseen = Link.settled({ unknown: 'listed in its privateEndpointConnections but not in the input' });
      ways.push({ label: `private endpoint ${id}`, via: '', evidence: [evidence(target.resource, 'privateEndpointIds', id)], links: [unseen] });
    }
    return ways.length ? { ways, dns, judged: new Map() } : { ways, dns, bare: bareJudgement(target), judged: new Map() };
  }

  private injectionWay(target: PlatformTarget, injection: Injection): WayIn {
    const way: WayIn = { label: `VNet integration (subnet ${this.lookup.subnetName(injection.subnetId)})`, via: 'VNet integration', evidence: [evidence(target.resource, injection.statePath)], links: [] };
    way.links.push(this.placement(this.lookup.vnetOf(injection.subnetId), `${injection.subnetId} is not a subnet id`));
    if (!injection.dns) {
      way.links.push(Link.settled({ phrase: 'resolved by Azure DNS in its VNet' }));
      return way;
    }
    const { zoneId } = injection.dns;
    way.evidence.push(evidence(target.resource, injection.dns.statePath));
    const label = `the ${target.service}'s private DNS zone`;
    if (zoneId === null) {
      way.links.push(Link.settled({ unknown: `${label} is not stated` }));
      return way;
    }
    const zone = this.zonesById.get(zoneId.toLowerCase());
    way.links.push(this.zoneLink(zone ? [zone] : [], zone ? [] : [zoneId], label));
    return way;
  }

  /** An endpoint's approval and placement; its DNS goes to `dns`, judged on the endpoint. */
  private endpointWay(target: PlatformTarget, endpoint: PrivateEndpoint, dns: EndpointDns[]): WayIn {
    const label = `private endpoint ${endpoint.name}`;
    const connections = endpoint.connections === null ? null : endpoint.connections.filter((c) => c.targetId?.toLowerCase() === target.resource.id.toLowerCase());
    const way: WayIn = { label, via: `approved ${label}`, evidence: [], links: [] };
    way.evidence.push(relatedEvidence(endpoint, 'connections[].status', connections?.map((c) => c.status) ?? null));
    const approval = approvalOf(connections);
    if (approval === null) way.links.push(Link.settled({ unknown: 'its connection status is not stated' }));
    else if (approval !== 'Approved') way.links.push(Link.settled({ problem: `not approved (${approval})` }));

    way.evidence.push(relatedEvidence(endpoint, 'subnetId'));
    way.links.push(endpoint.subnetId ? this.placement(endpoint.virtualNetwork ?? undefined, 'its subnet is not stated') : Link.settled({ unknown: 'its subnet is not stated' }));

    dns.push({ endpoint, link: this.dnsLink(target, endpoint, connections ?? []), evidence: [evidence(endpoint, 'privateDnsZoneIds')], judged: new Map() });
    return way;
  }

  /** Where a way in's VNet sits relative to the cluster VNets; `unplaced` when its subnet names no VNet. */
  private placement(vnet: NamedRef | undefined, unplaced: string): Link {
    if (!vnet) return Link.settled({ unknown: unplaced });
    return cached(this.placements, vnet.id.toLowerCase(), () => new Link((from) => from.placement(vnet)));
  }

  /**
   * The zones that resolve an endpoint: those its zone group registers it in, or else (no zone
   * group, or zone groups not in the input) any zone bearing the service's privatelink name.
   */
  private dnsLink(target: PlatformTarget, endpoint: PrivateEndpoint, connections: PrivateEndpointConnection[]): Link {
    const grouped = endpoint.privateDnsZoneIds;
    if (grouped && grouped.length) {
      const zones = grouped.flatMap((id) => this.zonesById.get(id.toLowerCase()) ?? []);
      const absent = grouped.filter((id) => !this.zonesById.has(id.toLowerCase()));
      return this.zoneLink(zones, absent, "its zone group's DNS zone");
    }
    const groupIds = connections.flatMap((c) => c.groupIds);
    const names = privateDnsZoneNames(groupIds.length ? groupIds : target.groupIds);
    const zones = names.flatMap((n) => this.zonesByName.get(n) ?? []);
    const wanted = names.join(' or ') || `privatelink zone for sub-resource ${groupIds.join(', ')}`;
    if (grouped === null) {
      const unproven = `its DNS zone group is not in the input, and no ${wanted} zone in the input is linked to the cluster's VNet or a VNet peered with it`;
      return this.zoneLink(zones, [], `zone ${wanted}`, unproven);
    }
    if (zones.length === 0) return Link.settled({ problem: `no DNS zone group, and no ${wanted} private DNS zone` });
    return this.zoneLink(zones, [], 'no DNS zone group (records kept by hand), and the DNS zone');
  }

  /** The link that checks these zones, shared by every way in that names them: its verdicts depend on nothing else. */
  private zoneLink(zones: PrivateDnsZone[], absent: string[], label: string, unproven?: string): Link {
    const key = [label, unproven ?? '', zones.map((z) => z.id).join(' '), absent.join(' ')].join('\n');
    return cached(this.zoneLinks, key, () => {
      const zoneEvidence = zones.map((z) => this.zoneEvidence.get(z) as Evidence);
      const check: ZoneCheck = unproven === undefined ? { zones, zoneEvidence, absent, label } : { zones, zoneEvidence, absent, label, unproven };
      return new Link((from) => from.zones(check));
    });
  }
}

/** Cluster VNets seen as one place: how a VNet or a set of DNS zones relates to them. */
export class Vantage {
  readonly vnets: NamedRef[];
  /** The VNets' names, as messages give them. */
  readonly vnetNames: string[];
  private readonly lowerVnets: Set<string>;
  private readonly peerings: Peerings;

  constructor(vnets: NamedRef[], peerings: Peerings) {
    this.vnets = vnets;
    this.vnetNames = vnets.map((v) => v.name);
    this.lowerVnets = new Set(vnets.map((v) => v.id.toLowerCase()));
    this.peerings = peerings;
  }

  /** How a VNet relates to the cluster's VNets: one of them, peered with one, not, or unknown. */
  private relation(vnetId: string): 'cluster' | 'peered' | 'apart' | null {
    if (this.lowerVnets.has(vnetId.toLowerCase())) return 'cluster';
    const peerings = this.vnets.map((c) => this.peerings.peered(c.id, vnetId));
    if (peerings.includes(true)) return 'peered';
    return peerings.includes(null) ? null : 'apart';
  }

  /** Whether a way in's VNet is the cluster's, peered with it, or apart. */
  placement(vnet: NamedRef): Verdict {
    const relation = this.relation(vnet.id);
    const clusters = this.vnetNames.join(', ');
    if (relation === 'cluster') return { phrase: `in the cluster's VNet ${vnet.name}`, evidence: NONE };
    if (relation === 'peered') return { phrase: `in ${vnet.name}, peered with the cluster's VNet ${clusters}`, evidence: NONE };
    if (relation === 'apart') return { phrase: '', problem: `in VNet ${vnet.name}, which is not peered with the cluster's VNet ${clusters}`, evidence: NONE };
    return { phrase: '', unknown: `in VNet ${vnet.name}, whose peering with the cluster's VNet ${clusters} is not in the input`, evidence: NONE };
  }

  /** Whether the check's zones resolve from here; without the zone group, anything short of a linked zone is unknown. */
  zones(check: ZoneCheck): Verdict {
    const verdict = this.zoneLinks(check);
    if (check.unproven === undefined || (!verdict.problem && !verdict.unknown)) return verdict;
    return { phrase: '', unknown: check.unproven, evidence: verdict.evidence };
  }

  /** Whether any of the zones is linked to a cluster VNet or a VNet peered with it. */
  private zoneLinks({ zones, zoneEvidence, absent, label }: ZoneCheck): Verdict {
    const clusters = this.vnetNames.join(', ');
    const linkedTo = new Set<string>();
    const unseen = absent.map((id) => `${id} is not in the input`);
    // A link to the cluster's own VNet is the stronger proof: it resolves whatever DNS servers the VNet uses.
    let peered: string | undefined;
    for (const [i, zone] of zones.entries()) {
      const links = zone.virtualNetworkLinks;
      if (links === null) {
        unseen.push(`the virtual network links of ${zone.name} are not in the input`);
        continue;
      }
      for (const link of links) {
        const vnet = link.virtualNetwork;
        const relation = vnet ? this.relation(vnet.id) : null;
        // The evidence stops at the zone that settles it.
        if (relation === 'cluster') return { phrase: `DNS zone ${zone.name} linked to the cluster's VNet`, evidence: zoneEvidence.slice(0, i + 1) };
        if (relation === 'peered') peered ??= `DNS zone ${zone.name} linked to the peered VNet ${vnet!.name}`;
        else if (relation === 'apart') linkedTo.add(vnet!.name);
        else unseen.push(vnet ? `${zone.name} is linked to ${vnet.name}, whose peering with the cluster's VNet is not in the input` : `link ${link.name} of ${zone.name} names no VNet`);
      }
    }
    if (peered) return { phrase: peered, evidence: zoneEvidence };
    const names = [...new Set([...zones.map((z) => z.name), ...absent])].join(', ');
    if (unseen.length) {
      return { phrase: '', unknown: `whether ${label} ${names} is linked to the cluster's VNet ${clusters} or a VNet peered with it is unknown: ${unseen.join('; ')}`, evidence: zoneEvidence };
    }
    const where = linkedTo.size ? `is linked only to ${[...linkedTo].join(', ')}` : 'has no virtual network links';
    return { phrase: '', problem: `${label} ${names} ${where}, not to the cluster's VNet ${clusters} or a VNet peered with it`, evidence: zoneEvidence };
  }
}

/** Connected VNet peerings, read from both sides. */
class Peerings {
  private readonly peers = new Map<string, Set<string>>();
  /** VNets whose every peering is known, so a VNet missing from their list is not peered. */
  private readonly known = new Set<string>();

  constructor(state: State) {
    for (const vnet of state.network.virtualNetworks) {
      const self = vnet.id.toLowerCase();
      if (vnet.peerings === null) continue;
      let complete = true;
      for (const peering of vnet.peerings) {
        if (!peering.remoteVirtualNetworkId || !peering.peeringState) complete = false;
        else if (peering.peeringState.toLowerCase() === 'connected') {
          const remote = peering.remoteVirtualNetworkId.toLowerCase();
          addPeer(this.peers, self, remote);
          addPeer(this.peers, remote, self);
        }
      }
      if (complete) this.known.add(self);
    }
  }

  /** Whether two VNets are directly peered with a connected peering; null when neither side's peerings are known. */
  peered(a: string, b: string): Maybe<boolean> {
    const [x, y] = [a.toLowerCase(), b.toLowerCase()];
    if (this.peers.get(x)?.has(y)) return true;
    return this.known.has(x) || this.known.has(y) ? false : null;
  }
}

/** Reachable through the first way in whose links all hold; else what each way lacks. */
function judgeWays(ways: WayIn[], verdicts: Verdict[][]): Reachability {
  const working = ways.findIndex((_, i) => verdicts[i]!.every((v) => !v.problem && !v.unknown));
  if (working >= 0) {
    const phrases = verdicts[working]!.flatMap((v) => (v.phrase ? [v.phrase] : []));
    return { status: 'reachable', detail: `${ways[working]!.via} ${phrases.join(', ')}`, evidence: evidenceOf(ways[working]!, verdicts[working]!) };
  }
  // A way in with a definite problem is broken whatever else is unknown about it.
  const status = verdicts.some((vs) => vs.every((v) => !v.problem)) ? 'unknown' : 'unreachable';
  const detail = ways.map((way, i) => `${way.label}: ${lacks(verdicts[i]!, status === 'unknown').join(', ')}`).join('; ');
  return { status, detail, evidence: ways.flatMap((way, i) => evidenceOf(way, verdicts[i]!)) };
}

/** The judgement on a target with no way in at all: no endpoint, or none known. */
function bareJudgement(target: PlatformTarget): Reachability {
  const stated = target.resource.privateEndpointIds !== null;
  const connections = evidence(target.resource, 'privateEndpointIds');
  return stated
    ? { status: 'unreachable', detail: 'no private endpoint connects to it', evidence: [connections] }
    : { status: 'unknown', detail: 'no private endpoint in the input connects to it, and its own privateEndpointConnections are not stated', evidence: [connections] };
}

/** What a way in lacks: its problems, then (when nothing is definitely broken) its unknowns. */
function lacks(verdicts: Verdict[], withUnknowns: boolean): string[] {
  const problems = verdicts.flatMap((v) => (v.problem ? [v.problem] : []));
  return withUnknowns ? [...problems, ...verdicts.flatMap((v) => (v.unknown ? [v.unknown] : []))] : problems;
}

function evidenceOf(way: WayIn, verdicts: Verdict[]): Evidence[] {
  return [...way.evidence, ...verdicts.flatMap((v) => v.evidence)];
}

/** `Approved` when any connection to the target is; null when one might be (not stated); else the first status. */
function approvalOf(connections: PrivateEndpointConnection[] | null): Maybe<string> {
  if (!connections?.length) return null;
  if (connections.some((c) => c.status?.toLowerCase() === 'approved')) return 'Approved';
  if (connections.some((c) => c.status === null)) return null;
  return connections[0]?.status ?? null;
}

function addPeer(map: Map<string, Set<string>>, from: string, to: string): void {
  cached(map, from, () => new Set()).add(to);
}
