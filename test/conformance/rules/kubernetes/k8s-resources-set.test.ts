import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/kubernetes/k8s-resources-set.ts';
import { statusesOn } from '../../../helpers/kubernetes.ts';
import { CONFORMANCE } from '../../inputs.ts';

const ONLY = (param: string) => ({ requireCpuRequest: false, requireCpuLimit: false, requireMemoryRequest: false, requireMemoryLimit: false, [param]: true });

describe('k8s-resources-set', () => {
  describe('conformance', () => {
    const kubescape = `${CONFORMANCE}/kubescape`;
    it.each([
      // C-0050 CPU limit and request
      ['resources-cpu-limit-and-request/cronjob', { hello: 'fail' }],
      ['resources-cpu-limit-and-request/pod-only-limits', { frontend: 'fail' }],
      ['resources-cpu-limit-and-request/pod-only-requests', { frontend: 'pass' }], // CPU limit stands in for the request; Kubescape fails it
      ['resources-cpu-limit-and-request/pod', { frontend: 'fail' }],
      ['resources-cpu-limit-and-request/workload-exceeded', { 'default/health-check-deployment': 'pass' }], // limits only; Kubescape fails it on its value range
      ['resources-cpu-limit-and-request/workload-mixed-unit', { 'default/hot': 'fail' }], // no memory at all
      ['resources-cpu-limit-and-request/workload', { 'default/test': 'fail' }],
      // C-0270 CPU limits
      ['resources-cpu-limits/cronjob', { hello: 'fail' }],
      ['resources-cpu-limits/pod-only-limits', { frontend: 'fail' }],
      ['resources-cpu-limits/pod', { frontend: 'fail' }],
      ['resources-cpu-limits/workload', { 'default/test': 'fail' }],
      // C-0004 memory limit and request
      ['resources-memory-limit-and-request/cronjob', { hello: 'fail' }],
      ['resources-memory-limit-and-request/pod-only-limits', { frontend: 'fail' }],
      ['resources-memory-limit-and-request/pod-only-requests', { frontend: 'pass' }], // memory limit stands in for the request; Kubescape fails it
      ['resources-memory-limit-and-request/pod', { frontend: 'fail' }],
      ['resources-memory-limit-and-request/pod_pass', { frontend: 'pass' }],
      ['resources-memory-limit-and-request/workload-exceeded', { 'default/test': 'pass' }], // all four set; Kubescape fails 328Mi against its 300Mi maximum
      ['resources-memory-limit-and-request/workload-milli-suffix', { 'default/milli': 'fail' }], // no CPU at all
      ['resources-memory-limit-and-request/workload-mixed-unit', { 'default/huge': 'fail' }], // no CPU at all
      ['resources-memory-limit-and-request/workload', { 'default/test': 'fail' }],
      // C-0271 memory limits
      ['resources-memory-limits/cronjob', { hello: 'fail' }],
      ['resources-memory-limits/pod-only-limits', { frontend: 'fail' }],
      ['resources-memory-limits/pod', { frontend: 'fail' }],
      ['resources-memory-limits/pod_pass', { frontend: 'pass' }],
      ['resources-memory-limits/workload', { 'default/test': 'fail' }],
      // C-0009 resource limits
      ['resource-policies/cronjob', { hello: 'fail' }],
      ['resource-policies/pod', { frontend: 'fail' }],
      ['resource-policies/workload', { 'default/test': 'fail' }],
    ])('Kubescape %s with the defaults', (input, expected) => {
      expect(statusesOn(rule, `${kubescape}/${input}`)).toEqual(expected);
    });

    it('passes the Deployments the peer never loaded (_not-loaded), which set all four', () => {
      for (const control of ['resources-memory-limit-and-request', 'resources-memory-limits']) {
        expect(statusesOn(rule, `${kubescape}/${control}/workload_passed`, {}, { notLoaded: true })).toEqual({ 'dtr-customer/dtr-customer-myapp': 'pass' });
      }
    });

    it('matches Kubescape C-0270 (CPU limits only) input by input when only requireCpuLimit is on', () => {
      const statuses = ['cronjob', 'pod-only-limits', 'pod', 'workload'].map((c) => Object.values(statusesOn(rule, `${kubescape}/resources-cpu-limits/${c}`, ONLY('requireCpuLimit')))[0]);
      expect(statuses).toEqual(['fail', 'fail', 'fail', 'fail']);
    });

    it.each([
      // The last column is the verdict on success.yaml with the defaults: the fixtures set only what their check is
      // about, so they fail here, except cpuLimitsMissing's, whose CPU and memory limits stand in for the requests.
      ['cpuLimitsMissing', 'requireCpuLimit', ['failure.yaml'], 'pass'],
      ['cpuRequestsMissing', 'requireCpuRequest', ['failure.yaml'], 'fail'],
      ['memoryLimitsMissing', 'requireMemoryLimit', ['failure.yaml', 'failure.cpu.yaml'], 'fail'],
      ['memoryRequestsMissing', 'requireMemoryRequest', ['failure.yaml'], 'fail'],
    ])('agrees with Polaris %s when only %s is on', (check, param, failures, withDefaults) => {
      for (const file of failures) expect(statusesOn(rule, `${CONFORMANCE}/polaris/${check}/${file}`, ONLY(param))).toEqual({ nginx: 'fail' });
      expect(statusesOn(rule, `${CONFORMANCE}/polaris/${check}/success.yaml`, ONLY(param))).toEqual({ nginx: 'pass' });
      expect(statusesOn(rule, `${CONFORMANCE}/polaris/${check}/success.yaml`)).toEqual({ nginx: withDefaults });
    });
  });
});
