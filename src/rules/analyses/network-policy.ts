import type { V1NetworkPolicy, V1NetworkPolicyEgressRule, V1NetworkPolicyPeer, V1NetworkPolicyPort } from '@kubernetes/client-node';
import { namespaceKey, type KubernetesCluster, type KubernetesItem } from '../../state/kubernetes.ts';
import { cidrContains, parseCidr } from '../lib/cidr.ts';
import { selects, selectsAll } from '../lib/label-selector.ts';
import { cached, pushTo } from '../../lib/maps.ts';
import { perCluster } from './per-cluster.ts';

/**
 * NetworkPolicy (networking.k8s.io/v1) as the API defines it, for the questions rules ask: which
 * policies select a pod, is the pod isolated in a direction, does the union of the selecting
 * policies' rules admit a given host endpoint, and does a namespace deny by default.
 *
 * Policies are additive: a pod with no selecting policy of a type is not isolated in that
 * direction (everything is allowed); once isolated, traffic is allowed iff some rule of some
 * selecting policy admits it. Policies only select pods of their own namespace, so everything is
 * indexed by namespace and a pod is only ever compared with the policies of its namespace.
 */

export type Policy = KubernetesItem<V1NetworkPolicy>;
export type Direction = 'ingress' | 'egress';

/** An address outside the pod network, such as the Instance Metadata Service. */
export interface HostEndpoint {
  address: string;
  port: number;
  /** `TCP`, `UDP` or `SCTP`. */
  protocol: string;
}

/** A rule that lets the traffic through, and in words why. */
export interface Admission {
  policy: Policy;
  /** Index of the rule in `spec.egress` / `spec.ingress`. */
  rule: number;
  /** JSON path inside the policy of the peer (or rule) that matched. */
  path: string;
  /** What sits at `path`: the ipBlock, or the whole rule when it has no peers. */
  value: unknown;
  /** `admits 0.0.0.0/0 whose except (169.254.0.0/24) does not cover 169.254.169.254, on every port`. */
  because: string;
}

export interface EgressVerdict {
  allowed: boolean;
  /** The selecting policies with policy type Egress; empty = not isolated for egress. */
  isolatedBy: Policy[];
  /** The rule that admits the endpoint, when one does. */
  admittedBy: Admission | null;
  /** Rules that nearly matched (a named port), worth saying when the traffic is denied. */
  notes: string[];
  /** One sentence: why the endpoint is or is not reachable. */
  reason: string;
}

/** Each cluster's NetworkPolicies by namespace ({@link namespaceKey}), or null when they could not be read. */
export const NETWORK_POLICIES = perCluster('NetworkPolicies by namespace', (cluster: KubernetesCluster): Map<string, Policy[]> | null => {
  const items = cluster.objects.networkpolicies;
  if (items === null) return null;
  const index = new Map<string, Policy[]>();
  for (const item of items) pushTo(index, namespaceKey(item.object.metadata, item.origin), item);
  return index;
});

/**
 * The directions a policy governs. Without `policyTypes` the API defaults to Ingress, plus Egress
 * when the policy has at least one egress rule (an empty `egress: []` does not add it).
 */
export function policyTypes(policy: V1NetworkPolicy): Record<Direction, boolean> {
  const stated = policy.spec?.policyTypes ?? [];
  if (stated.length) return { ingress: stated.includes('Ingress'), egress: stated.includes('Egress') };
  return { ingress: true, egress: (policy.spec?.egress?.length ?? 0) > 0 };
}

/** The policies (of the pod's namespace) whose podSelector selects a pod with these labels. An absent podSelector selects all, like `{}`. */
export function selectingPolicies(policies: readonly Policy[], podLabels: Record<string, string>): Policy[] {
  return policies.filter((p) => selects(p.object.spec?.podSelector, podLabels));
}

/** The selecting policies that isolate the pod in a direction; none means all such traffic is allowed. */
export function isolating(selecting: readonly Policy[], direction: Direction): Policy[] {
  return selecting.filter((p) => policyTypes(p.object)[direction]);
}

/** Whether a pod with these labels, in the namespace of `policies`, may open a connection to a host endpoint. */
export function egressTo(policies: readonly Policy[], podLabels: Record<string, string>, endpoint: HostEndpoint): EgressVerdict {
  const selecting = selectingPolicies(policies, podLabels);
  const isolatedBy = isolating(selecting, 'egress');
  if (isolatedBy.length === 0) {
    const ingressOnly = selecting.length ? ` (${selecting.map(describePolicy).join(', ')} select${selecting.length === 1 ? 's' : ''} it for Ingress only)` : '';
    return { allowed: true, isolatedBy, admittedBy: null, notes: [], reason: `it is not isolated for egress: no NetworkPolicy with policy type Egress selects it${ingressOnly}` };
  }
  const notes: string[] = [];
  for (const policy of isolatedBy) {
    const judged = judgeEgress(policy, endpoint);
    if (judged.admission) return { allowed: true, isolatedBy, admittedBy: judged.admission, notes: [], reason: `egress rule ${judged.admission.rule} of ${describePolicy(policy)} ${judged.admission.because}` };
    notes.push(...judged.notes);
  }
  const reason = `egress is limited by ${isolatedBy.map(describePolicy).join(', ')} and no egress rule admits ${describeEndpoint(endpoint)}${notes.length ? ` (${notes.join('; ')})` : ''}`;
  return { allowed: false, isolatedBy, admittedBy: null, notes, reason };
}

/** A namespace's default posture in one direction: a policy selecting every pod isolates them all, present and future. */
export interface DefaultPosture {
  denied: boolean;
  /** The policies that select every pod for this direction. */
  by: Policy[];
  /** A rule of such a policy that admits all traffic, which undoes the default deny. */
  undoneBy: Admission | null;
  reason: string;
}

/**
 * Default deny in a direction: some policy with an empty podSelector governs the direction, and no
 * such all-pods policy has a rule admitting everything (no peers, or 0.0.0.0/0 without except, on
 * every port). All-pods rules that admit some traffic (DNS, an egress allow-list) keep the posture:
 * what is not listed is denied. Policies selecting only some pods never make a default, since a
 * pod with other labels, or a new one, would not be isolated.
 */
export function defaultPosture(policies: readonly Policy[], direction: Direction): DefaultPosture {
  const by = policies.filter((p) => selectsAll(p.object.spec?.podSelector) && policyTypes(p.object)[direction]);
  const kind = direction === 'egress' ? 'Egress' : 'Ingress';
  if (by.length === 0) return { denied: false, by, undoneBy: null, reason: `no NetworkPolicy selects every pod for ${kind}` };
  for (const policy of by) {
    const rules = (direction === 'egress' ? policy.object.spec?.egress : policy.object.spec?.ingress) ?? [];
    for (const [index, rule] of rules.entries()) {
      if ((rule.ports ?? []).length) continue;
      const field = direction === 'egress' ? 'to' : 'from';
      // The API's JSON says `from`; the client library's TypeScript model renames it `_from`.
      const peers = (rule as { to?: V1NetworkPolicyPeer[]; from?: V1NetworkPolicyPeer[] })[field] ?? [];
      const everywhere = peers.findIndex(isEverywhere);
      if (peers.length && everywhere < 0) continue;
      const path = peers.length ? `spec.${direction}[${index}].${field}[${everywhere}].ipBlock` : `spec.${direction}[${index}]`;
      const because = peers.length ? 'admits 0.0.0.0/0 on every port' : `has no \`${field}\` and no ports, so it admits all traffic`;
      return { denied: false, by, undoneBy: { policy, rule: index, path, value: peers.length ? peers[everywhere]!.ipBlock : rule, because }, reason: `${describePolicy(policy)} selects every pod for ${kind}, but its ${direction} rule ${index} ${because}` };
    }
  }
  return { denied: true, by, undoneBy: null, reason: `${by.map(describePolicy).join(', ')} select${by.length === 1 ? 's' : ''} every pod for ${kind}` };
}

/** `NetworkPolicy payments/default-deny`. */
export function describePolicy(policy: Policy): string {
  return `NetworkPolicy ${policy.object.metadata?.namespace ?? 'default'}/${policy.object.metadata?.name ?? '(unnamed)'}`;
}

function describeEndpoint(endpoint: HostEndpoint): string {
  return `${endpoint.address} on ${endpoint.protocol} ${endpoint.port}`;
}

function isEverywhere(peer: V1NetworkPolicyPeer): boolean {
  const cidr = peer.ipBlock ? parseCidr(peer.ipBlock.cidr, false) : undefined;
  return cidr !== undefined && cidr.prefix === 0 && (peer.ipBlock?.except ?? []).length === 0;
}

interface Judged {
  admission: Admission | null;
  notes: string[];
}

/** Per policy object and endpoint: a policy's answer does not depend on the pod, so it is worked out once. */
const JUDGED = new WeakMap<V1NetworkPolicy, Map<string, Judged>>();

function judgeEgress(policy: Policy, endpoint: HostEndpoint): Judged {
  const key = `${endpoint.protocol}/${endpoint.address}/${endpoint.port}`;
  return cached(cached(JUDGED, policy.object, () => new Map<string, Judged>()), key, () => judgeRules(policy, endpoint));
}

function judgeRules(policy: Policy, endpoint: HostEndpoint): Judged {
  const notes: string[] = [];
  for (const [index, rule] of (policy.object.spec?.egress ?? []).entries()) {
    const peer = matchPeers(rule, endpoint.address, index);
    if (!peer) continue;
    const port = matchPorts(rule.ports ?? [], endpoint);
    if (port.note) notes.push(`egress rule ${index} of ${describePolicy(policy)} ${port.note}`);
    if (!port.match) continue;
    return { admission: { policy, rule: index, path: peer.path, value: peer.value, because: `${peer.because}, ${port.match}` }, notes: [] };
  }
  return { admission: null, notes };
}

/**
 * The peer admitting a host address. No peers = every destination. Only ipBlock can match an
 * address outside the pod network: pod and namespace selectors pick pods, never hosts.
 */
function matchPeers(rule: V1NetworkPolicyEgressRule, address: string, index: number): { path: string; value: unknown; because: string } | undefined {
  const peers = rule.to ?? [];
  if (peers.length === 0) return { path: `spec.egress[${index}]`, value: rule, because: 'has no `to`, so it admits every destination' };
  for (const [at, peer] of peers.entries()) {
    if (!peer.ipBlock) continue;
    // Read as written: an IPv6 ipBlock selects IPv6 traffic only (the network plugins do not map IPv4 into it).
    const cidr = parseCidr(peer.ipBlock.cidr, false);
    if (!cidr || !cidrContains(cidr, address)) continue;
    const except = peer.ipBlock.except ?? [];
    if (except.some((text) => { const hole = parseCidr(text, false); return hole !== undefined && cidrContains(hole, address); })) continue;
    const because = except.length ? `admits ${peer.ipBlock.cidr} whose except (${except.join(', ')}) does not cover ${address}` : `admits ${peer.ipBlock.cidr}, which contains ${address}`;
    return { path: `spec.egress[${index}].to[${at}].ipBlock`, value: peer.ipBlock, because };
  }
  return undefined;
}

/** How the rule's ports admit the endpoint (`on every port`, `on TCP 80`), or a note on a named port that never can. */
function matchPorts(ports: V1NetworkPolicyPort[], endpoint: HostEndpoint): { match?: string; note?: string } {
  if (ports.length === 0) return { match: 'on every port' };
  let note: string | undefined;
  for (const entry of ports) {
    const protocol = entry.protocol ?? 'TCP';
    if (protocol !== endpoint.protocol) continue;
    if (entry.port === undefined || entry.port === null) return { match: `on every ${protocol} port` };
    // The API rejects "80" as a port name; read it as the number it says, which can only admit more.
    const port = typeof entry.port === 'number' ? entry.port : /^\d+$/.test(entry.port) ? Number(entry.port) : undefined;
    if (port === undefined) {
      // A named port resolves against the destination pod's container ports; a host has none.
      note = `names port "${String(entry.port)}", which only resolves on destination pods and never matches a host endpoint`;
      continue;
    }
    if (entry.endPort !== undefined && entry.endPort !== null ? port <= endpoint.port && endpoint.port <= entry.endPort : port === endpoint.port) {
      return { match: entry.endPort ? `on ${protocol} ${port}-${entry.endPort}` : `on ${protocol} ${port}` };
    }
  }
  return note ? { note } : {};
}
