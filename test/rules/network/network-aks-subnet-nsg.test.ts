import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/network/network-aks-subnet-nsg.ts';
import type { NetworkState } from '../../../src/state/network.ts';
import { AKS_SUBNET_ID, NSG_ID, nsg, subnet, vnet } from '../../helpers/network.ts';
import { cluster, only, pool, run, state } from '../../helpers/state.ts';

const network = (parts: Partial<NetworkState>): NetworkState => ({ ...state().network, ...parts });
const findings = (parts: Partial<NetworkState>, c = cluster()) => run(rule, state({ clusters: [c], network: network(parts) }));
const verdict = (parts: Partial<NetworkState>, c = cluster()) => only(findings(parts, c));

describe('network-aks-subnet-nsg', () => {
  it('passes the node subnet that names its NSG: the finding is on the subnet, grouped under the cluster', () => {
    const f = verdict({ virtualNetworks: [vnet()], networkSecurityGroups: [nsg([])] });
    expect(f).toMatchObject({ status: 'pass', resource: { id: AKS_SUBNET_ID, name: 'snet-aks', parent: { name: 'aks-prod' } } });
    expect(f.message).toMatch(/vnet-prod\/snet-aks.*network security group nsg-aks/);
    expect(f.evidence[0]).toMatchObject({ path: 'properties.subnets[0].networkSecurityGroup.id', value: NSG_ID });
  });

  it('passes when an NSG body lists the subnet although the subnet does not say', () => {
    const listed = nsg([], { subnetIds: [AKS_SUBNET_ID.toUpperCase()] });
    expect(verdict({ virtualNetworks: [vnet([subnet({ networkSecurityGroupId: null })])], networkSecurityGroups: [listed] }).status).toBe('pass');
  });

  it('is unknown when a pool does not state vnetSubnetID beside pools that do: its subnet is not the AKS-managed one', () => {
    const c = cluster({ agentPools: [pool(), pool({ name: 'user', mode: 'User', vnetSubnetId: null })] });
    const all = findings({ virtualNetworks: [vnet()] }, c);
    expect(only(all, 'snet-aks').status).toBe('pass');
    expect(only(all, 'aks-prod')).toMatchObject({ status: 'unknown', message: expect.stringMatching(/vnetSubnetID of pool\(s\) user is not stated/) });
  });

  it('fails a node subnet without an NSG, naming it, with the evidence noting the default', () => {
    const bare = subnet({ networkSecurityGroupId: false });
    bare.provenance.defaulted.push('networkSecurityGroupId');
    const f = verdict({ virtualNetworks: [vnet([bare])] });
    expect(f).toMatchObject({ status: 'fail', severity: 'medium', resource: { id: AKS_SUBNET_ID, parent: { name: 'aks-prod' } } });
    expect(f.message).toMatch(/subnet vnet-prod\/snet-aks, which has no network security group/);
    expect(f.evidence[0]).toMatchObject({ value: null, note: expect.stringMatching(/has none/) });
    expect(verdict({ virtualNetworks: [vnet([subnet({ networkSecurityGroupId: false })])] }).evidence[0]).toMatchObject({ value: null, note: 'stated as none by the source' });
  });

  it('fails when one of several node subnets lacks an NSG', () => {
    const other = `${AKS_SUBNET_ID}-user`;
    const c = cluster({ agentPools: [pool(), pool({ name: 'user', vnetSubnetId: other })] });
    const all = findings({ virtualNetworks: [vnet([subnet(), subnet({ id: other, name: 'snet-aks-user', networkSecurityGroupId: false })])] }, c);
    expect(all.map((f) => [f.resource.name, f.status])).toEqual([
      ['snet-aks', 'pass'],
      ['snet-aks-user', 'fail'],
    ]);
  });

  it('is unknown, naming the subnet, when the subnet is not in the input', () => {
    const f = verdict({});
    expect(f.status).toBe('unknown');
    expect(f.message).toContain(AKS_SUBNET_ID);
  });

  it('is unknown when the association is not stated and no NSG lists the subnet', () => {
    expect(verdict({ virtualNetworks: [vnet([subnet({ networkSecurityGroupId: null })])] }).status).toBe('unknown');
  });

  it('is unknown when the pools are not stated', () => {
    expect(verdict({}, cluster({ agentPools: null })).status).toBe('unknown');
  });

  it('does not apply to a cluster on an AKS-managed virtual network', () => {
    const f = verdict({}, cluster({ agentPools: [pool({ vnetSubnetId: null })] }));
    expect(f.status).toBe('not-applicable');
    expect(f.message).toMatch(/AKS-managed virtual network/);
  });
});
