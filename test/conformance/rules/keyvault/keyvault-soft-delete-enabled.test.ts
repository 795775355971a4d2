import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/keyvault/keyvault-soft-delete-enabled.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('keyvault-soft-delete-enabled', () => {
  describe('PSRule conformance (Resources.KeyVault.json)', () => {
    const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.KeyVault.json`));
    it.each([
      ['keyvault-A', 'pass'],
      ['keyvault-B', 'fail'],
      ['keyvault-C', 'pass'],
      ['keyvault-D', 'pass'],
      ['keyvault-E', 'pass'],
      ['keyvault-F', 'pass'],
      ['keyvault-G', 'pass'],
      ['keyvault-H', 'pass'],
    ])('%s: %s', (name, status) => {
      expect(only(findings, name).status).toBe(status);
    });
  });
});
