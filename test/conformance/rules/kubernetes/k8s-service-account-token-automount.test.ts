import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/kubernetes/k8s-service-account-token-automount.ts';
import { statusesOn } from '../../../helpers/kubernetes.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('k8s-service-account-token-automount', () => {
  describe('Polaris conformance (automountServiceAccountToken): one verdict per file, as the file names say', () => {
    const dir = `${CONFORMANCE}/polaris/automountServiceAccountToken`;
    it.each([
      ['failure.all_true.yaml', 'fail'],
      ['failure.pod_true_serviceaccount_false.yaml', 'fail'],
      ['failure.uses_defaults.yaml', 'fail'],
      ['success.no_serviceaccount.yaml', 'pass'],
      ['success.pod.yaml', 'pass'],
      ['success.pod_and_serviceaccount.yaml', 'pass'],
      ['success.pod_false_serviceaccount_true.yaml', 'pass'],
      ['success.serviceaccount.yaml', 'pass'],
    ])('%s: %s', (file, expected) => {
      expect(statusesOn(rule, `${dir}/${file}`)).toEqual({ 'test-pod': expected });
    });
  });

  describe('Kubescape conformance (automount-service-account, C-0034): workloads judged; ServiceAccount objects are not findings here', () => {
    const dir = `${CONFORMANCE}/kubescape/automount-service-account`;
    it.each([
      // The pod states no namespace, so the `default` ServiceAccount of namespace default may not be its own.
      ['both-mount-default', 'test-pd', 'unknown'],
      ['both-mount', 'test-pd', 'fail'],
      ['pod-mount', 'test-pd', 'fail'],
      ['sa-mount', 'test-pd', 'pass'],
      ['cronjob-pod-true-sa-false', 'kubescape-test/test-cron', 'fail'],
      ['deployment-pod-false-sa-false', 'kubescape-test/test-deploy', 'pass'],
      ['deployment-pod-false-sa-true', 'kubescape-test/test-deploy', 'pass'],
      ['deployment-pod-true-sa-false', 'kubescape-test/test-deploy', 'fail'],
      ['deployment-pod-true-sa-true', 'kubescape-test/test-deploy', 'fail'],
    ])('%s: %s %s', (folder, name, expected) => {
      expect(statusesOn(rule, `${dir}/${folder}`)).toEqual({ [name]: expected });
    });

    it('gives no finding on inputs holding only a default ServiceAccount (automount-default-service-account)', () => {
      for (const folder of ['both-mount-default', 'both-mount', 'pod-mount', 'sa-mount']) {
        expect(statusesOn(rule, `${CONFORMANCE}/kubescape/automount-default-service-account/${folder}`)).toEqual({});
      }
    });
  });
});
