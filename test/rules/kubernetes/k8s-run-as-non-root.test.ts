import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/kubernetes/k8s-run-as-non-root.ts';
import { container, deployment, kubeCluster, pod, podSpec } from '../../helpers/kubernetes.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (objects: Parameters<typeof kubeCluster>[0]) => only(run(rule, state({ kubernetes: [kubeCluster(objects)] })));

describe('k8s-run-as-non-root', () => {
  it('passes when the pod sets runAsNonRoot and containers inherit it', () => {
    const f = verdict({ deployments: [deployment('api', 'payments', podSpec([container('api')], { securityContext: { runAsNonRoot: true } }))] });
    expect(f).toMatchObject({ status: 'pass', resource: { name: 'payments/api' } });
    expect(f.evidence).toEqual([{ path: 'spec.template.spec.securityContext.runAsNonRoot', value: true }]);
  });

  it('is unknown when the pod spec states no containers: init containers alone do not pass it', () => {
    const spec = { ...podSpec([], { initContainers: [container('migrate', { securityContext: { runAsNonRoot: true } })] }), containers: null } as unknown as ReturnType<typeof podSpec>;
    expect(verdict({ deployments: [deployment('api', 'payments', spec)] }).status).toBe('unknown');
  });

  it('passes a non-zero runAsUser without runAsNonRoot', () => {
    expect(verdict({ pods: [pod('job', 'batch', podSpec([container('job', { securityContext: { runAsUser: 10001 } })]))] }).status).toBe('pass');
  });

  it('fails runAsUser 0 even alongside runAsNonRoot: true, naming where it was set', () => {
    const f = verdict({ deployments: [deployment('api', 'payments', podSpec([container('api', { securityContext: { runAsUser: 0 } })], { securityContext: { runAsNonRoot: true } }))] });
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toMatch(/container api runs as root \(runAsUser: 0 at spec\.template\.spec\.containers\[0\]\.securityContext\.runAsUser\)/);
  });

  it('lets a container override the pod: runAsNonRoot false on the container wins', () => {
    const f = verdict({ deployments: [deployment('api', 'payments', podSpec([container('api', { securityContext: { runAsNonRoot: false } }), container('sidecar')], { securityContext: { runAsNonRoot: true } }))] });
    expect(f.status).toBe('fail');
    expect(f.message).toContain('container api allows root');
    expect(f.message).not.toContain('sidecar');
  });

  it("fails a container that sets nothing: it runs as the image's user, which the scan cannot see", () => {
    const f = verdict({ pods: [pod('debug', 'default', podSpec([container('shell')]))] });
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/sets neither runAsNonRoot nor runAsUser, so it runs as the image's default user/);
    expect(f.evidence).toContainEqual({ path: 'spec.containers[0].securityContext.runAsNonRoot', value: null, note: 'not set' });
  });

  it('judges init and ephemeral containers, which run with the pod too', () => {
    const spec = podSpec([container('app', { securityContext: { runAsUser: 1000 } })], {
      initContainers: [container('migrate')],
      ephemeralContainers: [{ name: 'debugger', image: 'busybox' }],
    });
    expect(verdict({ deployments: [deployment('api', 'orders', spec)] }).message).toMatch(/container migrate \(init\).*; container debugger \(ephemeral\)/);
  });

  it('reports pods of a present Deployment once, on the Deployment', () => {
    const d = deployment('api', 'orders', podSpec([container('api')], { securityContext: { runAsNonRoot: true } }));
    d.metadata!.uid = 'd1';
    const rs = { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'api-7c9', namespace: 'orders', ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'api', uid: 'd1', controller: true }] }, spec: d.spec };
    const p = { ...pod('api-7c9-x', 'orders', podSpec([container('api')])), metadata: { name: 'api-7c9-x', namespace: 'orders', ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'api-7c9', uid: 'r1', controller: true }] } };
    const findings = run(rule, state({ kubernetes: [kubeCluster({ deployments: [d], replicasets: [rs], pods: [p] })] }));
    expect(findings.map((f) => [f.resource.name, f.status])).toEqual([['orders/api', 'pass']]);
  });

  it('is unknown for the cluster when no workload kind could be read', () => {
    const f = verdict({ pods: null, deployments: null, statefulsets: null, daemonsets: null, replicasets: null, replicationcontrollers: null, jobs: null, cronjobs: null });
    expect(f).toMatchObject({ status: 'unknown', resource: { type: 'kubernetes/cluster' } });
    expect(f.message).toMatch(/pods: listing pods was forbidden \(403\)/);
  });
});
