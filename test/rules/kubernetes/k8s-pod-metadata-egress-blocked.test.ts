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

  it('fails a policy whose except leaves a hole, with the ipBlock as evidence', () => {
    const f = only(findings({ deployments: [app('api', 'orders')], networkpolicies: [denyAll('orders'), internet('orders', ['10.0.0.0/8', '169.254.0.0/24'])] }));
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/Deployment orders\/api: egress rule 0 of NetworkPolicy orders\/allow-internet admits 0\.0\.0\.0\/0 whose except \(10\.0\.0\.0\/8, 169\.254\.0\.0\/24\) does not cover 169\.254\.169\.254, on every port$/);
    expect(f.evidence).toContainEqual({ path: 'networkpolicies/allow-internet#spec.egress[0].to[0].ipBlock', value: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8', '169.254.0.0/24'] } });
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

  it('judges manifests with no AKS cluster matched as written, and says it assumes enforcement', () => {
    const f = only(findings({ deployments: [app('api', 'payments')], networkpolicies: [denyAll('payments')] }, null, {}, { aksClusterId: null }));
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/no AKS cluster is matched, so this assumes the cluster enforces NetworkPolicy/);
  });

  it('is unknown for a namespace when NetworkPolicies could not be read', () => {
    const f = only(findings({ deployments: [app('api', 'payments')], networkpolicies: null }));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/NetworkPolicies could not be read \(listing networkpolicies was forbidden \(403\)\)/);
  });

  it('is unknown for the cluster when no workload could be read, unless AKS blocks the endpoint', () => {
    const unread = { pods: null, deployments: null, statefulsets: null, daemonsets: null, replicasets: null, jobs: null, cronjobs: null };
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
