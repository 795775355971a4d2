import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/kubernetes/k8s-run-as-non-root.ts';
import { containerVerdictsOn } from '../../../helpers/kubernetes.ts';
import { CONFORMANCE } from '../../inputs.ts';

const KUBESCAPE = `${CONFORMANCE}/kubescape/non-root-containers`;
const POLARIS = `${CONFORMANCE}/polaris/runAsRootAllowed`;

describe('k8s-run-as-non-root', () => {

  describe('conformance', () => {
    it.each([
      ['cronjob-runasuser', { hello: 'fail: hello' }],
      ['cronjob', { hello: 'fail: hello, hello2' }],
      // nginx overrides the pod's runAsNonRoot: true with false; nginx2 inherits true.
      ['deployment-fail', { 'nginx-deployment': 'fail: nginx' }],
      ['deployment-pass', { 'nginx-deployment': 'pass' }],
      ['pod-ephemeralcontainer', { test: 'fail: debugger (ephemeral)' }],
      ['pod-initcontainer', { test: 'fail: init-setup (init)' }],
      ['pod', { 'static-web': 'fail: web' }],
      ['workloads-initcontainer', { 'my-deployment': 'fail: init-setup (init)' }],
    ])('Kubescape C-0013 %s', (folder, expected) => {
      expect(containerVerdictsOn(rule, `${KUBESCAPE}/${folder}`)).toEqual(expected);
    });

    it.each([
      ['failure.yaml', { nginx: 'fail: nginx' }],
      ['success.yaml', { nginx: 'pass' }],
    ])('Polaris runAsRootAllowed %s', (file, expected) => {
      expect(containerVerdictsOn(rule, `${POLARIS}/${file}`)).toEqual(expected);
    });
  });
});
