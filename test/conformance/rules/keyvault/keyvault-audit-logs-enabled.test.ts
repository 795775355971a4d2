import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/keyvault/keyvault-audit-logs-enabled.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('keyvault-audit-logs-enabled', () => {
  describe('PSRule conformance (Resources.KeyVault.json)', () => {
    const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.KeyVault.json`));
    it.each([
      ['keyvault-A', 'pass'], // AuditEvent to a workspace
      ['keyvault-B', 'unknown'], // exported without child resources; PSRule fails it
      ['keyvault-C', 'fail'], // AuditEvent disabled
      ['keyvault-D', 'fail'], // metrics only
      ['keyvault-E', 'fail'], // audit group disabled
      ['keyvault-F', 'pass'], // audit group
      ['keyvault-G', 'fail'], // allLogs disabled
      ['keyvault-H', 'pass'], // allLogs
    ])('%s: %s', (name, status) => {
      expect(only(findings, name).status).toBe(status);
    });
  });
});
