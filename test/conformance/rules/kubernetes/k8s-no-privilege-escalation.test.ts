import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/kubernetes/k8s-no-privilege-escalation.ts';
import { containerVerdictsOn } from '../../../helpers/kubernetes.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('k8s-no-privilege-escalation', () => {
  describe('conformance', () => {
    it.each([
      ['cronjob', { hello: 'fail: mysql, php' }],
      ['pod', { 'audit-pod': 'fail: test-container' }],
      ['workloads', { 'my-deployment': 'fail: mysql, php' }],
    ])('Kubescape C-0016 %s', (folder, expected) => {
      expect(containerVerdictsOn(rule, `${CONFORMANCE}/kubescape/rule-allow-privilege-escalation/${folder}`)).toEqual(expected);
    });

    it.each([
      ['failure.pod.yaml', 'fail: nginx'],
      ['failure.pod_unspecified.yaml', 'fail: nginx'],
      ['failure.unspecified.yaml', 'fail: nginx'],
      ['failure.yaml', 'fail: nginx'],
      ['success.pod.yaml', 'pass'],
      ['success.yaml', 'pass'],
    ])('Polaris privilegeEscalationAllowed %s', (file, expected) => {
      expect(containerVerdictsOn(rule, `${CONFORMANCE}/polaris/privilegeEscalationAllowed/${file}`)).toEqual({ nginx: expected });
    });
  });
});
