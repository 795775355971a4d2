import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/aks/aks-host-encryption-enabled.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('aks-host-encryption-enabled', () => {
  describe('PSRule conformance (Resources.AKS.json)', () => {
    // PSRule has no host-encryption rule; no pool in the file sets enableEncryptionAtHost, so the API default (false) fails them all.
    const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.AKS.json`));
    it('fails every cluster, naming its pools', () => {
      expect(findings.map((f) => f.status)).toEqual(Array(11).fill('fail'));
      expect(only(findings, 'cluster-L').message).toMatch(/system-L, user-L/);
    });
  });
});
