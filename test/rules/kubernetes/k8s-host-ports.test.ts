import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/kubernetes/k8s-host-ports.ts';
import { container, daemonSet, deployment, kubeCluster, pod, podSpec } from '../../helpers/kubernetes.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (objects: Parameters<typeof kubeCluster>[0]) => only(run(rule, state({ kubernetes: [kubeCluster(objects)] })));

describe('k8s-host-ports', () => {
  it('passes container ports without hostPort (and hostPort 0, which means unset)', () => {
    const spec = podSpec([container('api', { ports: [{ containerPort: 8080 }, { containerPort: 9090, hostPort: 0 }] })]);
    expect(verdict({ deployments: [deployment('api', 'payments', spec)] })).toMatchObject({ status: 'pass', message: 'Deployment payments/api binds no host ports' });
  });

  it('fails a hostPort and names container, port, protocol and host IP', () => {
    const spec = podSpec([
      container('exporter', { ports: [{ containerPort: 9100, hostPort: 9100 }] }),
      container('dns', { ports: [{ containerPort: 53, hostPort: 53, protocol: 'UDP', hostIP: '10.240.0.4' }] }),
    ]);
    const f = verdict({ daemonsets: [daemonSet('node-agent', 'monitoring', spec)] });
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toBe('DaemonSet monitoring/node-agent container exporter binds node port 9100/TCP (container port 9100); container dns binds node port 53/UDP on 10.240.0.4 (container port 53)');
    expect(f.evidence).toEqual([
      { path: 'spec.template.spec.containers[0].ports[0].hostPort', value: 9100 },
      { path: 'spec.template.spec.containers[1].ports[0].hostPort', value: 53 },
    ]);
  });

  it('is unknown for a pod spec that states no containers, whatever its init containers do', () => {
    for (const containers of [undefined, null, []]) {
      const spec = { ...podSpec([], { initContainers: [container('warmup')] }), containers } as unknown as ReturnType<typeof podSpec>;
      expect(verdict({ deployments: [deployment('api', 'payments', spec)] })).toMatchObject({ status: 'unknown', message: expect.stringMatching(/spec\.template\.spec\.containers lists no container/) });
    }
  });

  it('counts init containers', () => {
    const f = verdict({ pods: [pod('p', 'ops', podSpec([container('app')], { initContainers: [container('warmup', { ports: [{ containerPort: 80, hostPort: 8080 }] })] }))] });
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/container warmup \(init\) binds node port 8080/);
    expect(f.evidence[0]?.path).toBe('spec.initContainers[0].ports[0].hostPort');
  });

  it('is unknown for the cluster when no workload kind could be read', () => {
    expect(verdict({ pods: null, deployments: null, statefulsets: null, daemonsets: null, replicasets: null, replicationcontrollers: null, jobs: null, cronjobs: null }).status).toBe('unknown');
  });
});
