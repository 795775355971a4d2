import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/kubernetes/k8s-rbac-wildcards.ts';
import { statusesOn } from '../../../helpers/kubernetes.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('k8s-rbac-wildcards', () => {
  it('on the Polaris clusterrolebindingClusterAdmin inputs, fails every role with a wildcard, including those Polaris passes for not being admin', () => {
    const dir = `${CONFORMANCE}/polaris/clusterrolebindingClusterAdmin`;
    expect(statusesOn(rule, `${dir}/failure.wildcards.yaml`)).toEqual({ test: 'fail', 'test/not-used': 'pass' });
    expect(statusesOn(rule, `${dir}/success.explicit_verbs.yaml`)).toEqual({ test: 'fail', 'test/not-used': 'pass' });
    expect(statusesOn(rule, `${dir}/success.allow_unrelated_perms.yaml`)).toEqual({ test: 'pass' });
  });
});
