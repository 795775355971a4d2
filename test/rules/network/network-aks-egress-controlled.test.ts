import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/network/network-aks-egress-controlled.ts';
import type { NetworkState } from '../../../src/state/network.ts';
import { route, routeTable, subnet, vnet } from '../../helpers/network.ts';
import { cluster, only, pool, run, state } from '../../helpers/state.ts';

const network = (parts: Partial<NetworkState>): NetworkState => ({ ...state().network, ...parts });
const findings = (parts: Partial<NetworkState>, c = cluster(), params = {}) => run(rule, state({ clusters: [c], network: network(parts) }), params);
/** The cluster's own finding: its outbound type, and whether its subnets could be followed. */
const verdict = (parts: Partial<NetworkState>, c = cluster(), params = {}) => only(findings(parts, c, params), c.name);
/** The node subnet's finding: its route table or NAT gateway, grouped under the cluster. */
const onSubnet = (parts: Partial<NetworkState>, c = cluster(), params = {}) => only(findings(parts, c, params), 'snet-aks');
const routed = { virtualNetworks: [vnet()], routeTables: [routeTable()] };
const outbound = (outboundType: string | null) => cluster({ network: { outboundType } });

describe('network-aks-egress-controlled', () => {
  it('passes user-defined routing whose default route goes to a firewall appliance', () => {
    expect(verdict(routed).status).toBe('pass');
    const f = onSubnet(routed);
    expect(f).toMatchObject({ status: 'pass', resource: { name: 'snet-aks', parent: { name: 'aks-prod' } } });
    expect(f.evidence).toContainEqual(expect.objectContaining({ path: expect.stringMatching(/rt-egress#properties\.routes$/), value: expect.objectContaining({ nextHopType: 'VirtualAppliance', nextHopIpAddress: '10.0.0.4' }) }));
  });

  it.each(['loadBalancer', 'none'])('fails outbound type %s', (type) => {
    const f = verdict(routed, outbound(type));
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toContain(`outbound type ${type}`);
  });

  it.each(['managedNATGateway', 'block'])('passes outbound type %s without looking at subnets', (type) => {
    expect(verdict({}, outbound(type)).status).toBe('pass');
  });

  it('is unknown when a pool does not state vnetSubnetID beside pools that do', () => {
    const f = verdict(routed, cluster({ agentPools: [pool(), pool({ name: 'user', mode: 'User', vnetSubnetId: null })] }));
    expect(f).toMatchObject({ status: 'unknown', message: expect.stringMatching(/vnetSubnetID of pool\(s\) user is not stated/) });
  });

  it('fails a default route to the Internet', () => {
    const f = onSubnet({ ...routed, routeTables: [routeTable([route({ nextHopType: 'Internet', nextHopIpAddress: null })])] });
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/sends 0.0.0.0\/0 to Internet, not a firewall/);
  });

  it('fails a route table without a default route, and a subnet without a route table', () => {
    expect(onSubnet({ ...routed, routeTables: [routeTable([route({ addressPrefix: '10.0.0.0/8' })])] }).message).toMatch(/has no 0.0.0.0\/0 route/);
    expect(onSubnet({ virtualNetworks: [vnet([subnet({ routeTableId: false })])] }).message).toMatch(/has no route table/);
  });

  it('accepts forced tunnelling when VirtualNetworkGateway is an allowed next hop', () => {
    const tunnelled = { ...routed, routeTables: [routeTable([route({ nextHopType: 'VirtualNetworkGateway', nextHopIpAddress: null })])] };
    expect(onSubnet(tunnelled).status).toBe('fail');
    expect(onSubnet(tunnelled, cluster(), { allowedNextHopTypes: ['VirtualAppliance', 'VirtualNetworkGateway'] }).status).toBe('pass');
  });

  it('honours allowedOutboundTypes', () => {
    expect(verdict({}, outbound('loadBalancer'), { allowedOutboundTypes: ['loadBalancer'] }).status).toBe('pass');
  });

  it('checks the NAT gateway of every node subnet for userAssignedNATGateway', () => {
    const nat = outbound('userAssignedNATGateway');
    expect(onSubnet({ virtualNetworks: [vnet([subnet({ natGatewayId: '/subscriptions/x/resourceGroups/rg-net/providers/Microsoft.Network/natGateways/ng' })])] }, nat).status).toBe('pass');
    expect(onSubnet({ virtualNetworks: [vnet([subnet({ natGatewayId: false })])] }, nat).message).toMatch(/has no NAT gateway/);
    expect(onSubnet({ virtualNetworks: [vnet([subnet({ natGatewayId: null })])] }, nat).status).toBe('unknown');
  });

  it.each([
    ['the outbound type is not stated', {}, outbound(null), /outboundType is not stated/],
    ['the subnet is not in the input', {}, cluster(), /is not in the input/],
    ['the route table is not in the input', { virtualNetworks: [vnet()] }, cluster(), /route table .*rt-egress of subnet vnet-prod\/snet-aks is not in the input/],
    ['the routes are not stated', { virtualNetworks: [vnet()], routeTables: [routeTable(null)] }, cluster(), /routes of route table rt-egress are not stated/],
    ['the subnet route table is not stated', { virtualNetworks: [vnet([subnet({ routeTableId: null })])] }, cluster(), /route table of subnet vnet-prod\/snet-aks is not stated/],
    ['no pool names its subnet', routed, cluster({ agentPools: [pool({ vnetSubnetId: null })] }), /vnetSubnetID is not stated/],
  ])('is unknown when %s: on the subnet when it is in the input, else on the cluster', (_, parts, c, reason) => {
    const unknown = findings(parts, c).filter((f) => f.status === 'unknown');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.message).toMatch(reason);
  });
});
