import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/keyvault/keyvault-access-policies-least-privilege.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('keyvault-access-policies-least-privilege', () => {
  describe('PSRule conformance (Resources.KeyVault.json)', () => {
    const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.KeyVault.json`));
    it.each([
      ['keyvault-A', 'pass'], // get/list/set only
      ['keyvault-B', 'fail'], // keys and certificates All, secrets Purge, on access policies
      ['keyvault-C', 'not-applicable'], // Azure RBAC
      ['keyvault-D', 'pass'], // no policies
      ['keyvault-E', 'pass'],
      ['keyvault-F', 'pass'],
      ['keyvault-G', 'pass'],
      ['keyvault-H', 'not-applicable'], // Azure RBAC
    ])('%s: %s', (name, status) => {
      expect(only(findings, name).status).toBe(status);
    });
  });
});
