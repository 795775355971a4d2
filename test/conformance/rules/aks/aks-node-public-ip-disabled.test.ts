import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/aks/aks-node-public-ip-disabled.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { clusterStatus, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('aks-node-public-ip-disabled', () => {
  describe('PSRule conformance (Resources.AKS.json)', () => {
    // No pool in the file sets enableNodePublicIP; every cluster is a complete export, so the API default (false) applies.
    const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.AKS.json`));
    it.each(['cluster-A', 'cluster-B', 'cluster-C', 'cluster-D', 'cluster-F', 'cluster-G', 'cluster-H', 'cluster-I', 'cluster-J', 'cluster-K', 'cluster-L'])('%s passes on the API default', (name) => {
      const pools = findings.filter((f) => f.resource.parent?.name === name);
      expect(pools.length).toBeGreaterThan(0);
      expect(clusterStatus(findings, name)).toBe('pass');
      expect(pools.every((f) => f.evidence.every((e) => /API default/.test(e.note ?? '')))).toBe(true);
    });
  });
});
