import type { V1Volume } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/kubernetes/k8s-host-path-mounts.ts';
import { container, daemonSet, deployment, kubeCluster, pod, podSpec } from '../../helpers/kubernetes.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (objects: Parameters<typeof kubeCluster>[0], params = {}) => only(run(rule, state({ kubernetes: [kubeCluster(objects)] }), params));
const hostPath = (name: string, path: string): V1Volume => ({ name, hostPath: { path } });

/** A log collector: reads node logs read-only, keeps its position file read-write. */
const collector = daemonSet(
  'fluent-bit',
  'logging',
  podSpec([container('fluent-bit', { volumeMounts: [{ name: 'varlog', mountPath: '/var/log', readOnly: true }, { name: 'state', mountPath: '/state' }] })], {
    volumes: [hostPath('varlog', '/var/log'), hostPath('state', '/var/lib/fluent-bit/')],
  }),
);

describe('k8s-host-path-mounts', () => {
  it('passes a workload without hostPath volumes', () => {
    const spec = podSpec([container('api', { volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }] })], { volumes: [{ name: 'tmp', emptyDir: {} }] });
    const f = verdict({ deployments: [deployment('api', 'payments', spec)] });
    expect(f).toMatchObject({ status: 'pass', message: 'Deployment payments/api uses no hostPath volumes' });
  });

  it('fails each hostPath volume, naming the containers that mount it and how — read-only mounts included', () => {
    const f = verdict({ daemonsets: [collector] });
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toContain('mounts host path /var/log as volume varlog (mounted by container fluent-bit at /var/log read-only)');
    expect(f.message).toContain('mounts host path /var/lib/fluent-bit/ as volume state (mounted by container fluent-bit at /state read-write)');
    expect(f.evidence).toContainEqual({ path: 'spec.template.spec.volumes[0].hostPath.path', value: '/var/log' });
    expect(f.evidence).toContainEqual({ path: 'spec.template.spec.containers[0].volumeMounts[0]', value: { mountPath: '/var/log', readOnly: true } });
  });

  it('fails a declared hostPath volume no container mounts yet (an ephemeral container could)', () => {
    const f = verdict({ pods: [pod('idle', 'ops', podSpec([container('idle')], { volumes: [hostPath('root', '/')] }))] });
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/host path \/ as volume root \(declared but not mounted by any container yet\)/);
  });

  it('names init and ephemeral containers that mount it', () => {
    const spec = podSpec([container('app')], {
      volumes: [hostPath('sock', '/run/containerd/containerd.sock')],
      initContainers: [container('probe', { volumeMounts: [{ name: 'sock', mountPath: '/sock', readOnly: true }] })],
      ephemeralContainers: [{ name: 'debugger', image: 'mcr.microsoft.com/cbl-mariner/busybox:2.0', volumeMounts: [{ name: 'sock', mountPath: '/sock' }] }],
    });
    const f = verdict({ pods: [pod('app', 'shop', spec)] });
    expect(f.message).toMatch(/container probe \(init\) at \/sock read-only, container debugger \(ephemeral\) at \/sock read-write/);
    expect(f.evidence).toContainEqual({ path: 'spec.ephemeralContainers[0].volumeMounts[0]', value: { mountPath: '/sock', readOnly: false } });
  });

  it('passes paths under allowedHostPaths, matched on whole normalized segments', () => {
    const f = verdict({ daemonsets: [collector] }, { allowedHostPaths: ['/var/log', '/var/lib/fluent-bit'] });
    expect(f).toMatchObject({ status: 'pass', message: 'DaemonSet logging/fluent-bit uses only allowed host paths (/var/log, /var/lib/fluent-bit/)' });
    expect(f.evidence[0]).toMatchObject({ note: 'under an allowed host path' });
  });

  it.each([
    ['/var/logs', 'a sibling that shares the prefix string'],
    ['/var/log/../../etc', 'a path that climbs out of the allowed one'],
    ['/var', 'the parent of the allowed path'],
  ])('still fails %s (%s)', (path) => {
    const f = verdict({ pods: [pod('p', 'ops', podSpec([container('p')], { volumes: [hostPath('v', path)] }))] }, { allowedHostPaths: ['/var/log/'] });
    expect(f.status).toBe('fail');
  });

  it('allows a path written with redundant slashes or dots when it normalizes under an allowed prefix', () => {
    const f = verdict({ pods: [pod('p', 'ops', podSpec([container('p')], { volumes: [hostPath('v', '//var/log/./pods/')] }))] }, { allowedHostPaths: ['/var/log'] });
    expect(f.status).toBe('pass');
  });

  it('is unknown for the cluster when no workload kind could be read', () => {
    const f = verdict({ pods: null, deployments: null, statefulsets: null, daemonsets: null, replicasets: null, replicationcontrollers: null, jobs: null, cronjobs: null });
    expect(f.status).toBe('unknown');
  });
});
