import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/kubernetes/k8s-capabilities-dropped.ts';
import { containerVerdictsOn } from '../../../helpers/kubernetes.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('k8s-capabilities-dropped', () => {
  describe('conformance', () => {
    it.each([
      // None of the inputs drops ALL, so every container fails here; Kubescape fails only those adding an insecure capability.
      ['cronjob', { hello: 'fail: mysql, php' }],
      ['pod-ephemeralcontainer', { test: 'fail: app, debugger (ephemeral)' }],
      ['pod-initcontainer', { test: 'fail: init-setup (init), app' }],
      ['pod', { test: 'fail: test, test2' }],
      ['workloads-initcontainer', { 'my-deployment': 'fail: init-setup (init), app' }],
      ['workloads', { 'my-deployment': 'fail: mysql, php' }],
    ])('Kubescape C-0046 insecure-capabilities %s', (folder, expected) => {
      expect(containerVerdictsOn(rule, `${CONFORMANCE}/kubescape/insecure-capabilities/${folder}`)).toEqual(expected);
    });

    it.each([
      ['cronjob', { hello: 'fail: mysql, php' }],
      // test-container2 drops ALL but adds NET_RAW back; test-container3 drops `all`, which the runtime honours.
      ['pod', { 'audit-pod': 'fail: test-container, test-container1, test-container2' }],
      ['workloads', { 'my-deployment': 'fail: mysql, php' }],
    ])('Kubescape C-0211 drop-capability-netraw %s', (folder, expected) => {
      expect(containerVerdictsOn(rule, `${CONFORMANCE}/kubescape/drop-capability-netraw/${folder}`)).toEqual(expected);
    });

    it.each([
      ['failure.add.yaml', 'fail: nginx'],
      ['failure.drop-most.yaml', 'fail: nginx'],
      ['failure.pod.yaml', 'fail: nginx'],
      ['failure.yaml', 'fail: nginx'],
      ['success.all.yaml', 'pass'],
      ['success.drop.yaml', 'pass'],
      // Polaris passes a drop list naming the runtime's default set; only ALL passes here.
      ['success.case.yaml', 'fail: nginx'],
      ['success.pod.yaml', 'fail: nginx'],
      ['success.yaml', 'fail: nginx'],
    ])('Polaris insecureCapabilities %s', (file, expected) => {
      expect(containerVerdictsOn(rule, `${CONFORMANCE}/polaris/insecureCapabilities/${file}`)).toEqual({ nginx: expected });
    });

    it.each([
      ['failure.all-caps.yaml', 'fail: nginx'],
      ['failure.all.yaml', 'fail: nginx'],
      ['failure.case.yaml', 'fail: nginx'],
      ['failure.yaml', 'fail: nginx'],
      // Adds nothing, but drops nothing either.
      ['success.yaml', 'fail: nginx'],
    ])('Polaris dangerousCapabilities %s', (file, expected) => {
      expect(containerVerdictsOn(rule, `${CONFORMANCE}/polaris/dangerousCapabilities/${file}`)).toEqual({ nginx: expected });
    });
  });
});
