import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/network/network-aks-subnet-nsg.ts';
import type { NetworkState } from '../../../src/state/network.ts';
import { AKS_SUBNET_ID, nsg, subnet, vnet } from '../../helpers/network.ts';
import { cluster, only, pool, run, state } from '../../helpers/state.ts';

const network = (parts: Partial<NetworkState>): NetworkState => ({ ...state().network, ...parts });
const verdict = (parts: Partial<NetworkState>, c = cluster()) => only(run(rule, state({ clusters: [c], network: network(parts) })));

describe('network-aks-subnet-nsg', () => {
  it('passes when the node subnet names its NSG', () => {
    const f = verdict({ virtualNetworks: [vnet()] });
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/vnet-prod\/snet-aks/);
    expect(f.evidence[0]).toMatchObject({ path: expect.stringMatching(/vnet-prod#properties\.subnets\[0\]\.networkSecurityGroup\.id$/) });
  });

  it('passes when an NSG body lists the subnet although the subnet does not say', () => {
    const listed = nsg([], { subnetIds: [AKS_SUBNET_ID.toUpperCase()] });
    expect(verdict({ virtualNetworks: [vnet([subnet({ networkSecurityGroupId: null })])], networkSecurityGroups: [listed] }).status).toBe('pass');
  });

  it('is unknown when a pool does not state vnetSubnetID beside pools that do: its subnet is not the AKS-managed one', () => {
    const c = cluster({ agentPools: [pool(), pool({ name: 'user', mode: 'User', vnetSubnetId: null })] });
    const f = verdict({ virtualNetworks: [vnet()] }, c);
    expect(f).toMatchObject({ status: 'unknown', message: expect.stringMatching(/vnetSubnetID of pool\(s\) user is not stated/) });
  });

  it('fails a node subnet without an NSG, naming it, with the evidence noting the default', () => {
    const v = vnet([subnet({ networkSecurityGroupId: false })]);
    v.provenance.defaulted.push('subnets[snet-aks].networkSecurityGroupId');
    const f = verdict({ virtualNetworks: [v] });
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(/without a network security group: vnet-prod\/snet-aks/);
    expect(f.evidence[0]).toMatchObject({ value: null, note: expect.stringMatching(/has none/) });
  });

  it('fails when one of several node subnets lacks an NSG', () => {
    const other = `${AKS_SUBNET_ID}-user`;
    const c = cluster({ agentPools: [pool(), pool({ name: 'user', vnetSubnetId: other })] });
    const f = verdict({ virtualNetworks: [vnet([subnet(), subnet({ id: other, name: 'snet-aks-user', networkSecurityGroupId: false })])] }, c);
    expect(f.message).toMatch(/snet-aks-user/);
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
