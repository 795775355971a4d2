import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/kubernetes/k8s-secrets-as-files.ts';
import { statusesOn } from '../../../helpers/kubernetes.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('k8s-secrets-as-files', () => {
  describe('Kubescape conformance (rule-secrets-in-env-var, C-0207): every secret reference in env fails, init containers included', () => {
    const dir = `${CONFORMANCE}/kubescape/rule-secrets-in-env-var`;
    it.each([
      ['cronjob-envfrom-secretref', 'envfrom-secret-cronjob', 'fail'],
      ['cronjob-initcontainer-envfrom-secretref', 'initcontainer-secret-cronjob', 'fail'],
      ['cronjob-initcontainer-secretkeyref', 'initcontainer-secretkeyref-cronjob', 'fail'],
      ['cronjob', 'hello', 'fail'],
      ['pod-envfrom-configmapref', 'envfrom-configmap-pod', 'pass'],
      ['pod-envfrom-secretref', 'envfrom-secret-pod', 'fail'],
      ['pod-initcontainer-envfrom-secretref', 'initcontainer-secret-pod', 'fail'],
      ['pod-initcontainer-secretkeyref', 'initcontainer-secretkeyref-pod', 'fail'],
      ['pod', 'audit-pod', 'fail'],
      ['workloads-envfrom-secretref', 'envfrom-secret-deploy', 'fail'],
      ['workloads-initcontainer-envfrom-secretref', 'initcontainer-secret-deploy', 'fail'],
      ['workloads-initcontainer-secretkeyref', 'initcontainer-secretkeyref-deploy', 'fail'],
      ['workloads', 'default/test2', 'fail'],
    ])('%s: %s %s', (folder, name, expected) => {
      expect(statusesOn(rule, `${dir}/${folder}`)).toEqual({ [name]: expected });
    });
  });
});
