import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/kubernetes/k8s-namespace-default-deny.ts';
import { kubeCluster, namespace, networkPolicy } from '../../helpers/kubernetes.ts';
import { only, run, state } from '../../helpers/state.ts';

const findings = (objects: Parameters<typeof kubeCluster>[0], params = {}) => run(rule, state({ kubernetes: [kubeCluster(objects)] }), params);
const denyAll = (ns: string) => networkPolicy('default-deny', ns, { policyTypes: ['Ingress', 'Egress'] });

describe('k8s-namespace-default-deny', () => {
  it('passes a namespace with one all-pods policy denying both directions, and an allow-list on top', () => {
    const f = only(findings({ namespaces: [namespace('payments')], networkpolicies: [denyAll('payments'), networkPolicy('allow-https', 'payments', { policyTypes: ['Egress'], egress: [{ to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['169.254.169.254/32'] } }], ports: [{ port: 443 }] }] })] }));
    expect(f).toMatchObject({ status: 'pass', resource: { name: 'payments', type: 'kubernetes/namespace' } });
    expect(f.message).toBe('Namespace payments denies ingress and egress by default: NetworkPolicy payments/default-deny selects every pod for Ingress; NetworkPolicy payments/default-deny, NetworkPolicy payments/allow-https select every pod for Egress');
    expect(f.evidence).toContainEqual({ path: 'networkpolicies/default-deny#spec.policyTypes', value: ['Ingress', 'Egress'] });
  });

  it('says it once when the same policy denies both directions', () => {
    expect(only(findings({ namespaces: [namespace('payments')], networkpolicies: [denyAll('payments')] })).message).toBe('Namespace payments denies ingress and egress by default: NetworkPolicy payments/default-deny selects every pod for Ingress and Egress');
  });

  it('passes separate ingress and egress defaults, with policy types left to the API defaults', () => {
    const ingress = networkPolicy('deny-ingress', 'orders', {});
    const egress = networkPolicy('dns-only', 'orders', { egress: [{ to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } } }], ports: [{ protocol: 'UDP', port: 53 }] }] });
    const f = only(findings({ namespaces: [namespace('orders')], networkpolicies: [ingress, egress] }));
    expect(f.status).toBe('pass');
    expect(f.evidence.find((e) => e.path === 'networkpolicies/dns-only#spec.policyTypes')?.note).toMatch(/not stated/);
  });

  it('fails a namespace without any policy, naming both directions', () => {
    const f = only(findings({ namespaces: [namespace('payments')], networkpolicies: [] }));
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toBe('Namespace payments has no default-deny ingress and egress (0 NetworkPolicies): no NetworkPolicy selects every pod for Ingress; no NetworkPolicy selects every pod for Egress');
  });

  it('fails an ingress-only default, and a policy that selects only some pods', () => {
    const f = only(findings({ namespaces: [namespace('web')], networkpolicies: [networkPolicy('deny-ingress', 'web', {}), networkPolicy('api', 'web', { podSelector: { matchLabels: { app: 'api' } }, policyTypes: ['Egress'] })] }));
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/^Namespace web has no default-deny egress \(2 NetworkPolicies\): no NetworkPolicy selects every pod for Egress$/);
  });

  it('fails when an all-pods rule admits all traffic, with that rule as evidence', () => {
    const allowAll = networkPolicy('allow-all-egress', 'batch', { policyTypes: ['Egress'], egress: [{}] });
    const f = only(findings({ namespaces: [namespace('batch')], networkpolicies: [denyAll('batch'), allowAll] }));
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/NetworkPolicy batch\/allow-all-egress selects every pod for Egress, but its egress rule 0 has no `to` and no ports/);
    expect(f.evidence).toContainEqual({ path: 'networkpolicies/allow-all-egress#spec.egress[0]', value: {} });
  });

  it('ignores a policy of another namespace', () => {
    expect(only(findings({ namespaces: [namespace('payments')], networkpolicies: [denyAll('orders')] })).status).toBe('fail');
  });

  it('skips system namespaces, and takes the list as a parameter', () => {
    const objects = { namespaces: [namespace('kube-system'), namespace('payments'), namespace('monitoring')], networkpolicies: [denyAll('payments')] };
    expect(findings(objects).map((f) => [f.resource.name, f.status])).toEqual([
      ['payments', 'pass'],
      ['monitoring', 'fail'],
    ]);
    expect(findings(objects, { systemNamespaces: ['kube-system', 'monitoring'] }).map((f) => f.resource.name)).toEqual(['payments']);
  });

  it.each(['namespaces', 'networkpolicies'] as const)('is unknown for the cluster when %s could not be read', (kind) => {
    const f = only(findings({ namespaces: [namespace('payments')], networkpolicies: [], [kind]: null }));
    expect(f).toMatchObject({ status: 'unknown', resource: { type: 'kubernetes/cluster' } });
    expect(f.message).toMatch(new RegExp(`without ${kind} \\(${kind}: listing ${kind} was forbidden \\(403\\)\\)`));
  });
});
