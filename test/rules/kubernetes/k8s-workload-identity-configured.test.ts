import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/kubernetes/k8s-workload-identity-configured.ts';
import { AKS_ID, container, deployment, kubeCluster, podSpec, serviceAccount } from '../../helpers/kubernetes.ts';
import { cluster, only, run, state } from '../../helpers/state.ts';

type Objects = Parameters<typeof kubeCluster>[0];
const CLIENT_ID = '6f1c1ad4-7f43-4a4c-9a8e-1f0b3c2d4e5f';
const aks = (workloadIdentityEnabled: boolean | null = true) => cluster({ id: AKS_ID, workloadIdentityEnabled });
const verdict = (objects: Objects, clusters = [aks()]) => only(run(rule, state({ clusters, kubernetes: [kubeCluster(objects)] })));
const app = (labels: Record<string, string> = { app: 'orders-api', 'azure.workload.identity/use': 'true' }) =>
  deployment('orders-api', 'orders', podSpec([container('api')], { serviceAccountName: 'orders-api' }), labels);
const annotated = serviceAccount('orders-api', 'orders', { annotations: { 'azure.workload.identity/client-id': CLIENT_ID } });
const plain = serviceAccount('orders-api', 'orders');

describe('k8s-workload-identity-configured', () => {
  it('passes a labelled workload whose service account names a client id, on a cluster with workload identity', () => {
    const f = verdict({ deployments: [app()], serviceaccounts: [annotated] });
    expect(f.status).toBe('pass');
    expect(f.evidence).toEqual([
      { path: 'spec.template.metadata.labels["azure.workload.identity/use"]', value: 'true' },
      { path: 'serviceaccounts/orders-api.metadata.annotations["azure.workload.identity/client-id"]', value: CLIENT_ID },
      { path: 'managedClusters/aks-prod.properties.securityProfile.workloadIdentity.enabled', value: true },
    ]);
  });

  it('fails the label without the service account annotation', () => {
    const f = verdict({ deployments: [app()], serviceaccounts: [plain] });
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(/service account orders-api has no azure.workload.identity\/client-id annotation/);
  });

  it('fails the annotation without the label (or with a label that is not exactly "true")', () => {
    expect(verdict({ deployments: [app({ app: 'orders-api' })], serviceaccounts: [annotated] }).message).toMatch(/label is absent \(it must be "true"\)/);
    expect(verdict({ deployments: [app({ app: 'orders-api', 'azure.workload.identity/use': 'True' })], serviceaccounts: [annotated] }).message).toMatch(/label is "True"/);
  });

  it('fails a client-id annotation that is not a GUID', () => {
    const sa = serviceAccount('orders-api', 'orders', { annotations: { 'azure.workload.identity/client-id': 'orders-identity' } });
    expect(verdict({ deployments: [app()], serviceaccounts: [sa] }).message).toMatch(/not a client id/);
  });

  it('fails when the AKS cluster does not have workload identity enabled', () => {
    const f = verdict({ deployments: [app()], serviceaccounts: [annotated] }, [aks(false)]);
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/AKS cluster aks-prod does not have workload identity enabled/);
  });

  it('is not applicable to workloads using neither part', () => {
    expect(verdict({ deployments: [app({ app: 'orders-api' })], serviceaccounts: [plain] }).status).toBe('not-applicable');
    expect(verdict({ deployments: [app({ app: 'orders-api' })], serviceaccounts: null }).message).toMatch(/service accounts of test could not be read/);
  });

  it('is unknown when what it needs was not read: service accounts, the AKS cluster, or its setting', () => {
    expect(verdict({ deployments: [app()], serviceaccounts: null }).status).toBe('unknown');
    expect(verdict({ deployments: [app()] }).message).toMatch(/service account orders-api is not in the input/);
    expect(verdict({ deployments: [app()], serviceaccounts: [annotated] }, []).message).toMatch(/AKS cluster was not in the scan/);
    const unstated = verdict({ deployments: [app()], serviceaccounts: [annotated] }, [aks(null)]);
    expect(unstated.status).toBe('unknown');
    expect(unstated.message).toMatch(/workloadIdentity.enabled is not stated/);
    expect(verdict({ pods: null, deployments: null, statefulsets: null, daemonsets: null, replicasets: null, replicationcontrollers: null, jobs: null, cronjobs: null }).status).toBe('unknown');
  });
});
