import type { CalicoEntity, CalicoRule, CiliumEgressRule, KubernetesCluster, KubernetesKind } from '../../state/kubernetes.ts';
import { cidrContains, parseCidr } from '../lib/cidr.ts';
import type { HostEndpoint } from './network-policy.ts';

/**
 * Calico and Cilium policies beside NetworkPolicy. Where the cluster's engine enforces them they
 * add allows a NetworkPolicy deny does not undo: a Calico GlobalNetworkPolicy with an earlier
 * order, a Cilium rule unioned with the NetworkPolicy rules. Their selectors (Calico selector
 * expressions, network sets, Cilium entities, FQDNs, CIDR groups) are richer than what can be
 * judged exactly here, so this answers one sound question: which policies *might* let a pod
 * reach a host endpoint. Any such policy makes a NetworkPolicy deny inconclusive.
 */

/** The policy kinds each AKS network policy engine enforces besides NetworkPolicy. */
const ENFORCED_BY: Record<string, readonly KubernetesKind[]> = {
  calico: ['globalnetworkpolicies'],
  cilium: ['ciliumnetworkpolicies', 'ciliumclusterwidenetworkpolicies'],
};

const KIND_NAMES: Partial<Record<KubernetesKind, string>> = {
  globalnetworkpolicies: 'GlobalNetworkPolicy',
  ciliumnetworkpolicies: 'CiliumNetworkPolicy',
  ciliumclusterwidenetworkpolicies: 'CiliumClusterwideNetworkPolicy',
};

/**
 * Why the engine's own policies may open `endpoint` to some pod, or null when they provably do not:
 * each one read, none with an allow that could cover it. A kind the API does not serve (`not-found`)
 * has no objects; a kind not read (refused, or not in the input files) could hold such an allow.
 */
export function engineMayAdmit(cluster: KubernetesCluster, engine: string, endpoint: HostEndpoint): string | null {
  for (const kind of ENFORCED_BY[engine] ?? []) {
    const items = cluster.objects[kind];
    const unread = cluster.unread[kind];
    if (items === null) {
      if (unread?.code === 'not-found') continue;
      return `the cluster runs ${engine}, whose ${KIND_NAMES[kind]} objects were not read (${unread?.reason ?? 'not read'}) and could allow it`;
    }
    for (const { object } of items) {
      const rules = kind === 'globalnetworkpolicies' ? calicoAllows(object as Parameters<typeof calicoAllows>[0], endpoint) : ciliumAllows(object as Parameters<typeof ciliumAllows>[0], endpoint);
      if (rules) return `${KIND_NAMES[kind]} ${object.metadata?.name ?? '(unnamed)'} ${rules}`;
    }
  }
  return null;
}

/** A Calico egress rule that allows (or passes on) traffic that could be the endpoint's. */
function calicoAllows(policy: { spec?: { types?: string[]; egress?: CalicoRule[] } }, endpoint: HostEndpoint): string | null {
  for (const [index, rule] of (policy.spec?.egress ?? []).entries()) {
    const action = String(rule.action ?? '');
    if (action !== 'Allow' && action !== 'Pass') continue;
    if (!protocolMayBe(rule.protocol, rule.notProtocol, endpoint.protocol)) continue;
    if (!calicoDestinationMayBe(rule.destination, endpoint)) continue;
    return `has egress rule ${index} (${action}) whose destination may include ${endpoint.address}`;
  }
  return null;
}

function calicoDestinationMayBe(destination: CalicoEntity | undefined, endpoint: HostEndpoint): boolean {
  if (!destination) return true;
  if ((destination.notNets ?? []).some((net) => provablyContains(net, endpoint.address))) return false;
  if (destination.ports && !destination.ports.some((p) => portMayBe(p, endpoint.port))) return false;
  if ((destination.notPorts ?? []).some((p) => typeof p === 'number' && p === endpoint.port)) return false;
  // Selectors can pick network sets and host endpoints, which may hold any address.
  const bySelection = ['selector', 'namespaceSelector', 'serviceAccounts', 'services', 'domains'].some((field) => destination[field] !== undefined);
  if (bySelection || destination.nets === undefined) return true;
  return destination.nets.some((net) => contains(net, endpoint.address));
}

/** A Cilium allow rule whose destination could be the endpoint: a CIDR holding it, or anything judged by entity, name or selector. */
function ciliumAllows(policy: { spec?: { egress?: CiliumEgressRule[] }; specs?: { egress?: CiliumEgressRule[] }[] }, endpoint: HostEndpoint): string | null {
  const rules = [policy.spec, ...(policy.specs ?? [])].flatMap((spec) => spec?.egress ?? []);
  for (const [index, rule] of rules.entries()) {
    if (rule.toPorts && !rule.toPorts.some((p) => (p.ports ?? [{}]).some((port) => (port.protocol ?? 'ANY').toUpperCase() !== 'UDP' && port.protocol?.toUpperCase() !== 'SCTP' && (port.port === undefined || portMayBe(port.port, endpoint.port, port.endPort))))) continue;
    const targets = Object.keys(rule).filter((field) => field.startsWith('to') && field !== 'toPorts');
    const cidrOnly = targets.every((field) => field === 'toCIDR' || field === 'toCIDRSet');
    if (targets.length && cidrOnly && !ciliumCidrsMayHold(rule, endpoint.address)) continue;
    return `has egress rule ${index} whose destination may include ${endpoint.address} (${targets.length ? targets.join(', ') : 'no destination: every one'})`;
  }
  return null;
}

function ciliumCidrsMayHold(rule: CiliumEgressRule, address: string): boolean {
  if ((rule.toCIDR ?? []).some((net) => contains(net, address))) return true;
  return (rule.toCIDRSet ?? []).some((set) => set.cidrGroupRef !== undefined || (set.cidr !== undefined && contains(set.cidr, address) && !(set.except ?? []).some((hole) => provablyContains(hole, address))));
}

function protocolMayBe(protocol: unknown, notProtocol: unknown, wanted: string): boolean {
  if (notProtocol !== undefined && String(notProtocol).toUpperCase() === wanted) return false;
  return protocol === undefined || String(protocol).toUpperCase() === wanted || (wanted === 'TCP' && protocol === 6);
}

/** A port as Calico or Cilium write it (`80`, `"80"`, `"1024:65535"`, a name) could be `port`; a name always could. */
function portMayBe(entry: number | string, port: number, endPort?: number): boolean {
  const text = String(entry);
  const range = /^(\d+)(?::(\d+))?$/.exec(text);
  if (!range) return true;
  const low = Number(range[1]);
  const high = range[2] !== undefined ? Number(range[2]) : (endPort ?? low);
  return low === 0 || (low <= port && port <= high);
}

/** Whether a range may hold the address: one that cannot be parsed may. */
function contains(net: string, address: string): boolean {
  const cidr = parseCidr(String(net));
  return cidr === undefined || cidrContains(cidr, address);
}

/** Whether a range surely holds the address, for exclusions (an unparseable one excludes nothing). */
function provablyContains(net: string, address: string): boolean {
  const cidr = parseCidr(String(net));
  return cidr !== undefined && cidrContains(cidr, address);
}
