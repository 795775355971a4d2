import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/compute/compute-vm-management-ports-exposed.ts';
import type { NetworkSecurityGroup, PublicIpAddress, Subnet } from '../../../src/state/network.ts';
import type { NetworkInterface, VirtualMachine } from '../../../src/state/virtual-machine.ts';
import { AKS_SUBNET_ID, NSG_ID, nsg, publicIp, securityRule, subnet, vnet } from '../../helpers/network.ts';
import { only, run, state } from '../../helpers/state.ts';
import { bastion, ipConfiguration, nic, nicId, publicIpId, vm } from '../../helpers/virtual-machine.ts';

const NIC_NSG_ID = NSG_ID.replace('nsg-aks', 'nsg-jump');
const ssh = securityRule({ name: 'allow-ssh', destinationPortRanges: ['22'], sourceAddressPrefixes: ['*'], priority: 100 });
const subnetNsg = (rules = [ssh]) => nsg(rules);
const nicNsg = (rules = [securityRule()]) => nsg(rules, { id: NIC_NSG_ID, name: 'nsg-jump' });
const withPublicIp = (overrides: Partial<NetworkInterface> = {}) => nic([ipConfiguration({ publicIpAddressId: publicIpId('pip-jump') })], overrides);

interface Estate {
  vms?: VirtualMachine[];
  nics?: NetworkInterface[];
  nsgs?: NetworkSecurityGroup[];
  subnets?: Subnet[] | null;
  publicIps?: PublicIpAddress[];
  bastions?: boolean;
}

function verdict({ vms = [vm()], nics = [nic()], nsgs = [subnetNsg()], subnets = [subnet()], publicIps = [], bastions = false }: Estate = {}, params = {}) {
  const network = vnet(subnets);
  return only(
    run(
      rule,
      state({
        virtualMachines: vms,
        network: { ...state().network, virtualNetworks: subnets === null ? [] : [network], networkInterfaces: nics, networkSecurityGroups: nsgs, publicIpAddresses: publicIps, bastionHosts: bastions ? [bastion(network.id)] : [] },
      }),
      params,
    ),
  );
}

describe('compute-vm-management-ports-exposed', () => {
  it('passes a VM without a public IP, naming the Bastion host serving its VNet', () => {
    const f = verdict({ bastions: true });
    expect(f.status).toBe('pass');
    expect(f.message).toBe('VM vm-jump has no public IP address; management through Azure Bastion bas-prod');
  });

  it('passes a VM without a public IP and no Bastion host, even when its subnet NSG admits SSH from the Internet', () => {
    expect(verdict().message).toMatch(/no public IP address; management goes through Azure Bastion or a jump host/);
  });

  it('fails a public IP on which the subnet NSG admits SSH from anywhere and the interface has no NSG', () => {
    const f = verdict({ nics: [withPublicIp()] });
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toMatch(/network interface nic-jump \(ipconfig1\), public IP pip-jump: 22 admitted \(NSG nsg-aks: allow-ssh \(priority 100\) admits 22 from \*\)/);
    expect(f.evidence).toContainEqual(expect.objectContaining({ path: `${NSG_ID}#properties.securityRules[0]` }));
  });

  it('fails a public IP that only the address body places on the interface', () => {
    const claimed = publicIp('pip-jump', 'rg-ops', `${nicId('nic-jump')}/ipConfigurations/ipconfig1`);
    expect(verdict({ nics: [nic()], publicIps: [claimed] }).status).toBe('fail');
  });

  it('finds interfaces that name the VM when the VM does not list them', () => {
    expect(verdict({ vms: [vm({ networkInterfaceIds: [] })], nics: [withPublicIp()] }).status).toBe('fail');
  });

  it('passes when the interface NSG closes what the subnet NSG opens: both must admit a port', () => {
    const f = verdict({ nics: [withPublicIp({ networkSecurityGroupId: NIC_NSG_ID })], nsgs: [subnetNsg(), nicNsg()] });
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/public IP pip-jump behind NSG nsg-aks and nsg-jump/);
  });

  it('fails when an NSG body lists the interface and admits RDP', () => {
    const rdp = securityRule({ name: 'allow-rdp', destinationPortRanges: ['3389'] });
    const f = verdict({ nics: [withPublicIp({ networkSecurityGroupId: null })], nsgs: [subnetNsg([rdp]), nicNsg([rdp])].map((n, i) => (i ? { ...n, networkInterfaceIds: [nicId('nic-jump')] } : n)) });
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/3389 admitted/);
  });

  it('passes a jump host whose NSG admits SSH only from a named office range', () => {
    const office = securityRule({ name: 'ssh-office', destinationPortRanges: ['22'], sourceAddressPrefixes: ['203.0.113.10/32'] });
    const f = verdict({ nics: [withPublicIp()], nsgs: [subnetNsg([office])] });
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/behind NSG nsg-aks, management ports open only to named ranges \(NSG nsg-aks: ssh-office \(priority 200\) admits 22 from 203\.0\.113\.10\/32\)/);
    expect(verdict({ nics: [withPublicIp()], nsgs: [subnetNsg([office])] }, { widestIpv4Prefix: 33 }).status).toBe('fail');
  });

  it.each([
    ['Basic', 'fail'],
    ['Standard', 'pass'],
    [null, 'unknown'],
  ])('with no NSG on the subnet or the interface, judges a %s public IP %s', (sku, status) => {
    const subnets = [subnet({ networkSecurityGroupId: false })];
    expect(verdict({ nics: [withPublicIp()], nsgs: [], subnets, publicIps: [publicIp('pip-jump', 'rg-ops', null, { skuName: sku })] }).status).toBe(status);
  });

  it('is unknown with no NSG when the public IP is not in the input', () => {
    expect(verdict({ nics: [withPublicIp()], nsgs: [], subnets: [subnet({ networkSecurityGroupId: false })] }).message).toMatch(/SKU .* is not read/);
  });

  it.each<[string, Estate, RegExp]>([
    ['the VM lists no interfaces in the source', { vms: [vm({ networkInterfaceIds: null })] }, /networkProfile\.networkInterfaces is not stated/],
    ['its interface is not in the input', { nics: [] }, /network interface .*nic-jump is not in the input/],
    ['the interface states no ip configurations', { nics: [nic(null)] }, /ip configurations of network interface nic-jump are not stated/],
    ['whether an ip configuration has a public IP is not stated', { nics: [nic([ipConfiguration({ publicIpAddressId: null })])] }, /whether network interface nic-jump \(ipconfig1\) has a public IP address is not stated/],
    ['the subnet is not in the input', { nics: [withPublicIp()], subnets: null }, new RegExp(`NSG of its subnet ${AKS_SUBNET_ID} is not known`)],
    ['the subnet NSG is not in the input', { nics: [withPublicIp()], nsgs: [] }, /NSG .*nsg-aks is not in the input/],
    ['the subnet NSG rules are not stated', { nics: [withPublicIp()], nsgs: [subnetNsg(null as never)] }, /rules of NSG nsg-aks are not stated/],
    ['whether the interface has an NSG is not stated', { nics: [withPublicIp({ networkSecurityGroupId: null })] }, /whether the interface has its own NSG is not stated/],
  ])('is unknown when %s', (_, estate, reason) => {
    const f = verdict(estate);
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(reason);
  });

  it('fails on a proven exposure even when another interface cannot be judged', () => {
    const other = nic(null, { id: nicId('nic-b'), name: 'nic-b' });
    expect(verdict({ vms: [vm({ networkInterfaceIds: [nicId('nic-jump'), nicId('nic-b')] })], nics: [withPublicIp(), other] }).status).toBe('fail');
  });
});
