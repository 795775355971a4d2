import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/kubernetes/k8s-not-privileged.ts';
import { containerVerdictsOn } from '../../../helpers/kubernetes.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('k8s-not-privileged', () => {
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
      expect(containerVerdictsOn(rule, `${CONFORMANCE}/kubescape/rule-privileged-container/${folder}`)).toEqual(expected);
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
      expect(containerVerdictsOn(rule, `${CONFORMANCE}/polaris/runAsPrivileged/${file}`)).toEqual({ nginx: expected });
    });
  });
});
