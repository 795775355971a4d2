import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/kubernetes/k8s-host-ports.ts';
import { statusesOn } from '../../../helpers/kubernetes.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('k8s-host-ports', () => {
  describe('conformance', () => {
    it('fails both Kubescape container-hostPort inputs (hostPort 8086 on a CronJob and a Pod)', () => {
      expect(statusesOn(rule, `${CONFORMANCE}/kubescape/container-hostPort/cronjob`)).toEqual({ hello: 'fail' });
      expect(statusesOn(rule, `${CONFORMANCE}/kubescape/container-hostPort/pod`)).toEqual({ influxdb: 'fail' });
    });

    it('agrees with Polaris hostPortSet', () => {
      expect(statusesOn(rule, `${CONFORMANCE}/polaris/hostPortSet/failure.yaml`)).toEqual({ nginx: 'fail' });
      expect(statusesOn(rule, `${CONFORMANCE}/polaris/hostPortSet/success.yaml`)).toEqual({ nginx: 'pass' });
    });
  });
});
