import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/keyvault/keyvault-public-network-restricted.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('keyvault-public-network-restricted', () => {
  describe('PSRule conformance (Resources.KeyVault.json)', () => {
    const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.KeyVault.json`));
    it.each([
      // Only A has a firewall (Deny, no rules); the others have no networkAcls and public access at its default.
      ['keyvault-A', 'pass'],
      ['keyvault-B', 'fail'],
      ['keyvault-C', 'fail'],
      ['keyvault-D', 'fail'],
      ['keyvault-E', 'fail'],
      ['keyvault-F', 'fail'],
      ['keyvault-G', 'fail'],
      ['keyvault-H', 'fail'],
    ])('%s: %s', (name, status) => {
      expect(only(findings, name).status).toBe(status);
    });
  });
});
