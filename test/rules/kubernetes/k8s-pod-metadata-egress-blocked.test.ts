import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/kubernetes/k8s-pod-metadata-egress-blocked.ts';
import type { AksCluster } from '../../../src/state/aks.ts';
import { container, deployment, daemonSet, kubeCluster, networkPolicy, podSpec } from '../../helpers/kubernetes.ts';
import { cluster, only, run, state } from '../../helpers/state.ts';

const IMDS_OPEN = cluster({ network: { podLinkLocalAccess: 'IMDS', policy: 'calico' } });
const app = (name: string, ns: string, labels?: Record<string, string>) => deployment(name, ns, podSpec([container(name)]), labels);
const denyAll = (ns: string) => networkPolicy('default-deny', ns, { policyTypes: ['Ingress', 'Egress'] });
const internet = (ns: string, except: string[]) => networkPolicy('allow-internet', ns, { policyTypes: ['Egress'], egress: [{ to: [{ ipBlock: { cidr: '0.0.0.0/0', except } }] }] });

type Objects = Parameters<typeof kubeCluster>[0];
const findings = (objects: Objects, aks: AksCluster | null = IMDS_OPEN, params = {}, overrides = {}) =>
  run(rule, state({ clusters: aks ? [aks] : [], kubernetes: [kubeCluster(objects, overrides)] }), params);

describe('k8s-pod-metadata-egress-blocked', () => {
  it('fails a namespace whose pods are not isolated for egress, naming the workloads and why', () => {
    const f = only(findings({ deployments: [app('api', 'payments'), app('worker', 'payments')] }));
    expect(f).toMatchObject({ status: 'fail', severity: 'high', resource: { name: 'payments', type: 'kubernetes/namespace' } });
    expect(f.message).toBe(
      "In namespace payments, 2 of 2 workload(s) can reach the Instance Metadata Service at 169.254.169.254 and take the node's managed identity tokens: Deployment payments/api, Deployment payments/worker: it is not isolated for egress: no NetworkPolicy with policy type Egress selects it",
    );
    expect(f.evidence).toContainEqual({ path: 'properties.networkProfile.podLinkLocalAccess', value: 'IMDS' });
  });

  it('judges workloads that two files leave without a namespace as two groups, each named under its file', () => {
    const strip = (d: ReturnType<typeof app>) => ({ ...d, metadata: { name: d.metadata!.name } });
    const kube = kubeCluster({ deployments: [strip(app('api', 'x')), strip(app('worker', 'x'))] });
    kube.objects.deployments![1]!.origin = { ...kube.objects.deployments![1]!.origin, file: 'worker.yaml' };
    const found = run(rule, state({ clusters: [IMDS_OPEN], kubernetes: [kube] }));
    expect(found.map((f) => f.status)).toEqual(['fail', 'fail']);
    expect(new Set(found.map((f) => f.resource.id)).size).toBe(2);
    expect(found.map((f) => f.resource.id)).toEqual([expect.stringMatching(/\/files\/test\.yaml\/namespaces\/default$/), expect.stringMatching(/\/files\/worker\.yaml\/namespaces\/default$/)]);
  });

  it('fails a policy whose except leaves a hole, with the ipBlock as evidence', () => {
    const f = only(findings({ deployments: [app('api', 'orders')], networkpolicies: [denyAll('orders'), internet('orders', ['10.0.0.0/8', '169.254.0.0/24'])] }));
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/Deployment orders\/api: egress rule 0 of NetworkPolicy orders\/allow-internet admits 0\.0\.0\.0\/0 whose except \(10\.0\.0\.0\/8, 169\.254\.0\.0\/24\) does not cover 169\.254\.169\.254, on every port$/);
    expect(f.evidence).toContainEqual({ path: 'networkpolicies/allow-internet#spec.egress[0].to[0].ipBlock', value: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8', '169.254.0.0/24'] } });
  });

  it('is unknown for a namespace holding a controller whose pod template is not stated', () => {
    const templateless = { ...app('batch', 'payments'), spec: { selector: {}, template: {} } } as ReturnType<typeof app>;
    const f = only(findings({ deployments: [app('api', 'payments'), templateless], networkpolicies: [denyAll('payments')] }));
    expect(f).toMatchObject({ status: 'unknown', message: expect.stringMatching(/it has no pod spec \(spec\.template\.spec\)/) });
  });

  it('passes pods isolated for egress whose allow-list excepts the endpoint', () => {
    const f = only(findings({ deployments: [app('api', 'orders')], networkpolicies: [denyAll('orders'), internet('orders', ['169.254.169.254/32'])] }));
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/none of the 1 workload\(s\) can reach .*: Deployment orders\/api: egress is limited by NetworkPolicy orders\/default-deny, NetworkPolicy orders\/allow-internet and no egress rule admits 169\.254\.169\.254 on TCP 80$/);
  });

  it('judges each workload by its pod labels: one selected by the deny, one not', () => {
    const deny = networkPolicy('deny-api', 'shop', { podSelector: { matchLabels: { app: 'api' } }, policyTypes: ['Egress'] });
    const f = only(findings({ deployments: [app('api', 'shop'), app('web', 'shop')], networkpolicies: [deny] }));
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/1 of 2 workload\(s\) .*: Deployment shop\/web: it is not isolated/);
  });

  it('passes on the AKS IMDS restriction, without needing NetworkPolicies', () => {
    const f = only(findings({ deployments: [app('api', 'payments')], networkpolicies: null }, cluster()));
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/AKS IMDS restriction blocks it \(podLinkLocalAccess: None\)/);
    expect(f.evidence).toContainEqual({ path: 'properties.networkProfile.podLinkLocalAccess', value: 'None' });
  });

  it('fails host-network pods even when AKS blocks the endpoint and a deny-all selects them', () => {
    const agent = daemonSet('log-shipper', 'observability', podSpec([container('shipper')], { hostNetwork: true }));
    const f = only(findings({ daemonsets: [agent], deployments: [app('api', 'observability')], networkpolicies: [denyAll('observability')] }, cluster()));
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/1 of 2 .*DaemonSet observability\/log-shipper: it uses the host network, which neither NetworkPolicy nor AKS IMDS restriction covers$/);
    expect(f.evidence).toContainEqual({ path: 'daemonsets/log-shipper#spec.template.spec.hostNetwork', value: true });
  });

  it('fails when the cluster has no network policy engine, whatever the policies say', () => {
    const f = only(findings({ deployments: [app('api', 'payments')], networkpolicies: [denyAll('payments')] }, cluster({ network: { podLinkLocalAccess: 'IMDS', policy: 'none' } })));
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/no network policy engine \(networkPolicy: none\)/);
    expect(f.evidence).toContainEqual({ path: 'properties.networkProfile.networkPolicy', value: 'none' });
  });

  it('is unknown when policies would block but the engine is not stated; still fails what they do not block', () => {
    const aks = cluster({ network: { podLinkLocalAccess: null, policy: null } });
    const blocked = only(findings({ deployments: [app('api', 'payments')], networkpolicies: [denyAll('payments')] }, aks));
    expect(blocked.status).toBe('unknown');
    expect(blocked.message).toMatch(/whether the cluster enforces them is not known: properties\.networkProfile\.networkPolicy is not stated/);
    expect(only(findings({ deployments: [app('api', 'payments'), app('web', 'orders')], networkpolicies: [denyAll('payments')] }, aks), 'orders').status).toBe('fail');
  });

  it('does not assume enforcement: with no AKS cluster linked, a NetworkPolicy deny is unknown, an open pod still fails', () => {
    const f = only(findings({ deployments: [app('api', 'payments')], networkpolicies: [denyAll('payments')] }, null, {}, { aksClusterId: null }));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/no AKS cluster is linked, so whether the cluster enforces NetworkPolicy is not known/);
    expect(only(findings({ deployments: [app('api', 'payments')] }, null, {}, { aksClusterId: null })).status).toBe('fail');
  });

  describe('Calico and Cilium policies, which can allow what a NetworkPolicy denies', () => {
    const CILIUM = cluster({ network: { podLinkLocalAccess: 'IMDS', policy: 'cilium' } });
    const denied = { deployments: [app('api', 'payments')], networkpolicies: [denyAll('payments')] };
    const gnp = (egress: object[]) => ({ apiVersion: 'projectcalico.org/v3', kind: 'GlobalNetworkPolicy', metadata: { name: 'egress' }, spec: { selector: 'all()', types: ['Egress'], egress } });
    const ccnp = (egress: object[]) => ({ apiVersion: 'cilium.io/v2', kind: 'CiliumClusterwideNetworkPolicy', metadata: { name: 'egress' }, spec: { endpointSelector: {}, egress } });
    const cnp = (egress: object[]) => ({ apiVersion: 'cilium.io/v2', kind: 'CiliumNetworkPolicy', metadata: { name: 'egress', namespace: 'payments' }, specs: [{ endpointSelector: { matchLabels: { app: 'api' } }, egress }] });

    it.each([
      ['a Calico allow to 0.0.0.0/0', { globalnetworkpolicies: [gnp([{ action: 'Allow', destination: { nets: ['0.0.0.0/0'] } }])] }, IMDS_OPEN, /GlobalNetworkPolicy egress has egress rule 0 \(Allow\) whose destination may include 169\.254\.169\.254/],
      ['a Calico allow by selector (a network set may hold the address)', { globalnetworkpolicies: [gnp([{ action: 'Allow', destination: { selector: "role == 'metadata'" } }])] }, IMDS_OPEN, /GlobalNetworkPolicy egress/],
      ['a Calico pass', { globalnetworkpolicies: [gnp([{ action: 'Pass' }])] }, IMDS_OPEN, /\(Pass\)/],
      ['Calico policies that could not be read', { globalnetworkpolicies: null }, IMDS_OPEN, /the cluster runs calico, whose GlobalNetworkPolicy objects were not read \(listing globalnetworkpolicies was forbidden \(403\)\)/],
      ['a Cilium entity', { ciliumclusterwidenetworkpolicies: [ccnp([{ toEntities: ['world'] }])] }, CILIUM, /CiliumClusterwideNetworkPolicy egress has egress rule 0 whose destination may include 169\.254\.169\.254 \(toEntities\)/],
      ['a Cilium CIDR holding the address', { ciliumnetworkpolicies: [cnp([{ toCIDR: ['169.254.0.0/16'], toPorts: [{ ports: [{ port: '80', protocol: 'TCP' }] }] }])] }, CILIUM, /CiliumNetworkPolicy egress/],
      ['a Cilium FQDN rule', { ciliumnetworkpolicies: [cnp([{ toFQDNs: [{ matchPattern: '*' }] }])] }, CILIUM, /toFQDNs/],
    ])('makes a NetworkPolicy deny unknown: %s', (_, extra, aks, reason) => {
      const f = only(findings({ ...denied, ...extra } as Objects, aks));
      expect(f.status).toBe('unknown');
      expect(f.message).toMatch(reason);
    });

    it.each([
      ['a Calico allow to private ranges only', { globalnetworkpolicies: [gnp([{ action: 'Allow', destination: { nets: ['10.0.0.0/8'] } }, { action: 'Deny' }])] }, IMDS_OPEN],
      ['a Calico allow whose notNets carve the address out', { globalnetworkpolicies: [gnp([{ action: 'Allow', destination: { notNets: ['169.254.0.0/16'] } }])] }, IMDS_OPEN],
      ['a Calico allow for UDP 53 only', { globalnetworkpolicies: [gnp([{ action: 'Allow', protocol: 'UDP', destination: { ports: [53] } }])] }, IMDS_OPEN],
      ['a Cilium CIDR set whose except covers the address', { ciliumclusterwidenetworkpolicies: [ccnp([{ toCIDRSet: [{ cidr: '0.0.0.0/0', except: ['169.254.0.0/16'] }] }])] }, CILIUM],
      ['a Cilium rule for DNS to kube-dns only', { ciliumnetworkpolicies: [cnp([{ toCIDR: ['10.0.0.10/32'], toPorts: [{ ports: [{ port: '53', protocol: 'UDP' }] }] }])] }, CILIUM],
      ['Cilium policy kinds the API does not serve', { ciliumnetworkpolicies: null, ciliumclusterwidenetworkpolicies: null }, CILIUM],
    ])('still passes a NetworkPolicy deny beside %s', (_, extra, aks) => {
      const c = kubeCluster({ ...denied, ...extra } as Objects);
      for (const kind of ['ciliumnetworkpolicies', 'ciliumclusterwidenetworkpolicies'] as const) if (c.objects[kind] === null) c.unread[kind] = { code: 'not-found', reason: 'the API server does not serve cilium.io/v2' };
      const f = only(run(rule, state({ clusters: [aks], kubernetes: [c] })));
      expect(f.status, f.message).toBe('pass');
    });

    it('does not read the other engine\'s policies: Calico objects on a Cilium cluster change nothing', () => {
      const f = only(findings({ ...denied, globalnetworkpolicies: [gnp([{ action: 'Allow' }])] } as Objects, CILIUM));
      expect(f.status).toBe('pass');
    });
  });

  it('says when the pods of some workload kinds could not be read, rather than passing without them', () => {
    const f = findings({ ...{ deployments: [app('api', 'payments')], networkpolicies: [denyAll('payments')] }, pods: null });
    expect(f.map((x) => [x.status, x.resource.name])).toEqual([
      ['pass', 'payments'],
      ['unknown', 'test'],
    ]);
    expect(f[1]!.message).toMatch(/of kind pods \(listing pods was forbidden \(403\)\) could not be read/);
  });

  it('is unknown for a namespace when NetworkPolicies could not be read', () => {
    const f = only(findings({ deployments: [app('api', 'payments')], networkpolicies: null }));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/NetworkPolicies could not be read \(listing networkpolicies was forbidden \(403\)\)/);
  });

  it('is unknown for the cluster when no workload could be read, unless AKS blocks the endpoint', () => {
    const unread = { pods: null, deployments: null, statefulsets: null, daemonsets: null, replicasets: null, replicationcontrollers: null, jobs: null, cronjobs: null };
    expect(only(findings(unread))).toMatchObject({ status: 'unknown', resource: { type: 'kubernetes/cluster' } });
    const f = only(findings(unread, cluster()));
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/host-network pods, which the block does not cover, were not checked/);
  });

  it('skips system namespaces, and takes the list as a parameter', () => {
    const node = daemonSet('azure-cns', 'kube-system', podSpec([container('cns')], { hostNetwork: true }));
    const objects = { daemonsets: [node], deployments: [app('prometheus', 'monitoring')] };
    expect(findings(objects).map((f) => f.resource.name)).toEqual(['monitoring']);
    expect(findings(objects, IMDS_OPEN, { systemNamespaces: ['kube-system', 'monitoring'] })).toEqual([]);
  });

  it('names five workloads per reason and counts the rest', () => {
    const f = only(findings({ deployments: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((n) => app(n, 'batch')) }));
    expect(f.message).toMatch(/Deployment batch\/e and 2 more: it is not isolated/);
  });
});
