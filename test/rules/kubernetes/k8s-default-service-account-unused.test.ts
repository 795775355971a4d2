import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/kubernetes/k8s-default-service-account-unused.ts';
import { container, deployment, kubeCluster, pod, podSpec } from '../../helpers/kubernetes.ts';
import { only, run, state } from '../../helpers/state.ts';

type Objects = Parameters<typeof kubeCluster>[0];
const verdict = (objects: Objects) => only(run(rule, state({ kubernetes: [kubeCluster(objects)] })));

describe('k8s-default-service-account-unused', () => {
  it('passes a workload with its own service account', () => {
    const f = verdict({ deployments: [deployment('orders-api', 'orders', podSpec([container('api')], { serviceAccountName: 'orders-api' }))] });
    expect(f.status).toBe('pass');
    expect(f.evidence).toEqual([{ path: 'spec.template.spec.serviceAccountName', value: 'orders-api' }]);
  });

  it('fails a workload that names no service account (Kubernetes gives it the default one)', () => {
    const f = verdict({ deployments: [deployment('legacy-worker', 'orders', podSpec([container('worker')]))] });
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(/default service account \(its pod spec names no service account\)/);
    expect(f.evidence).toEqual([{ path: 'spec.template.spec.serviceAccountName', value: null, note: "not set; Kubernetes uses the namespace's default service account" }]);
  });

  it('fails a workload that names default explicitly, including through the deprecated serviceAccount field', () => {
    expect(verdict({ pods: [pod('debug', 'orders', podSpec([container('shell')], { serviceAccountName: 'default' }))] }).message).toMatch(/names it explicitly/);
    const old = verdict({ pods: [pod('debug', 'orders', podSpec([container('shell')], { serviceAccount: 'default' }))] });
    expect(old.evidence).toEqual([{ path: 'spec.serviceAccount', value: 'default' }]);
    expect(verdict({ pods: [pod('debug', 'orders', podSpec([container('shell')], { serviceAccount: 'debugger' }))] }).status).toBe('pass');
  });

  it('judges a CronJob through its job template', () => {
    const cron = { apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'nightly', namespace: 'orders' }, spec: { schedule: '0 2 * * *', jobTemplate: { spec: { template: { spec: podSpec([container('report')]) } } } } };
    expect(verdict({ cronjobs: [cron] }).evidence[0]?.path).toBe('spec.jobTemplate.spec.template.spec.serviceAccountName');
  });

  it('is unknown for a cluster whose workloads could not be read', () => {
    const f = verdict({ pods: null, deployments: null, statefulsets: null, daemonsets: null, replicasets: null, replicationcontrollers: null, jobs: null, cronjobs: null });
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/No workloads of test could be read/);
  });
});
