import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/kubernetes/k8s-service-account-token-automount.ts';
import { container, deployment, kubeCluster, pod, podSpec, serviceAccount } from '../../helpers/kubernetes.ts';
import { only, run, state } from '../../helpers/state.ts';

type Objects = Parameters<typeof kubeCluster>[0];
const verdicts = (objects: Objects, params = {}) => run(rule, state({ kubernetes: [kubeCluster(objects)] }), params);
const api = (spec = {}) => deployment('orders-api', 'orders', podSpec([container('api')], { serviceAccountName: 'orders-api', ...spec }));

describe('k8s-service-account-token-automount', () => {
  it('passes a pod spec that disables the token, whatever its service account says', () => {
    const f = only(verdicts({ deployments: [api({ automountServiceAccountToken: false })], serviceaccounts: [serviceAccount('orders-api', 'orders', { automountServiceAccountToken: true })] }));
    expect(f.status).toBe('pass');
    expect(f.evidence).toEqual([{ path: 'spec.template.spec.automountServiceAccountToken', value: false }]);
  });

  it('passes a pod that leaves it to a service account that disables it', () => {
    const f = only(verdicts({ deployments: [api()], serviceaccounts: [serviceAccount('orders-api', 'orders', { automountServiceAccountToken: false })] }));
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/service account orders-api disables it/);
    expect(f.evidence).toContainEqual({ path: 'serviceaccounts/orders-api.automountServiceAccountToken', value: false });
  });

  it('fails a pod spec that turns the token on over its service account', () => {
    const f = only(verdicts({ deployments: [api({ automountServiceAccountToken: true })], serviceaccounts: [serviceAccount('orders-api', 'orders', { automountServiceAccountToken: false })] }));
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(/pod spec sets automountServiceAccountToken: true/);
  });

  it('fails when neither the pod nor the service account says anything (Kubernetes mounts it)', () => {
    const f = only(verdicts({ deployments: [api()], serviceaccounts: [serviceAccount('orders-api', 'orders')] }));
    expect(f.status).toBe('fail');
    expect(f.evidence).toContainEqual({ path: 'serviceaccounts/orders-api.automountServiceAccountToken', value: null, note: 'not set; Kubernetes mounts the token' });
  });

  it("looks the service account up in the workload's own namespace, `default` when none is named", () => {
    const other = serviceAccount('default', 'payments', { automountServiceAccountToken: false });
    const bare = pod('debug', 'orders', podSpec([container('shell')]));
    expect(only(verdicts({ pods: [bare], serviceaccounts: [other, serviceAccount('default', 'orders')] })).status).toBe('fail');
    expect(only(verdicts({ pods: [bare], serviceaccounts: [serviceAccount('default', 'orders', { automountServiceAccountToken: false })] })).status).toBe('pass');
  });

  it('lets listed API clients mount the token', () => {
    const objects = { deployments: [api()], serviceaccounts: [serviceAccount('orders-api', 'orders')] };
    expect(only(verdicts(objects, { apiClients: ['orders/orders-*'] }))).toMatchObject({ status: 'pass', message: expect.stringMatching(/API client \(apiClients: orders\/orders-\*\)/) });
    expect(only(verdicts(objects, { apiClients: ['order/*'] })).status).toBe('fail');
    const coredns = deployment('coredns', 'kube-system', podSpec([container('coredns')], { serviceAccountName: 'coredns' }));
    expect(only(verdicts({ deployments: [coredns], serviceaccounts: [serviceAccount('coredns', 'kube-system')] })).status).toBe('pass');
  });

  it('does not exempt workload identity: its webhook projects its own token', () => {
    const wi = deployment('orders-api', 'orders', podSpec([container('api')], { serviceAccountName: 'orders-api' }), { app: 'orders-api', 'azure.workload.identity/use': 'true' });
    expect(only(verdicts({ deployments: [wi], serviceaccounts: [serviceAccount('orders-api', 'orders', { annotations: { 'azure.workload.identity/client-id': '6f1c1ad4-7f43-4a4c-9a8e-1f0b3c2d4e5f' } })] })).status).toBe('fail');
  });

  it('is unknown when the pod leaves it to a service account that could not be read or is not in the input', () => {
    const unread = only(verdicts({ deployments: [api()], serviceaccounts: null }));
    expect(unread.status).toBe('unknown');
    expect(unread.message).toMatch(/service accounts of test could not be read \(listing serviceaccounts was forbidden \(403\)\)/);
    expect(only(verdicts({ deployments: [api()] })).message).toMatch(/orders-api, which is not in the input/);
    expect(only(verdicts({ deployments: [api({ automountServiceAccountToken: false })], serviceaccounts: null })).status).toBe('pass');
  });

  it('is unknown for a cluster whose workloads could not be read', () => {
    const f = only(verdicts({ pods: null, deployments: null, statefulsets: null, daemonsets: null, replicasets: null, replicationcontrollers: null, jobs: null, cronjobs: null }));
    expect(f.status).toBe('unknown');
  });
});
