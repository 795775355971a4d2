import { nameOf } from '../../adapters/arm/resource-id.ts';
import type { Evidence } from '../../engine/finding.ts';
import type { AksCluster } from '../../state/aks.ts';
import type { PrivateDnsZone, PrivateEndpoint, PrivateEndpointConnection } from '../../state/network.ts';
import type { PrivateLinkTarget } from '../../state/platform.ts';
import type { Maybe } from '../../state/resource.ts';
import type { State } from '../../state/state.ts';
import { nodeSubnetIds } from './network-lookup.ts';

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
  /** ARM path of the subnet field, for evidence. */
  path: string;
  /** The private DNS zone that resolves the injected server, and its ARM path; absent when the service needs none. */
  dns?: { zoneId: Maybe<string>; path: string };
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
      ...injected(resource.network.delegatedSubnetResourceId, 'properties.network.delegatedSubnetResourceId', { zoneId: resource.network.privateDnsZoneArmResourceId, path: 'properties.network.privateDnsZoneArmResourceId' }),
    })),
    ...state.postgresSingleServers.map((resource) => ({ resource, service: 'PostgreSQL single server', groupIds: ['postgresqlServer'] })),
    ...state.mysqlFlexibleServers.map((resource) => ({
      resource,
      service: 'MySQL flexible server',
      groupIds: ['mysqlServer'],
      ...injected(resource.network.delegatedSubnetResourceId, 'properties.network.delegatedSubnetResourceId', { zoneId: resource.network.privateDnsZoneResourceId, path: 'properties.network.privateDnsZoneResourceId' }),
    })),
    ...state.sqlServers.map((resource) => ({ resource, service: 'Azure SQL server', groupIds: ['sqlServer'] })),
    // An injected Premium cache is resolved by Azure DNS inside its VNet: no zone of its own.
    ...state.redisCaches.map((resource) => ({ resource, service: 'Redis cache', groupIds: ['redisCache'], ...(resource.vnetInjected ? injected(resource.subnetId, 'properties.subnetId') : {}) })),
    ...state.containerRegistries.map((resource) => ({ resource, service: 'Container registry', groupIds: ['registry'] })),
    ...state.storageAccounts.map((resource) => ({ resource, service: 'Storage account', groupIds: ['blob'] })),
  ];
}

function injected(subnetId: Maybe<string>, path: string, dns?: Injection['dns']): { injection?: Injection } {
  if (!subnetId) return {};
  return { injection: dns ? { subnetId, path, dns } : { subnetId, path } };
}

/**
 * The VNets a cluster's nodes (and, with Azure CNI, its pods) sit in, from its pools'
 * `vnetSubnetID`. Null when the pools are unknown or none states a subnet: the cluster then
 * runs in an AKS-managed VNet (or the export left the field out).
 */
export function clusterVnetIds(cluster: AksCluster): string[] | null {
  const vnets = new Map<string, string>();
  for (const subnet of nodeSubnetIds(cluster)) {
    const vnet = vnetOfSubnet(subnet);
    if (vnet) vnets.set(vnet.toLowerCase(), vnet);
  }
  return vnets.size ? [...vnets.values()] : null;
}

/** `…/virtualNetworks/v/subnets/s` → `…/virtualNetworks/v`; undefined for anything else. */
export function vnetOfSubnet(subnetId: string): string | undefined {
  const match = /^(.*\/virtualnetworks\/[^/]+)\/subnets\/[^/]+\/?$/i.exec(subnetId);
  return match?.[1];
}


export type ReachabilityStatus = 'reachable' | 'unreachable' | 'unknown';

export interface Reachability {
  status: ReachabilityStatus;
  /** How the target is reached (reachable), every missing link (unreachable), or what could not be seen (unknown). */
  detail: string;
  evidence: Evidence[];
}

/** One way in (an endpoint or an injected subnet) and how far it gets. */
interface Path {
  /** `private endpoint pe-x`, `VNet integration (subnet s)`: what the phrases below are about. */
  label: string;
  problems: string[];
  unknowns: string[];
  /** Describes a working path. */
  via: string;
  evidence: Evidence[];
}

export class PrivateReachability {
  private readonly endpointsById = new Map<string, PrivateEndpoint>();
  private readonly endpointsByTarget = new Map<string, PrivateEndpoint[]>();
  private readonly zonesById = new Map<string, PrivateDnsZone>();
  private readonly zonesByName = new Map<string, PrivateDnsZone[]>();
  /** Connected peerings, both directions. */
  private readonly peers = new Map<string, Set<string>>();
  /** VNets whose every peering is known, so a VNet missing from their list is not peered. */
  private readonly peeringsKnown = new Set<string>();

  constructor(state: State) {
    for (const endpoint of state.network.privateEndpoints) {
      this.endpointsById.set(endpoint.id.toLowerCase(), endpoint);
      const targets = new Set((endpoint.connections ?? []).flatMap((c) => (c.targetId ? [c.targetId.toLowerCase()] : [])));
      for (const target of targets) push(this.endpointsByTarget, target, endpoint);
    }
    for (const zone of state.network.privateDnsZones) {
      this.zonesById.set(zone.id.toLowerCase(), zone);
      push(this.zonesByName, zone.name.toLowerCase(), zone);
    }
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
      if (complete) this.peeringsKnown.add(self);
    }
  }

  /** Whether two VNets are directly peered with a connected peering; null when neither side's peerings are known. */
  peered(a: string, b: string): Maybe<boolean> {
    const [x, y] = [a.toLowerCase(), b.toLowerCase()];
    if (this.peers.get(x)?.has(y)) return true;
    return this.peeringsKnown.has(x) || this.peeringsKnown.has(y) ? false : null;
  }

  /** How a VNet relates to the cluster's VNets: one of them, peered with one, not, or unknown. */
  private relation(vnetId: string, clusterVnets: string[]): 'cluster' | 'peered' | 'apart' | null {
    if (clusterVnets.some((c) => c.toLowerCase() === vnetId.toLowerCase())) return 'cluster';
    const peerings = clusterVnets.map((c) => this.peered(c, vnetId));
    if (peerings.includes(true)) return 'peered';
    return peerings.includes(null) ? null : 'apart';
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

  /** Judges one (cluster, target) pair. `clusterVnets` comes from `clusterVnetIds(cluster)`. */
  judge(clusterVnets: string[], target: PlatformTarget): Reachability {
    const paths: Path[] = [];
    if (target.injection) paths.push(this.injectionPath(clusterVnets, target, target.injection));
    const { found, missing } = this.endpointsOf(target.resource);
    for (const endpoint of found) paths.push(this.endpointPath(clusterVnets, target, endpoint));
    for (const id of missing) {
      paths.push({ label: `private endpoint ${nameOf(id)}`, problems: [], unknowns: [`listed in its privateEndpointConnections but not in the input`], via: '', evidence: [{ path: 'properties.privateEndpointConnections', value: id }] });
    }
    const working = paths.find((p) => p.problems.length === 0 && p.unknowns.length === 0);
    if (working) return { status: 'reachable', detail: working.via, evidence: working.evidence };
    if (paths.length === 0) {
      const stated = target.resource.privateEndpointIds !== null;
      const connections: Evidence = { path: 'properties.privateEndpointConnections', value: target.resource.privateEndpointIds };
      if (!stated) connections.note = 'not stated by the source';
      return stated
        ? { status: 'unreachable', detail: 'no private endpoint connects to it', evidence: [connections] }
        : { status: 'unknown', detail: 'no private endpoint in the input connects to it, and its own privateEndpointConnections are not stated', evidence: [connections] };
    }
    // A path with a definite problem is broken whatever else is unknown about it.
    const status = paths.some((p) => p.problems.length === 0) ? 'unknown' : 'unreachable';
    const detail = paths.map((p) => `${p.label}: ${(status === 'unknown' ? [...p.problems, ...p.unknowns] : p.problems).join(', ')}`).join('; ');
    return { status, detail, evidence: paths.flatMap((p) => p.evidence) };
  }

  private injectionPath(clusterVnets: string[], target: PlatformTarget, injection: Injection): Path {
    const path: Path = { label: `VNet integration (subnet ${nameOf(injection.subnetId)})`, problems: [], unknowns: [], via: '', evidence: [{ path: injection.path, value: injection.subnetId }] };
    const vnet = vnetOfSubnet(injection.subnetId);
    const where = vnet ? this.placement(vnet, clusterVnets, path) : (path.unknowns.push(`${injection.subnetId} is not a subnet id`), '');
    let dns = 'resolved by Azure DNS in its VNet';
    if (injection.dns) {
      const { zoneId } = injection.dns;
      path.evidence.push({ path: injection.dns.path, value: zoneId });
      const zone = zoneId ? this.zonesById.get(zoneId.toLowerCase()) : undefined;
      if (zoneId === null) path.unknowns.push(`the ${target.service}'s private DNS zone is not stated`);
      else dns = this.zoneLinks(zone ? [zone] : [], zone ? [] : [zoneId], clusterVnets, path, `the ${target.service}'s private DNS zone`);
    }
    path.via = `VNet integration ${where}, ${dns}`;
    return path;
  }

  private endpointPath(clusterVnets: string[], target: PlatformTarget, endpoint: PrivateEndpoint): Path {
    const path: Path = { label: `private endpoint ${endpoint.name}`, problems: [], unknowns: [], via: '', evidence: [] };
    const connections = endpoint.connections === null ? null : endpoint.connections.filter((c) => c.targetId?.toLowerCase() === target.resource.id.toLowerCase());
    path.evidence.push({ path: `${endpoint.id}#properties.privateLinkServiceConnections[].privateLinkServiceConnectionState.status`, value: connections?.map((c) => c.status) ?? null });
    const approval = approvalOf(connections);
    if (approval === null) path.unknowns.push('its connection status is not stated');
    else if (approval !== 'Approved') path.problems.push(`not approved (${approval})`);

    path.evidence.push({ path: `${endpoint.id}#properties.subnet.id`, value: endpoint.subnetId });
    const vnet = endpoint.subnetId ? vnetOfSubnet(endpoint.subnetId) : undefined;
    const where = vnet ? this.placement(vnet, clusterVnets, path) : (path.unknowns.push('its subnet is not stated'), '');

    const dns = this.endpointDns(clusterVnets, target, endpoint, connections ?? [], path);
    path.via = `approved ${path.label} ${where}, ${dns}`;
    return path;
  }

  /** Records whether a VNet is the cluster's, peered with it, or apart; returns the phrase for a working path. */
  private placement(vnet: string, clusterVnets: string[], path: Path): string {
    const relation = this.relation(vnet, clusterVnets);
    const clusters = clusterVnets.map(nameOf).join(', ');
    if (relation === 'cluster') return `in the cluster's VNet ${nameOf(vnet)}`;
    if (relation === 'peered') return `in ${nameOf(vnet)}, peered with the cluster's VNet ${clusters}`;
    if (relation === 'apart') path.problems.push(`in VNet ${nameOf(vnet)}, which is not peered with the cluster's VNet ${clusters}`);
    else path.unknowns.push(`in VNet ${nameOf(vnet)}, whose peering with the cluster's VNet ${clusters} is not in the input`);
    return '';
  }

  /**
   * The zones that resolve an endpoint: those its zone group registers it in, or else (no zone
   * group, or zone groups not in the input) any zone bearing the service's privatelink name.
   */
  private endpointDns(clusterVnets: string[], target: PlatformTarget, endpoint: PrivateEndpoint, connections: PrivateEndpointConnection[], path: Path): string {
    const grouped = endpoint.privateDnsZoneIds;
    path.evidence.push({ path: `${endpoint.id}#privateDnsZoneGroups[].privateDnsZoneConfigs[].privateDnsZoneId`, value: grouped });
    if (grouped && grouped.length) {
      const zones = grouped.flatMap((id) => this.zonesById.get(id.toLowerCase()) ?? []);
      const absent = grouped.filter((id) => !this.zonesById.has(id.toLowerCase()));
      return this.zoneLinks(zones, absent, clusterVnets, path, "its zone group's DNS zone");
    }
    const groupIds = connections.flatMap((c) => c.groupIds);
    const names = privateDnsZoneNames(groupIds.length ? groupIds : target.groupIds);
    const zones = names.flatMap((n) => this.zonesByName.get(n) ?? []);
    const wanted = names.join(' or ') || `privatelink zone for sub-resource ${groupIds.join(', ')}`;
    if (grouped === null) {
      // Without the zone group we cannot tell which zone holds the record: only a linked zone decides.
      const scratch: Path = { label: path.label, problems: [], unknowns: [], via: '', evidence: [] };
      const via = this.zoneLinks(zones, [], clusterVnets, scratch, `zone ${wanted}`);
      path.evidence.push(...scratch.evidence);
      if (zones.length && !scratch.problems.length && !scratch.unknowns.length) return via;
      path.unknowns.push(`its DNS zone group is not in the input, and no ${wanted} zone in the input is linked to the cluster's VNet or a VNet peered with it`);
      return '';
    }
    if (zones.length === 0) {
      path.problems.push(`no DNS zone group, and no ${wanted} private DNS zone`);
      return '';
    }
    return this.zoneLinks(zones, [], clusterVnets, path, 'no DNS zone group (records kept by hand), and the DNS zone');
  }

  /** Whether any of the zones is linked to a cluster VNet or a VNet peered with it; returns the phrase for a working path. */
  private zoneLinks(zones: PrivateDnsZone[], absent: string[], clusterVnets: string[], path: Path, label: string): string {
    const clusters = clusterVnets.map(nameOf).join(', ');
    const linkedTo = new Set<string>();
    const unseen = absent.map((id) => `${nameOf(id)} is not in the input`);
    // A link to the cluster's own VNet is the stronger proof: it resolves whatever DNS servers the VNet uses.
    let peered: string | undefined;
    for (const zone of zones) {
      const links = zone.virtualNetworkLinks;
      path.evidence.push({ path: `${zone.id}#virtualNetworkLinks[].virtualNetwork.id`, value: links?.map((l) => l.virtualNetworkId) ?? null });
      if (links === null) {
        unseen.push(`the virtual network links of ${zone.name} are not in the input`);
        continue;
      }
      for (const link of links) {
        const vnet = link.virtualNetworkId;
        const relation = vnet ? this.relation(vnet, clusterVnets) : null;
        if (relation === 'cluster') return `DNS zone ${zone.name} linked to the cluster's VNet`;
        if (relation === 'peered') peered ??= `DNS zone ${zone.name} linked to the peered VNet ${nameOf(vnet as string)}`;
        else if (relation === 'apart') linkedTo.add(nameOf(vnet as string));
        else unseen.push(vnet ? `${zone.name} is linked to ${nameOf(vnet)}, whose peering with the cluster's VNet is not in the input` : `link ${link.name} of ${zone.name} names no VNet`);
      }
    }
    if (peered) return peered;
    const names = [...new Set([...zones.map((z) => z.name), ...absent.map(nameOf)])].join(', ');
    if (unseen.length) {
      path.unknowns.push(`whether ${label} ${names} is linked to the cluster's VNet ${clusters} or a VNet peered with it is unknown: ${unseen.join('; ')}`);
    } else {
      const where = linkedTo.size ? `is linked only to ${[...linkedTo].join(', ')}` : 'has no virtual network links';
      path.problems.push(`${label} ${names} ${where}, not to the cluster's VNet ${clusters} or a VNet peered with it`);
    }
    return '';
  }
}

/** `Approved` when any connection to the target is; null when one might be (not stated); else the first status. */
function approvalOf(connections: PrivateEndpointConnection[] | null): Maybe<string> {
  if (!connections?.length) return null;
  if (connections.some((c) => c.status?.toLowerCase() === 'approved')) return 'Approved';
  if (connections.some((c) => c.status === null)) return null;
  return connections[0]?.status ?? null;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function addPeer(map: Map<string, Set<string>>, from: string, to: string): void {
  let set = map.get(from);
  if (!set) map.set(from, (set = new Set()));
  set.add(to);
}

/** Which PaaS resources count as a cluster's dependencies (the rule's `scope` and `tag` parameters). */
export interface TargetScope {
  /** `subscription`: every target in the cluster's subscription; `resourceGroup`: its own resource group; a list: those resource groups of its subscription. */
  scope: 'subscription' | 'resourceGroup' | string[];
  /** Only targets carrying this tag (any value when `value` is absent). Tag names compare case-insensitively, as ARM does. */
  tag: { key: string; value?: string } | null;
}

/** The targets each cluster depends on, indexed once by subscription. */
export class ClusterDependencies {
  private readonly bySubscription = new Map<string, PlatformTarget[]>();

  constructor(targets: PlatformTarget[]) {
    for (const target of targets) push(this.bySubscription, target.resource.subscriptionId.toLowerCase(), target);
  }

  of(cluster: AksCluster, { scope, tag }: TargetScope): PlatformTarget[] {
    const groups = scope === 'subscription' ? null : new Set((scope === 'resourceGroup' ? [cluster.resourceGroup ?? ''] : scope).map((g) => g.toLowerCase()));
    return (this.bySubscription.get(cluster.subscriptionId.toLowerCase()) ?? []).filter(
      ({ resource }) => (!groups || groups.has((resource.resourceGroup ?? '').toLowerCase())) && (!tag || hasTag(resource.tags, tag)),
    );
  }
}

function hasTag(tags: Record<string, string>, tag: { key: string; value?: string }): boolean {
  const key = tag.key.toLowerCase();
  return Object.entries(tags).some(([k, v]) => k.toLowerCase() === key && (tag.value === undefined || v === tag.value));
}
