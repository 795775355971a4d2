import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/aks/aks-pod-identity-disabled.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('aks-pod-identity-disabled', () => {
  it('fails cluster-L of the PSRule inputs, the only one with podIdentityProfile.enabled', () => {
    const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.AKS.json`));
    expect(findings.filter((f) => f.status === 'fail').map((f) => f.resource.name)).toEqual(['cluster-L']);
  });
});
