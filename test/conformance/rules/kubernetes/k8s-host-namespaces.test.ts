import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/kubernetes/k8s-host-namespaces.ts';
import { statusesOn } from '../../../helpers/kubernetes.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('k8s-host-namespaces', () => {
  describe('conformance', () => {
    it.each(['host-ipc-privileges', 'host-network-access', 'host-pid-ipc-privileges', 'host-pid-privileges'])('fails every object of the Kubescape %s inputs', (control) => {
      // Every input sets one of the three: the CronJob hostIPC, hostNetwork or hostPID; the Pod
      // hostNetwork (plus hostIPC or hostPID); the Deployment hostIPC+hostPID or hostNetwork.
      // The peer's rules each look at one field; this rule fails on any of them.
      expect(statusesOn(rule, `${CONFORMANCE}/kubescape/${control}`)).toEqual({ hello: 'fail', test: 'fail', 'my-deployment': 'fail' });
    });

    it.each(['hostIPCSet', 'hostPIDSet', 'hostNetworkSet'])('agrees with Polaris %s: failure.yaml fails, success.yaml (set to false) passes', (check) => {
      expect(statusesOn(rule, `${CONFORMANCE}/polaris/${check}/failure.yaml`)).toEqual({ nginx: 'fail' });
      expect(statusesOn(rule, `${CONFORMANCE}/polaris/${check}/success.yaml`)).toEqual({ nginx: 'pass' });
    });
  });
});
