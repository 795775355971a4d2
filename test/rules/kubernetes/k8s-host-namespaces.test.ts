import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/kubernetes/k8s-host-namespaces.ts';
import { container, daemonSet, deployment, kubeCluster, pod, podSpec } from '../../helpers/kubernetes.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdicts = (objects: Parameters<typeof kubeCluster>[0]) => run(rule, state({ kubernetes: [kubeCluster(objects)] }));

describe('k8s-host-namespaces', () => {
  it('is unknown for a controller whose pod template is not stated, rather than skipping it', () => {
    const templateless = { ...deployment('api', 'payments', podSpec([container('api')])), spec: { selector: {}, template: {} } } as ReturnType<typeof deployment>;
    expect(only(verdicts({ deployments: [templateless] }))).toMatchObject({ status: 'unknown', message: expect.stringMatching(/it has no pod spec \(spec\.template\.spec\)/) });
  });

  it('passes a workload that shares no host namespace, with the defaults as evidence', () => {
    const f = only(verdicts({ deployments: [deployment('api', 'payments', podSpec([container('api')]))] }));
    expect(f.status).toBe('pass');
    expect(f.resource.name).toBe('payments/api');
    expect(f.evidence).toContainEqual({ path: 'spec.template.spec.hostNetwork', value: false, note: 'not set; Kubernetes defaults to false' });
  });

  it('passes settings stated false', () => {
    expect(only(verdicts({ pods: [pod('tool', 'ops', podSpec([container('tool')], { hostPID: false, hostIPC: false, hostNetwork: false }))] })).status).toBe('pass');
  });

  it('fails a node agent sharing the PID and network namespaces, naming every container incl. init', () => {
    const spec = podSpec([container('node-exporter')], { hostPID: true, hostNetwork: true, initContainers: [container('setup')] });
    const f = only(verdicts({ daemonsets: [daemonSet('node-exporter', 'monitoring', spec)] }));
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toMatch(/DaemonSet monitoring\/node-exporter gives its containers \(setup \(init\), node-exporter\) hostPID: .*hostNetwork/);
    expect(f.message).not.toMatch(/hostIPC/);
    expect(f.evidence).toEqual([
      { path: 'spec.template.spec.hostPID', value: true },
      { path: 'spec.template.spec.hostNetwork', value: true },
    ]);
  });

  it('fails hostIPC alone, with the pod spec path of a bare pod', () => {
    const f = only(verdicts({ pods: [pod('shm', 'batch', podSpec([container('shm')], { hostIPC: true }))] }));
    expect(f.status).toBe('fail');
    expect(f.evidence).toEqual([{ path: 'spec.hostIPC', value: true }]);
  });

  it('judges a CronJob by its job template', () => {
    const cron = { apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'sync', namespace: 'ops' }, spec: { schedule: '0 * * * *', jobTemplate: { spec: { template: { spec: podSpec([container('sync')], { hostNetwork: true }) } } } } };
    const f = only(verdicts({ cronjobs: [cron] }));
    expect(f.status).toBe('fail');
    expect(f.evidence).toEqual([{ path: 'spec.jobTemplate.spec.template.spec.hostNetwork', value: true }]);
  });

  it('is unknown for the cluster when no workload kind could be read', () => {
    const f = only(verdicts({ pods: null, deployments: null, statefulsets: null, daemonsets: null, replicasets: null, replicationcontrollers: null, jobs: null, cronjobs: null }));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/pods: listing pods was forbidden \(403\)/);
  });
});
