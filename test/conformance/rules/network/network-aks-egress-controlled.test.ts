import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/network/network-aks-egress-controlled.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { cluster, only, pool, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('network-aks-egress-controlled', () => {
  describe('PSRule conformance (Resources.VirtualNetwork.json, with a cluster placed in its subnets)', () => {
    // PSRule has no egress rule; route-A (no routes) is the route table of vnet-A's subnets.
    const s = stateOf(`${CONFORMANCE}/psrule/Resources.VirtualNetwork.json`);
    const subnetA = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg/providers/Microsoft.Network/virtualNetworks/vnet-A/subnets/subnet-A';
    it('fails a UDR cluster in vnet-A/subnet-A: route-A has no default route', () => {
      const f = only(run(rule, { ...s, clusters: [cluster({ agentPools: [pool({ vnetSubnetId: subnetA })] })] }), 'subnet-A');
      expect(f.status).toBe('fail');
      expect(f.message).toMatch(/route-A .* has no 0.0.0.0\/0 route/);
    });
  });
});
