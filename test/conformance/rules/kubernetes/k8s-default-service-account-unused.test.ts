import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/kubernetes/k8s-default-service-account-unused.ts';
import { statusesOn } from '../../../helpers/kubernetes.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('k8s-default-service-account-unused', () => {
  it('Kubescape conformance (automount-default-service-account, C-0189): those inputs hold only ServiceAccounts, so no workload is judged', () => {
    for (const folder of ['both-mount-default', 'both-mount', 'pod-mount', 'sa-mount']) {
      expect(statusesOn(rule, `${CONFORMANCE}/kubescape/automount-default-service-account/${folder}`)).toEqual({});
    }
    // The workloads in automount-service-account: the pods name no service account, the controllers name test-sa.
    expect(statusesOn(rule, `${CONFORMANCE}/kubescape/automount-service-account/both-mount-default`)).toEqual({ 'test-pd': 'fail' });
    expect(statusesOn(rule, `${CONFORMANCE}/kubescape/automount-service-account/deployment-pod-false-sa-false`)).toEqual({ 'kubescape-test/test-deploy': 'pass' });
  });
});
