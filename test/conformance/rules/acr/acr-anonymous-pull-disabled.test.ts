import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/acr/acr-anonymous-pull-disabled.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('acr-anonymous-pull-disabled', () => {
  describe('PSRule conformance (Resources.ACR.json)', () => {
    it('fails registry-B (anonymousPullEnabled true) and passes every other registry', () => {
      const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.ACR.json`));
      expect(findings.filter((f) => f.status === 'fail').map((f) => f.resource.name)).toEqual(['registry-B']);
      // PSRule skips registry-A (Basic SKU cannot enable anonymous pull); here it passes: the setting is off.
      expect(only(findings, 'registry-A').status).toBe('pass');
      expect(findings.filter((f) => f.status === 'pass')).toHaveLength(18);
    });
  });
});
