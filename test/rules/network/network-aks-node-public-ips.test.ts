import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/network/network-aks-node-public-ips.ts';
import { PUBLIC_IP } from '../../../src/adapters/arm/network-egress.ts';
import type { CoverageEntry } from '../../../src/state/coverage.ts';
import type { PublicIpAddress } from '../../../src/state/network.ts';
import { publicIp } from '../../helpers/network.ts';
import { cluster, only, run, state, SUB } from '../../helpers/state.ts';

const NODE_RG = 'MC_rg-prod_aks-prod_westeurope';
const inNodeRg = (path: string) => `/subscriptions/${SUB}/resourceGroups/${NODE_RG}/providers/${path}`;
const NIC = inNodeRg('Microsoft.Network/networkInterfaces/aks-nodepool1-12345678-nic-0/ipConfigurations/ipconfig1');
const VMSS = inNodeRg('Microsoft.Compute/virtualMachineScaleSets/aks-user-12345678-vmss/virtualMachines/3/networkInterfaces/aks-user-12345678-vmss/ipConfigurations/ipconfig1');
const LB = inNodeRg('Microsoft.Network/loadBalancers/kubernetes/frontendIPConfigurations/a1b2c3');
/** The node resource group's public IPs were listed (an export of that group, or a live read). */
const NODE_RG_READ: CoverageEntry = { subscriptionId: SUB, resourceGroup: NODE_RG.toLowerCase(), types: [PUBLIC_IP], read: true };
const verdict = (ips: PublicIpAddress[], c = cluster(), coverage = [NODE_RG_READ]) => only(run(rule, state({ clusters: [c], network: { ...state().network, publicIpAddresses: ips }, coverage })));

describe('network-aks-node-public-ips', () => {
  it('passes when the node resource group holds only load balancer frontends and unattached addresses', () => {
    const f = verdict([publicIp('kubernetes-a1b2c3', NODE_RG, LB), publicIp('spare', NODE_RG, null)]);
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/2 read from it/);
  });

  it.each([
    ['a network interface', NIC, /pip-node \(20\.0\.0\.1\) on network interface aks-nodepool1-12345678-nic-0/],
    ['a scale set instance', VMSS, /pip-node \(20\.0\.0\.1\) on scale set aks-user-12345678-vmss instance 3/],
  ])('fails a public IP attached to %s, naming it', (_, ipConfiguration, message) => {
    const f = verdict([publicIp('pip-node', NODE_RG, ipConfiguration), publicIp('kubernetes-a1b2c3', NODE_RG, LB)]);
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toMatch(message);
    expect(f.evidence).toContainEqual({ path: expect.stringMatching(/pip-node#properties\.ipConfiguration\.id$/), value: ipConfiguration });
  });

  it('matches the node resource group case-insensitively, and only in the cluster subscription', () => {
    expect(verdict([publicIp('pip-node', NODE_RG.toLowerCase(), NIC)]).status).toBe('fail');
    expect(verdict([{ ...publicIp('pip-node', NODE_RG, NIC), subscriptionId: 'another' }]).status).toBe('pass');
  });

  it('ignores node public IPs of other resource groups', () => {
    expect(verdict([publicIp('vm-jumpbox-pip', 'rg-tools', NIC)]).status).toBe('pass');
  });

  it('is unknown when an address in the node resource group may be attached to anything', () => {
    const f = verdict([publicIp('pip-x', NODE_RG, null, { attached: null })]);
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/pip-x/);
  });

  it('is unknown, naming what was not read, when the node resource group\'s public IPs were not read', () => {
    const none = verdict([], cluster(), []);
    expect(none.status).toBe('unknown');
    expect(none.message).toMatch(new RegExp(`holds no ${PUBLIC_IP} from resource group ${NODE_RG}`));
    // Another group's addresses say nothing about the node resource group.
    const elsewhere: CoverageEntry = { ...NODE_RG_READ, resourceGroup: 'rg-tools' };
    expect(verdict([], cluster(), [elsewhere]).status).toBe('unknown');
  });

  it('a refused read of the networking family never passes; what it did find still fails', () => {
    const refused: CoverageEntry = { subscriptionId: SUB, types: [PUBLIC_IP], read: false, code: 'forbidden', reason: 'networking: does not have authorization' };
    const f = verdict([], cluster(), [refused]);
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/could not be read \(forbidden: networking: does not have authorization\)/);
    expect(verdict([publicIp('pip-node', NODE_RG, NIC)], cluster(), [refused]).status).toBe('fail');
    // A whole-subscription read covers the node resource group.
    expect(verdict([], cluster(), [{ ...refused, read: true }]).status).toBe('pass');
  });

  it('is unknown when the node resource group is not stated', () => {
    const f = verdict([publicIp('pip-node', NODE_RG, NIC)], cluster({ nodeResourceGroup: null }));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/nodeResourceGroup is not stated/);
  });
});
