import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/kubernetes/k8s-not-privileged.ts';
import { container, daemonSet, deployment, kubeCluster, pod, podSpec } from '../../helpers/kubernetes.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (objects: Parameters<typeof kubeCluster>[0]) => only(run(rule, state({ kubernetes: [kubeCluster(objects)] })));

describe('k8s-not-privileged', () => {
  it('passes containers that are not privileged, set false or not at all', () => {
    const f = verdict({ deployments: [deployment('api', 'payments', podSpec([container('api', { securityContext: { privileged: false } }), container('proxy')]))] });
    expect(f.status).toBe('pass');
    expect(f.evidence).toContainEqual({ path: 'spec.template.spec.containers[1].securityContext.privileged', value: null, note: 'not set' });
  });

  it('fails a privileged DaemonSet at critical severity, with the field as evidence', () => {
    const f = verdict({ daemonsets: [daemonSet('node-tuner', 'kube-ops', podSpec([container('tuner', { securityContext: { privileged: true } })]))] });
    expect(f).toMatchObject({ status: 'fail', severity: 'critical', resource: { name: 'kube-ops/node-tuner', type: 'kubernetes/daemonset' } });
    expect(f.evidence).toEqual([{ path: 'spec.template.spec.containers[0].securityContext.privileged', value: true }]);
  });

  it('fails a privileged ephemeral debug container on a bare pod', () => {
    const f = verdict({ pods: [pod('api-x', 'orders', podSpec([container('api')], { ephemeralContainers: [{ name: 'debugger', image: 'busybox', securityContext: { privileged: true } }] }))] });
    expect(f.message).toMatch(/container debugger \(ephemeral\) is privileged/);
  });

  it('is unknown for the cluster when no workload kind could be read', () => {
    expect(verdict({ pods: null, deployments: null, statefulsets: null, daemonsets: null, replicasets: null, replicationcontrollers: null, jobs: null, cronjobs: null }).status).toBe('unknown');
  });
});
