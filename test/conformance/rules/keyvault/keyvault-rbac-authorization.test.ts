import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/keyvault/keyvault-rbac-authorization.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('keyvault-rbac-authorization', () => {
  describe('PSRule conformance (Resources.KeyVault.json)', () => {
    const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.KeyVault.json`));
    it.each([
      // A, D, E, F and G omit the property and their api-version: unknown here, a fail in PSRule.
      ['keyvault-A', 'unknown'],
      ['keyvault-B', 'fail'],
      ['keyvault-C', 'pass'],
      ['keyvault-D', 'unknown'],
      ['keyvault-E', 'unknown'],
      ['keyvault-F', 'unknown'],
      ['keyvault-G', 'unknown'],
      ['keyvault-H', 'pass'],
    ])('%s: %s', (name, status) => {
      expect(only(findings, name).status).toBe(status);
    });
  });
});
