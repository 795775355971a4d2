import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/kubernetes/k8s-not-privileged.ts';
import { container, containerVerdictsOn, daemonSet, deployment, kubeCluster, pod, podSpec } from '../../helpers/kubernetes.ts';
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

  describe('conformance', () => {
    it.each([
      // Kubescape also fails CAP_SYS_ADMIN as privileged; here that is k8s-capabilities-dropped (see the doc page).
      ['cronjob-initcontainer', { 'priv-initcontainer-cronjob': 'pass' }],
      ['cronjob', { hello: 'pass' }],
      ['pod-ephemeralcontainer', { 'priv-ephemeral-pod': 'pass' }],
      ['pod', { 'audit-pod': 'pass' }],
      ['pod-initcontainer', { 'priv-initcontainer-pod': 'fail: setup (init)' }],
      ['workloads-initcontainer', { 'default/priv-initcontainer-deploy': 'fail: setup (init)' }],
      ['workloads', { 'default/test2': 'fail: test-container' }],
    ])('Kubescape C-0057 %s', (folder, expected) => {
      expect(containerVerdictsOn(rule, `../shared/conformance/kubescape/rule-privileged-container/${folder}`)).toEqual(expected);
    });

    it.each([
      // Polaris fixtures leave containers unnamed; a pod-level `privileged` is not an API field and is ignored.
      ['failure.pod.yaml', 'fail: #0'],
      ['failure.two_cont.yaml', 'fail: #0'],
      ['failure.two_cont_one_unspecified.yaml', 'fail: #0'],
      ['failure.yaml', 'fail: #0'],
      ['success.pod.yaml', 'pass'],
      ['success.pod_no_cont.yaml', 'pass'],
      ['success.yaml', 'pass'],
    ])('Polaris runAsPrivileged %s', (file, expected) => {
      expect(containerVerdictsOn(rule, `../shared/conformance/polaris/runAsPrivileged/${file}`)).toEqual({ nginx: expected });
    });
  });
});
