import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/kubernetes/k8s-resources-set.ts';
import { container, deployment, kubeCluster, pod, podSpec } from '../../helpers/kubernetes.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (objects: Parameters<typeof kubeCluster>[0], params = {}) => only(run(rule, state({ kubernetes: [kubeCluster(objects)] }), params));
const sized = { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } };

describe('k8s-resources-set', () => {
  it('passes when every container and init container sets all four', () => {
    const spec = podSpec([container('api', { resources: sized })], { initContainers: [container('migrate', { resources: sized })] });
    expect(verdict({ deployments: [deployment('api', 'payments', spec)] })).toMatchObject({
      status: 'pass',
      message: 'Deployment payments/api sets CPU request, CPU limit, memory request, memory limit on every container',
    });
  });

  it('says which settings each container lacks, init containers included', () => {
    const spec = podSpec([container('api', { resources: { requests: { cpu: '100m', memory: '128Mi' } } }), container('sidecar', { resources: sized })], { initContainers: [container('migrate')] });
    const f = verdict({ deployments: [deployment('api', 'payments', spec)] });
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toBe('Deployment payments/api container migrate (init) has no CPU request, CPU limit, memory request, memory limit; container api has no CPU limit, memory limit');
    expect(f.evidence).toEqual([
      { path: 'spec.template.spec.initContainers[0].resources', value: null },
      { path: 'spec.template.spec.containers[0].resources', value: { requests: { cpu: '100m', memory: '128Mi' } } },
    ]);
  });

  it('counts a limit without a request as both, since Kubernetes copies the limit into the request', () => {
    const spec = podSpec([container('worker', { resources: { limits: { cpu: '1', memory: '1Gi' } } })]);
    expect(verdict({ pods: [pod('worker', 'batch', spec)] }).status).toBe('pass');
  });

  it('does not count a request as a limit', () => {
    const f = verdict({ pods: [pod('worker', 'batch', podSpec([container('worker', { resources: { requests: { cpu: '1', memory: '1Gi' } } })]))] });
    expect(f.message).toMatch(/has no CPU limit, memory limit$/);
  });

  it('leaves ephemeral containers out (the API forbids resources on them)', () => {
    const spec = podSpec([container('api', { resources: sized })], { ephemeralContainers: [{ name: 'debugger', image: 'mcr.microsoft.com/cbl-mariner/busybox:2.0' }] });
    expect(verdict({ pods: [pod('api', 'payments', spec)] }).status).toBe('pass');
  });

  it('requires only what the parameters ask for', () => {
    const spec = podSpec([container('api', { resources: { requests: { memory: '128Mi' }, limits: { memory: '256Mi' } } })]);
    expect(verdict({ pods: [pod('api', 'payments', spec)] }).status).toBe('fail');
    expect(verdict({ pods: [pod('api', 'payments', spec)] }, { requireCpuRequest: false, requireCpuLimit: false }).status).toBe('pass');
    const none = verdict({ pods: [pod('api', 'payments', podSpec([container('api')]))] }, { requireCpuRequest: false, requireCpuLimit: false, requireMemoryRequest: false, requireMemoryLimit: false });
    expect(none).toMatchObject({ status: 'pass', message: expect.stringMatching(/all require\* parameters are off/) });
  });

  it('is unknown for the cluster when no workload kind could be read', () => {
    expect(verdict({ pods: null, deployments: null, statefulsets: null, daemonsets: null, replicasets: null, replicationcontrollers: null, jobs: null, cronjobs: null }).status).toBe('unknown');
  });
});
