import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/network/network-nsg-management-ports-closed.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('network-nsg-management-ports-closed', () => {
  describe('PSRule conformance (Resources.VirtualNetwork.json)', () => {
    const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.VirtualNetwork.json`));
    it.each([
      ['nsg-A', 'pass'], // RDP only from an application security group
      ['nsg-B', 'fail'], // RDP 3389 from *
      ['nsg-C', 'pass'], // only private sources, behind a Deny * at priority 200
      ['nsg-D', 'pass'], // outbound only
      ['nsg-E', 'pass'],
    ])('%s: %s', (name, status) => {
      expect(only(findings, name).status).toBe(status);
    });
    it('gives the id-less AKS NSGs no finding (they are template data, not deployed resources)', () => {
      expect(findings).toHaveLength(5);
    });
  });
});
