import { describe, expect, it } from 'vitest';
import { nodeHolderOf } from '../../../src/adapters/arm/network-egress.ts';
import { withSubnetReferences } from '../../../src/adapters/arm/network.ts';
import { adaptPrivateEndpoints } from '../../../src/adapters/arm/private-link.ts';
import { ArmIndex } from '../../../src/adapters/arm/index-resources.ts';
import { collectArmResources } from '../../../src/adapters/arm/collect-resources.ts';
import { AKS_SUBNET_ID, subnet, vnet } from '../../helpers/network.ts';
import { redisCache } from '../../helpers/redis.ts';
import { cluster, pool, state, SUB } from '../../helpers/state.ts';

const NET = `/subscriptions/${SUB}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks`;

describe('network joins the ARM adapter resolves, so rules compare identities only', () => {
  it('places each subnet the estate names but does not hold in the VNet its id names, once, case-insensitively', () => {
    const redisSubnet = `${NET}/vnet-cache/subnets/snet-redis`;
    const s = withSubnetReferences(
      state({
        clusters: [cluster({ agentPools: [pool({ vnetSubnetId: `${NET}/vnet-spoke/subnets/snet-nodes` }), pool({ name: 'user', vnetSubnetId: `${NET}/VNET-SPOKE/subnets/SNET-NODES` })] })],
        redisCaches: [redisCache({ subnetId: redisSubnet })],
      }),
    );
    expect(s.network.subnetReferences).toEqual([
      { id: `${NET}/vnet-spoke/subnets/snet-nodes`, name: 'snet-nodes', virtualNetwork: { id: `${NET}/vnet-spoke`, name: 'vnet-spoke' } },
      { id: redisSubnet, name: 'snet-redis', virtualNetwork: { id: `${NET}/vnet-cache`, name: 'vnet-cache' } },
    ]);
  });

  it('adds no reference for a subnet the input holds, or an id that names no subnet', () => {
    const held = withSubnetReferences(state({ clusters: [cluster({ agentPools: [pool({ vnetSubnetId: AKS_SUBNET_ID })] })], network: { ...state().network, virtualNetworks: [vnet([subnet()])] } }));
    expect(held.network.subnetReferences).toEqual([]);
    const odd = withSubnetReferences(state({ clusters: [cluster({ agentPools: [pool({ vnetSubnetId: 'module.net.azurerm_subnet.nodes' })] })] }));
    expect(odd.network.subnetReferences).toEqual([]);
  });

  it("gives a private endpoint its subnet's VNet, named", () => {
    const doc = { id: `/subscriptions/${SUB}/resourceGroups/rg-net/providers/Microsoft.Network/privateEndpoints/pe-kv`, name: 'pe-kv', type: 'Microsoft.Network/privateEndpoints', properties: { subnet: { id: `${NET}/vnet-hub/subnets/snet-pe` } } };
    const [endpoint] = adaptPrivateEndpoints(new ArmIndex(collectArmResources(doc, 'pe.json', 'file:pe.json').resources));
    expect(endpoint).toMatchObject({ subnetId: `${NET}/vnet-hub/subnets/snet-pe`, virtualNetwork: { id: `${NET}/vnet-hub`, name: 'vnet-hub' } });
  });

  it('names the node a public IP is attached to, and none for a load balancer frontend', () => {
    const group = `/subscriptions/${SUB}/resourceGroups/MC_rg_aks_westeurope/providers`;
    expect(nodeHolderOf(`${group}/Microsoft.Compute/virtualMachineScaleSets/aks-user-vmss/virtualMachines/3/networkInterfaces/nic/ipConfigurations/ipconfig1`)).toBe('scale set aks-user-vmss instance 3');
    expect(nodeHolderOf(`${group}/Microsoft.Network/networkInterfaces/nic-0/ipConfigurations/ipconfig1`)).toBe('network interface nic-0');
    expect(nodeHolderOf(`${group}/Microsoft.Network/loadBalancers/kubernetes/frontendIPConfigurations/a1`)).toBeNull();
    expect(nodeHolderOf(null)).toBeNull();
  });
});
