import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/kubernetes/k8s-host-path-mounts.ts';
import { statusesOn } from '../../../helpers/kubernetes.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('k8s-host-path-mounts', () => {
  describe('conformance', () => {
    const kubescape = `${CONFORMANCE}/kubescape`;
    it.each([
      // Kubescape C-0048 (alert-any-hostpath): every hostPath /var volume fails; the CronJob beside the Deployment has none.
      ['alert-any-hostpath/deployment', { hello: 'pass', 'my-deployment': 'fail' }],
      ['alert-any-hostpath/deployment-initcontainer', { 'my-deployment': 'fail' }],
      ['alert-any-hostpath/pod', { 'test-pd': 'fail' }],
      ['alert-any-hostpath/pod-initcontainer', { 'test-pd': 'fail' }],
      ['alert-any-hostpath/pod-multiple-mounts', { 'test-pd': 'fail' }],
      // Kubescape C-0045 (alert-rw-hostpath) judges writable mounts only; every input here mounts /var read-write.
      ['alert-rw-hostpath/cronjob-initcontainer', { hello: 'fail' }],
      ['alert-rw-hostpath/deployment', { 'my-deployment': 'fail' }],
      ['alert-rw-hostpath/deployment-initcontainer', { 'my-deployment': 'fail' }],
      ['alert-rw-hostpath/pod-initcontainer', { 'test-pd': 'fail' }],
    ])('Kubescape %s', (input, expected) => {
      expect(statusesOn(rule, `${kubescape}/${input}`)).toEqual(expected);
    });

    it('passes every Kubescape hostPath input once /var is allowed', () => {
      for (const input of ['alert-any-hostpath/pod', 'alert-rw-hostpath/deployment', 'alert-rw-hostpath/cronjob-initcontainer']) {
        expect(Object.values(statusesOn(rule, `${kubescape}/${input}`, { allowedHostPaths: ['/var'] }))).toEqual(['pass']);
      }
    });

    it('agrees with Polaris hostPathSet: failure.yaml (an unmounted hostPath volume) fails, success.yaml passes', () => {
      expect(statusesOn(rule, `${CONFORMANCE}/polaris/hostPathSet/failure.yaml`)).toEqual({ nginx: 'fail' });
      expect(statusesOn(rule, `${CONFORMANCE}/polaris/hostPathSet/success.yaml`)).toEqual({ nginx: 'pass' });
    });
  });
});
