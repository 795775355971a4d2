import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/aks/aks-host-encryption-enabled.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('aks-host-encryption-enabled', () => {
  describe('PSRule conformance (Resources.AKS.json)', () => {
    // PSRule has no host-encryption rule; no pool in the file sets enableEncryptionAtHost, so the API default (false) fails them all.
    const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.AKS.json`));
    it('fails every pool of every cluster', () => {
      expect(new Set(findings.map((f) => f.status))).toEqual(new Set(['fail']));
      expect(new Set(findings.map((f) => f.resource.parent?.name)).size).toBe(11);
      expect(findings.filter((f) => f.resource.parent?.name === 'cluster-L').map((f) => f.resource.name)).toEqual(['system-L', 'user-L']);
    });
  });
});
