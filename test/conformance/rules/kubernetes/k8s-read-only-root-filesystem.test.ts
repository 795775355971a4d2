import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/kubernetes/k8s-read-only-root-filesystem.ts';
import { containerVerdictsOn } from '../../../helpers/kubernetes.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('k8s-read-only-root-filesystem', () => {
  describe('conformance', () => {
    it.each([
      ['cronjob', { hello: 'fail: mysql, php' }],
      ['pod-ephemeralcontainer', { test: 'fail: debugger (ephemeral)' }],
      ['pod-initcontainer', { test: 'fail: init-test (init), init-test2 (init)' }],
      ['pod', { test: 'fail: test, test2' }],
      ['workloads-initcontainer', { 'my-deployment': 'fail: init-setup (init)' }],
      ['workloads', { 'my-deployment': 'fail: mysql, php' }],
    ])('Kubescape C-0017 %s', (folder, expected) => {
      expect(containerVerdictsOn(rule, `${CONFORMANCE}/kubescape/immutable-container-filesystem/${folder}`)).toEqual(expected);
    });

    it.each([
      ['failure.pod.yaml', 'fail: #1'],
      ['failure.two_cont_one_unspecified.yaml', 'fail: container-b'],
      ['failure.yaml', 'fail: #0'],
      ['success.pod.yaml', 'pass'],
      ['success.yaml', 'pass'],
    ])('Polaris notReadOnlyRootFilesystem %s', (file, expected) => {
      expect(containerVerdictsOn(rule, `${CONFORMANCE}/polaris/notReadOnlyRootFilesystem/${file}`)).toEqual({ nginx: expected });
    });
  });
});
