import type { V1NetworkPolicyIngressRule, V1NetworkPolicyPort, V1NetworkPolicySpec } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { Analyses } from '../../../src/engine/analysis.ts';
import type { KubernetesCluster } from '../../../src/state/kubernetes.ts';
import { state } from '../../helpers/state.ts';
import { defaultPosture, egressTo, NETWORK_POLICIES, type HostEndpoint } from '../../../src/rules/analyses/network-policy.ts';
import { kubeCluster, networkPolicy } from '../../helpers/kubernetes.ts';

const policiesOf = (cluster: KubernetesCluster) => new Analyses(state()).get(NETWORK_POLICIES).of(cluster);

const IMDS: HostEndpoint = { address: '169.254.169.254', port: 80, protocol: 'TCP' };
const API = { app: 'api', tier: 'backend' };

type Spec = Partial<V1NetworkPolicySpec>;
interface Row {
  case: string;
  labels?: Record<string, string>;
  /** Policies of the pod's namespace (`payments`), by name; `other/<name>` puts one in another namespace. */
  policies: Record<string, Spec>;
  to?: HostEndpoint;
  allowed: boolean;
  reason: RegExp;
}

const egressOnly = (egress: V1NetworkPolicySpec['egress']): Spec => ({ policyTypes: ['Egress'], egress });
const toBlock = (cidr: string, except?: string[], ports?: V1NetworkPolicyPort[]): Spec => egressOnly([{ to: [{ ipBlock: { cidr, ...(except ? { except } : {}) } }], ...(ports ? { ports } : {}) }]);

/** Each semantic of networking.k8s.io/v1 the evaluator implements, as pod labels + policies → reachable or not, and why. */
const ROWS: Row[] = [
  // isolation and policy types
  { case: 'no policy at all: not isolated', policies: {}, allowed: true, reason: /not isolated for egress: no NetworkPolicy with policy type Egress selects it$/ },
  { case: 'policyTypes absent, no egress section: Ingress only', policies: { web: { ingress: [{}] } }, allowed: true, reason: /NetworkPolicy payments\/web selects it for Ingress only/ },
  { case: 'policyTypes absent, `egress: []`: still Ingress only', policies: { empty: { egress: [] } }, allowed: true, reason: /not isolated/ },
  { case: 'policyTypes absent, egress rules present: Egress implied', policies: { pods: { egress: [{ to: [{ podSelector: {} }] }] } }, allowed: false, reason: /limited by NetworkPolicy payments\/pods and no egress rule admits 169\.254\.169\.254 on TCP 80/ },
  { case: 'policyTypes [Egress] without rules: deny all egress', policies: { deny: { policyTypes: ['Egress'] } }, allowed: false, reason: /limited by NetworkPolicy payments\/deny/ },
  { case: 'policyTypes [Ingress] with egress rules: the rules are ignored', policies: { odd: { policyTypes: ['Ingress'], egress: [{ to: [{ podSelector: {} }] }] } }, allowed: true, reason: /not isolated.*Ingress only/ },
  { case: 'an absent podSelector selects every pod', policies: { deny: { podSelector: undefined, policyTypes: ['Egress'] } }, allowed: false, reason: /limited by/ },
  { case: 'an ingress-only policy and an egress deny both select the pod', policies: { web: { policyTypes: ['Ingress'] }, deny: { policyTypes: ['Egress'] } }, allowed: false, reason: /limited by NetworkPolicy payments\/deny and/ },
  // selection
  { case: 'matchLabels that the pod lacks: not selected', policies: { deny: { podSelector: { matchLabels: { app: 'web' } }, policyTypes: ['Egress'] } }, allowed: true, reason: /not isolated/ },
  { case: 'matchLabels and matchExpressions are ANDed', policies: { deny: { podSelector: { matchLabels: { app: 'api' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['frontend'] }] }, policyTypes: ['Egress'] } }, allowed: true, reason: /not isolated/ },
  { case: 'In with the pod value: selected', policies: { deny: { podSelector: { matchExpressions: [{ key: 'tier', operator: 'In', values: ['backend', 'batch'] }] }, policyTypes: ['Egress'] } }, allowed: false, reason: /limited by/ },
  { case: 'NotIn matches a pod without the key', policies: { deny: { podSelector: { matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['dev'] }] }, policyTypes: ['Egress'] } }, allowed: false, reason: /limited by/ },
  { case: 'NotIn excludes a pod with a listed value', policies: { deny: { podSelector: { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['backend'] }] }, policyTypes: ['Egress'] } }, allowed: true, reason: /not isolated/ },
  { case: 'Exists', policies: { deny: { podSelector: { matchExpressions: [{ key: 'app', operator: 'Exists' }] }, policyTypes: ['Egress'] } }, allowed: false, reason: /limited by/ },
  { case: 'DoesNotExist on a key the pod has', policies: { deny: { podSelector: { matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, policyTypes: ['Egress'] } }, allowed: true, reason: /not isolated/ },
  { case: 'a policy of another namespace never selects the pod', policies: { 'other/deny': { policyTypes: ['Egress'] } }, allowed: true, reason: /not isolated/ },
  // destinations
  { case: 'a rule without `to` admits every destination', policies: { open: egressOnly([{}]) }, allowed: true, reason: /egress rule 0 of NetworkPolicy payments\/open has no `to`, so it admits every destination, on every port/ },
  { case: 'a rule without `to` but limited to 443', policies: { https: egressOnly([{ ports: [{ port: 443 }] }]) }, allowed: false, reason: /no egress rule admits/ },
  { case: '0.0.0.0/0 except 169.254.169.254/32', policies: { internet: toBlock('0.0.0.0/0', ['169.254.169.254/32']) }, allowed: false, reason: /no egress rule admits/ },
  { case: '0.0.0.0/0 except 169.254.0.0/16', policies: { internet: toBlock('0.0.0.0/0', ['10.0.0.0/8', '169.254.0.0/16']) }, allowed: false, reason: /no egress rule admits/ },
  { case: '0.0.0.0/0 with an except hole (169.254.0.0/24)', policies: { internet: toBlock('0.0.0.0/0', ['169.254.0.0/24']) }, allowed: true, reason: /egress rule 0 of NetworkPolicy payments\/internet admits 0\.0\.0\.0\/0 whose except \(169\.254\.0\.0\/24\) does not cover 169\.254\.169\.254, on every port/ },
  { case: '0.0.0.0/0 without except', policies: { internet: toBlock('0.0.0.0/0') }, allowed: true, reason: /admits 0\.0\.0\.0\/0, which contains 169\.254\.169\.254/ },
  { case: 'the endpoint itself, on TCP 80', policies: { imds: toBlock('169.254.169.254/32', undefined, [{ protocol: 'TCP', port: 80 }]) }, allowed: true, reason: /admits 169\.254\.169\.254\/32.*on TCP 80$/ },
  { case: 'a private range only', policies: { vnet: toBlock('10.0.0.0/8') }, allowed: false, reason: /no egress rule admits/ },
  { case: 'an IPv6 range never contains the IPv4 endpoint', policies: { v6: toBlock('::/0') }, allowed: false, reason: /no egress rule admits/ },
  { case: 'podSelector peers never match a host address', policies: { pods: egressOnly([{ to: [{ podSelector: {} }] }]) }, allowed: false, reason: /no egress rule admits/ },
  { case: 'namespaceSelector peers never match a host address', policies: { all: egressOnly([{ to: [{ namespaceSelector: {} }, { namespaceSelector: {}, podSelector: {} }] }]) }, allowed: false, reason: /no egress rule admits/ },
  // ports
  { case: 'protocol defaults to TCP', policies: { imds: toBlock('169.254.0.0/16', undefined, [{ port: 80 }]) }, allowed: true, reason: /on TCP 80$/ },
  { case: 'UDP 80 does not admit TCP 80', policies: { imds: toBlock('169.254.0.0/16', undefined, [{ protocol: 'UDP', port: 80 }]) }, allowed: false, reason: /no egress rule admits/ },
  { case: 'a protocol without a port admits all its ports', policies: { tcp: toBlock('0.0.0.0/0', undefined, [{ protocol: 'TCP' }]) }, allowed: true, reason: /on every TCP port$/ },
  { case: 'a named port cannot match a host endpoint', policies: { named: toBlock('0.0.0.0/0', undefined, [{ port: 'http' }]) }, allowed: false, reason: /names port "http", which only resolves on destination pods and never matches a host endpoint/ },
  { case: 'endPort range containing 80', policies: { range: toBlock('0.0.0.0/0', undefined, [{ port: 1, endPort: 1024 }]) }, allowed: true, reason: /on TCP 1-1024$/ },
  { case: 'endPort range above 80', policies: { range: toBlock('0.0.0.0/0', undefined, [{ port: 443, endPort: 8443 }]) }, allowed: false, reason: /no egress rule admits/ },
  { case: 'another endpoint: DNS over UDP to a resolver inside 10/8', policies: { dns: toBlock('10.0.0.0/8', undefined, [{ protocol: 'UDP', port: 53 }]) }, to: { address: '10.0.0.10', port: 53, protocol: 'UDP' }, allowed: true, reason: /on UDP 53$/ },
  // union of policies
  { case: 'rules of all selecting policies add up', policies: { dns: toBlock('10.0.0.10/32', undefined, [{ protocol: 'UDP', port: 53 }]), imds: toBlock('169.254.169.254/32') }, allowed: true, reason: /NetworkPolicy payments\/imds admits 169\.254\.169\.254\/32/ },
  { case: 'a rule of a policy that does not select the pod adds nothing', policies: { deny: { policyTypes: ['Egress'] }, imds: { podSelector: { matchLabels: { app: 'node-agent' } }, ...toBlock('169.254.169.254/32') } }, allowed: false, reason: /limited by NetworkPolicy payments\/deny and/ },
];

describe('NetworkPolicy evaluator: egress to a host endpoint', () => {
  it.each(ROWS)('$case', (row) => {
    const objects = Object.entries(row.policies).map(([key, spec]) => {
      const [namespace, name] = key.includes('/') ? key.split('/') : ['payments', key];
      return networkPolicy(name!, namespace!, spec);
    });
    const cluster = kubeCluster({ networkpolicies: objects });
    const verdict = egressTo(policiesOf(cluster)?.get('payments') ?? [], row.labels ?? API, row.to ?? IMDS);
    expect(verdict.allowed).toBe(row.allowed);
    expect(verdict.reason).toMatch(row.reason);
  });

  it('names the matched peer in the admission, for evidence', () => {
    const cluster = kubeCluster({ networkpolicies: [networkPolicy('internet', 'orders', toBlock('0.0.0.0/0', ['169.254.0.0/24']))] });
    const verdict = egressTo(policiesOf(cluster)!.get('orders')!, API, IMDS);
    expect(verdict.admittedBy).toMatchObject({ rule: 0, path: 'spec.egress[0].to[0].ipBlock', value: { cidr: '0.0.0.0/0', except: ['169.254.0.0/24'] } });
  });

  it('indexes policies by namespace and says null when they could not be read', () => {
    const cluster = kubeCluster({ networkpolicies: [networkPolicy('a', 'x'), networkPolicy('b', 'y'), networkPolicy('c', 'x')] });
    expect([...policiesOf(cluster)!].map(([ns, list]) => [ns, list.map((p) => p.object.metadata?.name)])).toEqual([
      ['x', ['a', 'c']],
      ['y', ['b']],
    ]);
    expect(policiesOf(kubeCluster({ networkpolicies: null }))).toBeNull();
  });
});

interface PostureRow {
  case: string;
  policies: Record<string, Spec>;
  ingress: boolean;
  egress: boolean;
  reason?: RegExp;
}

const POSTURE: PostureRow[] = [
  { case: 'no policy', policies: {}, ingress: false, egress: false, reason: /no NetworkPolicy selects every pod for Egress/ },
  { case: 'one deny-all for both directions', policies: { 'default-deny': { policyTypes: ['Ingress', 'Egress'] } }, ingress: true, egress: true },
  { case: 'ingress-only deny (policyTypes absent)', policies: { 'deny-ingress': {} }, ingress: true, egress: false },
  { case: 'types implied by the rules: Ingress, and Egress from the egress rules', policies: { base: { ingress: [{ from: [{ podSelector: {} }] } as V1NetworkPolicyIngressRule /* JSON `from`; the client type says `_from` */], egress: [{ to: [{ namespaceSelector: {} }], ports: [{ protocol: 'UDP', port: 53 }] }] } }, ingress: true, egress: true },
  { case: 'matchLabels: {} selects every pod', policies: { deny: { podSelector: { matchLabels: {} }, policyTypes: ['Ingress', 'Egress'] } }, ingress: true, egress: true },
  { case: 'an allow-list on top of the deny keeps the posture', policies: { deny: { policyTypes: ['Ingress', 'Egress'] }, internet: { ...toBlock('0.0.0.0/0', ['169.254.169.254/32'], [{ port: 443 }]) } }, ingress: true, egress: true },
  { case: 'an all-pods rule without peers or ports undoes it', policies: { deny: { policyTypes: ['Ingress', 'Egress'] }, 'allow-all': egressOnly([{}]) }, ingress: true, egress: false, reason: /NetworkPolicy payments\/allow-all selects every pod for Egress, but its egress rule 0 has no `to` and no ports, so it admits all traffic/ },
  { case: 'an all-pods 0.0.0.0/0 on every port undoes it', policies: { deny: { policyTypes: ['Ingress', 'Egress'] }, open: toBlock('0.0.0.0/0') }, ingress: true, egress: false, reason: /admits 0\.0\.0\.0\/0 on every port/ },
  { case: 'an all-pods ingress rule `{}` undoes ingress', policies: { deny: { policyTypes: ['Ingress', 'Egress'], ingress: [{}] } }, ingress: false, egress: true, reason: /ingress rule 0 has no `from`/ },
  { case: 'a policy for some pods is no default', policies: { api: { podSelector: { matchLabels: { app: 'api' } }, policyTypes: ['Ingress', 'Egress'] } }, ingress: false, egress: false },
  { case: 'a catch-all allow for some pods does not undo the default', policies: { deny: { policyTypes: ['Ingress', 'Egress'] }, 'gateway-open': { podSelector: { matchLabels: { app: 'gateway' } }, ingress: [{}] } }, ingress: true, egress: true },
];

describe('NetworkPolicy evaluator: default-deny posture of a namespace', () => {
  it.each(POSTURE)('$case', (row) => {
    const policies = Object.entries(row.policies).map(([name, spec]) => ({ object: networkPolicy(name, 'payments', spec), origin: { source: 'test' } }));
    const ingress = defaultPosture(policies, 'ingress');
    const egress = defaultPosture(policies, 'egress');
    expect({ ingress: ingress.denied, egress: egress.denied }).toEqual({ ingress: row.ingress, egress: row.egress });
    if (row.reason) expect(`${ingress.reason} | ${egress.reason}`).toMatch(row.reason);
  });
});
