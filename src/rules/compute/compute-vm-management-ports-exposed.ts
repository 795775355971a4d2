import { nameOf } from '../../adapters/arm/resource-id.ts';
import { evidence, unknownReason } from '../../engine/evidence.ts';
import type { Evidence } from '../../engine/finding.ts';
import { defineRule } from '../../engine/rule.ts';
import type { Association, NetworkSecurityGroup, PublicIpAddress } from '../../state/network.ts';
import type { NetworkInterface, NicIpConfiguration } from '../../state/virtual-machine.ts';
import { INTERFACE_ACCESS, type InterfaceAccess } from '../analyses/interface-access.ts';
import { NETWORK_LOOKUP, type NetworkLookup } from '../analyses/network-lookup.ts';
import { ruleEvidence } from '../factories/nsg-rule.ts';
import { describeExposure, internetExposures, isInternetSource, openAmong, type SourceLimits } from '../lib/nsg.ts';
import { relatedEvidence } from '../lib/related-evidence.ts';

interface Params extends SourceLimits {
  managementPorts: number[];
}

/** How one public ip configuration of a VM answers: reachable on management ports, closed to them, or not known. */
type Reach = { open: string[]; evidence: Evidence[] } | { closed: string; evidence: Evidence[] } | { unknown: string; evidence: Evidence[] };

/**
 * No VM has a public IP on which the Internet reaches SSH, RDP or WinRM. Inbound flows meet the
 * subnet's NSG, then the network interface's: a port is open only when every NSG on the way
 * admits it from an Internet source (a range narrower than the width parameters, such as a jump
 * host's office range, is not the Internet). With no NSG on either, a Standard public IP admits
 * nothing and a Basic one everything. A VM without a public IP passes: it is reached through
 * Azure Bastion (named when one serves its VNet) or a jump host.
 */
export default defineRule<Params>({
  id: 'compute-vm-management-ports-exposed',
  check(ctx) {
    const access = ctx.analysis(INTERFACE_ACCESS);
    const lookup = ctx.analysis(NETWORK_LOOKUP);
    const judge = new InboundJudge(access, lookup, ctx.params);
    for (const vm of ctx.state.virtualMachines) {
      const listed = evidence(vm, 'networkInterfaceIds');
      if (vm.networkInterfaceIds === null) {
        ctx.unknown(vm, unknownReason(listed), [listed]);
        continue;
      }
      const open: string[] = [];
      const unknown: string[] = [];
      const closed: string[] = [];
      const shown: Evidence[] = [listed];
      const subnets: string[] = [];
      for (const id of access.interfaceIdsOf(vm)) {
        const nic = access.networkInterface(id);
        if (!nic) {
          unknown.push(`network interface ${id} is not in the input`);
          continue;
        }
        if (nic.ipConfigurations === null) {
          unknown.push(`the ip configurations of network interface ${nic.name} are not stated by the source`);
          shown.push(relatedEvidence(nic, 'ipConfigurations'));
          continue;
        }
        for (const configuration of nic.ipConfigurations) {
          if (configuration.subnetId) subnets.push(configuration.subnetId);
          const reach = judge.reach(nic, configuration);
          if (!reach) continue;
          shown.push(...reach.evidence);
          if ('open' in reach) open.push(...reach.open);
          else if ('unknown' in reach) unknown.push(reach.unknown);
          else closed.push(reach.closed);
        }
      }
      if (open.length) ctx.fail(vm, `VM ${vm.name} is reachable from the Internet on management ports: ${open.join('; ')}`, shown);
      else if (unknown.length) ctx.unknown(vm, `VM ${vm.name}: whether the Internet reaches its management ports cannot be judged: ${unknown.join('; ')}`, shown);
      else if (closed.length) ctx.pass(vm, `VM ${vm.name} has a public IP, but no Internet source reaches its management ports (${ctx.params.managementPorts.join(', ')}): ${closed.join('; ')}`, shown);
      else ctx.pass(vm, `VM ${vm.name} has no public IP address${bastionNote(access, lookup, subnets)}`, shown);
    }
  },
});

class InboundJudge {
  private readonly access: InterfaceAccess;
  private readonly lookup: NetworkLookup;
  private readonly params: Params;

  constructor(access: InterfaceAccess, lookup: NetworkLookup, params: Params) {
    this.access = access;
    this.lookup = lookup;
    this.params = params;
  }

  /** Undefined when the ip configuration has no public IP (by its own body and by every public IP's). */
  reach(nic: NetworkInterface, configuration: NicIpConfiguration): Reach | undefined {
    const at = (field: string): string => `${nic.id}#${configuration.path}.${field}`;
    const claimed = this.access.publicIpsOn(nic.id, configuration.name);
    const own = configuration.publicIpAddressId;
    const publicIds = [...(typeof own === 'string' ? [own] : []), ...claimed.map((ip) => ip.id).filter((id) => id.toLowerCase() !== (typeof own === 'string' ? own.toLowerCase() : ''))];
    const where = `network interface ${nic.name} (${configuration.name})`;
    if (publicIds.length === 0) {
      if (own === false) return undefined;
      return { unknown: `whether ${where} has a public IP address is not stated by the source`, evidence: [{ path: at('publicIpAddressId'), value: null, note: 'not stated by the source' }] };
    }
    const onPublic = `${where}, public IP ${publicIds.map((id) => this.access.publicIp(id)?.name ?? nameOf(id)).join(', ')}`;
    const shown: Evidence[] = [{ path: at('publicIpAddressId'), value: publicIds }];
    const subnetNsg = configuration.subnetId === null ? null : this.subnetNsg(configuration.subnetId);
    const nicNsg = this.interfaceNsg(nic);
    if (subnetNsg === null) return { unknown: `${onPublic}: the NSG of its subnet ${configuration.subnetId ?? '(not stated)'} is not known (export its virtual network)`, evidence: shown };
    if (nicNsg === null) return { unknown: `${onPublic}: whether the interface has its own NSG is not stated by the source`, evidence: [...shown, relatedEvidence(nic, 'networkSecurityGroupId')] };
    const layers = [subnetNsg, nicNsg].filter((id): id is string => id !== false);
    if (layers.length === 0) return this.withoutNsg(onPublic, publicIds, shown);
    // Each port must pass every NSG on the way; describe the rules of each that admit it.
    let ports = [...this.params.managementPorts];
    const offences: string[] = [];
    const named: string[] = [];
    for (const id of layers) {
      const nsg = this.access.nsg(id);
      if (!nsg) return { unknown: `${onPublic}: NSG ${id} is not in the input`, evidence: shown };
      const judged = this.admitted(nsg);
      if ('unknown' in judged) return { unknown: `${onPublic}: ${judged.unknown}`, evidence: [...shown, ...judged.evidence] };
      ports = ports.filter((port) => judged.ports.includes(port));
      offences.push(...judged.offences);
      named.push(...judged.named);
      shown.push(...judged.evidence);
    }
    if (ports.length) return { open: [`${onPublic}: ${ports.join(', ')} admitted (${offences.join('; ')})`], evidence: shown };
    const jumpHost = named.length ? `, management ports open only to named ranges (${named.join('; ')})` : '';
    return { closed: `${onPublic} behind NSG ${layers.map((id) => this.access.nsg(id)?.name ?? id).join(' and ')}${jumpHost}`, evidence: shown };
  }

  /** The subnet's NSG: its own association, or an NSG body listing it; false when none; null when not known. */
  private subnetNsg(subnetId: string): Association {
    const subnet = this.lookup.subnet(subnetId);
    return this.either(subnet ? subnet.networkSecurityGroupId : null, this.lookup.nsgListing(subnetId));
  }

  private interfaceNsg(nic: NetworkInterface): Association {
    return this.either(nic.networkSecurityGroupId, this.access.nsgListing(nic.id));
  }

  private either(own: Association, listing: NetworkSecurityGroup | undefined): Association {
    if (typeof own === 'string') return own;
    return listing?.id ?? own;
  }

  /** The management ports an NSG admits from the Internet, with the rules that do, and the rules that admit them from named public ranges (a jump host's). */
  private admitted(nsg: NetworkSecurityGroup): { ports: number[]; offences: string[]; named: string[]; evidence: Evidence[] } | { unknown: string; evidence: Evidence[] } {
    if (nsg.securityRules === null) return { unknown: `the rules of NSG ${nsg.name} are not stated by the source`, evidence: [relatedEvidence(nsg, 'securityRules')] };
    const { exposures, incomplete } = internetExposures(nsg.securityRules, this.params, true);
    if (incomplete.length) return { unknown: `NSG ${nsg.name} has rule(s) ${incomplete.map((r) => r.name).join(', ')} the source does not state fully`, evidence: incomplete.map((r) => onNsg(nsg, r)) };
    const ports = new Set<number>();
    const offences: string[] = [];
    const shown: Evidence[] = [];
    for (const exposure of exposures) {
      const open = openAmong(exposure, this.params.managementPorts);
      if (open.length === 0) continue;
      for (const range of open) ports.add(range.from);
      offences.push(`NSG ${nsg.name}: ${describeExposure(exposure, open)}`);
      shown.push(onNsg(nsg, exposure.rule));
    }
    const named = internetExposures(nsg.securityRules, ANY_PUBLIC_RANGE, true)
      .exposures.map((exposure) => ({ ...exposure, sources: exposure.sources.filter((source) => !isInternetSource(source, this.params)) }))
      .flatMap((exposure) => {
        const open = openAmong(exposure, this.params.managementPorts);
        return exposure.sources.length && open.length ? [`NSG ${nsg.name}: ${describeExposure(exposure, open)}`] : [];
      });
    return { ports: [...ports], offences, named, evidence: shown.length ? shown : [relatedEvidence(nsg, 'securityRules', `${nsg.securityRules.length} rule(s)`)] };
  }

  /** No NSG on the subnet or the interface: the public IP's SKU decides (Standard is closed to inbound flows, Basic open). */
  private withoutNsg(onPublic: string, publicIds: string[], shown: Evidence[]): Reach {
    const ips = publicIds.map((id) => this.access.publicIp(id));
    const read = ips.filter((ip): ip is PublicIpAddress => ip !== undefined);
    const basic = read.filter((ip) => ip.skuName?.toLowerCase() === 'basic');
    const evidenceOf = read.map((ip) => relatedEvidence(ip, 'skuName'));
    if (basic.length) return { open: [`${onPublic}: no NSG on its subnet or interface, and a Basic public IP admits every port`], evidence: [...shown, ...evidenceOf] };
    if (read.length < ips.length || read.some((ip) => !ip.skuName?.toLowerCase().startsWith('standard'))) {
      return { unknown: `${onPublic}: no NSG on its subnet or interface, and the public IP's SKU (Standard closes it, Basic opens it) is not read`, evidence: [...shown, ...evidenceOf] };
    }
    return { closed: `${onPublic}: a Standard public IP with no NSG admits no inbound flow`, evidence: [...shown, ...evidenceOf] };
  }
}

/** Limits under which every public source counts, to find the rules that admit named public ranges. */
const ANY_PUBLIC_RANGE: SourceLimits = { widestIpv4Prefix: 33, widestIpv6Prefix: 129 };

/** A rule as evidence, on its NSG. */
function onNsg(nsg: NetworkSecurityGroup, rule: Parameters<typeof ruleEvidence>[0]): Evidence {
  const e = ruleEvidence(rule);
  return { ...e, path: `${nsg.id}#${e.path}` };
}

/** `; management through Azure Bastion bas-hub` when a Bastion host serves the VNet of one of the VM's subnets. */
function bastionNote(access: InterfaceAccess, lookup: NetworkLookup, subnetIds: string[]): string {
  const names = new Set<string>();
  for (const id of subnetIds) {
    const vnet = lookup.vnetOf(id);
    if (vnet) for (const bastion of access.bastionsReaching(vnet.id)) names.add(bastion.name);
  }
  return names.size ? `; management through Azure Bastion ${[...names].join(', ')}` : '; management goes through Azure Bastion or a jump host';
}
