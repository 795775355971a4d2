import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/network/network-nsg-internet-inbound-restricted.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('network-nsg-internet-inbound-restricted', () => {
  describe('PSRule conformance (Resources.VirtualNetwork.json)', () => {
    const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.VirtualNetwork.json`));
    it.each([
      ['nsg-A', 'pass'],
      ['nsg-B', 'fail'],
      ['nsg-C', 'pass'],
      ['nsg-D', 'pass'],
      ['nsg-E', 'pass'],
    ])('%s: %s', (name, status) => {
      expect(only(findings, name).status).toBe(status);
    });
  });
});
