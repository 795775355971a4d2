import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/network/network-aks-subnet-nsg.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { cluster, only, pool, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('network-aks-subnet-nsg', () => {
  describe('PSRule conformance (Resources.VirtualNetwork.json, with a cluster placed in its subnets)', () => {
    const s = stateOf(`${CONFORMANCE}/psrule/Resources.VirtualNetwork.json`);
    const id = (v: string, sn: string) => `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg/providers/Microsoft.Network/virtualNetworks/${v}/subnets/${sn}`;
    const inSubnets = (...ids: string[]) => only(run(rule, { ...s, clusters: [cluster({ agentPools: ids.map((vnetSubnetId, i) => pool({ name: `p${i}`, vnetSubnetId })) })] }));
    it.each([
      // Azure.VNET.UseNSGs passes vnet-A: every workload subnet has nsg-A.
      ['vnet-A/subnet-A', [id('vnet-A', 'subnet-A')], 'pass'],
      // It fails vnet-B for subnet-B (no NSG); subnet-A of the same VNet has one.
      ['vnet-B/subnet-A', [id('vnet-B', 'subnet-A')], 'pass'],
      ['vnet-B/subnet-B', [id('vnet-B', 'subnet-B')], 'fail'],
      // vnet-E's subnets are separate child resources: subnet-A has nsg-A, subnet-B none (PSRule fails vnet-E for it).
      ['vnet-E/subnet-A (child resource)', [id('vnet-E', 'subnet-A')], 'pass'],
      ['vnet-E/subnet-B (child resource)', [id('vnet-E', 'subnet-B')], 'fail'],
      // vnet-H's subnets carry malformed ids (no virtualNetworks segment): no VNet holds them here.
      ['vnet-H/subnet-A (malformed id in the input)', [id('vnet-H', 'subnet-A')], 'unknown'],
    ])('%s: %s', (_, ids, status) => {
      expect(inSubnets(...ids).status).toBe(status);
    });
  });
});
