import { evidence, unknownReason } from '../../engine/evidence.ts';
import type { Evidence } from '../../engine/finding.ts';
import { defineRule } from '../../engine/rule.ts';
import type { Subnet } from '../../state/network.ts';
import { associationEvidence, NETWORK_LOOKUP, nodeSubnetIds, poolsWithUnstatedSubnet, unstatedSubnetReason, type NetworkLookup } from '../analyses/network-lookup.ts';
import { relatedEvidence } from '../lib/related-evidence.ts';

interface Params {
  allowedOutboundTypes: string[];
  allowedNextHopTypes: string[];
}

/** What one node subnet's egress path says. */
interface SubnetVerdict {
  status: 'pass' | 'fail' | 'unknown';
  reason: string;
  evidence: Evidence[];
}

/**
 * Cluster egress goes through a path the platform controls: an allowed outbound type (judged on
 * the cluster) and, for user-defined routing, a default route to a firewall appliance on every
 * node subnet; for a user-assigned NAT gateway, the gateway on every node subnet (judged on each
 * subnet, grouped under the cluster).
 */
export default defineRule<Params>({
  id: 'network-aks-egress-controlled',
  check(ctx) {
    const lookup = ctx.analysis(NETWORK_LOOKUP);
    const allowedTypes = new Set(ctx.params.allowedOutboundTypes.map((t) => t.toLowerCase()));
    const hops = new Set(ctx.params.allowedNextHopTypes.map((t) => t.toLowerCase()));
    for (const cluster of ctx.state.clusters) {
      const outboundType = cluster.network.outboundType;
      const shown: Evidence[] = [evidence(cluster, 'network.outboundType')];
      if (outboundType === null) {
        ctx.unknown(cluster, unknownReason(shown[0]!), shown);
        continue;
      }
      if (!allowedTypes.has(outboundType.toLowerCase())) {
        ctx.fail(cluster, `Cluster ${cluster.name} sends egress through outbound type ${outboundType}, not one of ${ctx.params.allowedOutboundTypes.join(', ')}`, shown);
        continue;
      }
      const type = outboundType.toLowerCase();
      if (type !== 'userdefinedrouting' && type !== 'userassignednatgateway') {
        ctx.pass(cluster, `Cluster ${cluster.name} uses outbound type ${outboundType}`, shown);
        continue;
      }
      const subnetIds = nodeSubnetIds(cluster);
      if (subnetIds.length === 0) {
        ctx.unknown(cluster, `Cluster ${cluster.name} uses ${outboundType} but its pools' vnetSubnetID is not stated, so the egress path cannot be followed`, shown);
        continue;
      }
      const judged = ctx.under(cluster);
      const unknowns: string[] = [];
      for (const id of subnetIds) {
        const subnet = lookup.subnet(id);
        if (!subnet) {
          unknowns.push(`subnet ${id} is not in the input (export its virtual network)`);
          continue;
        }
        const label = lookup.subnetLabel(id);
        const verdict = type === 'userdefinedrouting' ? judgeRoutes(subnet, label, lookup, hops) : judgeNatGateway(subnet, label);
        judged[verdict.status](subnet, `Cluster ${cluster.name} uses ${outboundType}: ${verdict.reason}`, verdict.evidence);
      }
      const unstatedPools = poolsWithUnstatedSubnet(cluster);
      if (unstatedPools.length) {
        unknowns.unshift(unstatedSubnetReason(unstatedPools));
        shown.push(...unstatedPools.map((pool) => evidence(pool, 'vnetSubnetId')));
      }
      if (unknowns.length) ctx.unknown(cluster, `Cluster ${cluster.name} uses ${outboundType}, but ${unknowns.join('; ')}`, shown);
      else ctx.pass(cluster, `Cluster ${cluster.name} uses outbound type ${outboundType}; the egress path of each node subnet (${subnetIds.length}) is judged on the subnet`, shown);
    }
  },
});

/** The subnet's route table sends the default route to an allowed next hop (a firewall). */
function judgeRoutes(subnet: Subnet, label: string, lookup: NetworkLookup, hops: Set<string>): SubnetVerdict {
  const tableId = subnet.routeTableId;
  const shown = [associationEvidence(subnet, 'routeTableId')];
  const verdict = (status: SubnetVerdict['status'], reason: string): SubnetVerdict => ({ status, reason, evidence: shown });
  if (tableId === null) return verdict('unknown', `the route table of subnet ${label} is not stated by the source`);
  if (tableId === false) return verdict('fail', `subnet ${label} has no route table, so egress takes the system route to the Internet`);
  const table = lookup.routeTable(tableId);
  if (!table) return verdict('unknown', `route table ${tableId} of subnet ${label} is not in the input`);
  if (table.routes === null) return verdict('unknown', `the routes of route table ${table.name} are not stated by the source`);
  const route = table.routes.find((r) => r.addressPrefix?.trim() === '0.0.0.0/0');
  const summary = route ? { name: route.name, addressPrefix: route.addressPrefix, nextHopType: route.nextHopType, nextHopIpAddress: route.nextHopIpAddress } : null;
  shown.push(route ? relatedEvidence(table, 'routes', summary) : { ...relatedEvidence(table, 'routes', null), note: 'no 0.0.0.0/0 route' });
  if (!route) return verdict('fail', `route table ${table.name} (subnet ${label}) has no 0.0.0.0/0 route, so egress takes the system route to the Internet`);
  if (route.nextHopType === null) return verdict('unknown', `the next hop of route ${route.name} in ${table.name} is not stated by the source`);
  if (!hops.has(route.nextHopType.toLowerCase())) return verdict('fail', `route table ${table.name} (subnet ${label}) sends 0.0.0.0/0 to ${route.nextHopType}, not a firewall`);
  return verdict('pass', `subnet ${label} routes 0.0.0.0/0 to ${route.nextHopType} through route table ${table.name}`);
}

function judgeNatGateway(subnet: Subnet, label: string): SubnetVerdict {
  const gateway = subnet.natGatewayId;
  const shown = [associationEvidence(subnet, 'natGatewayId')];
  if (gateway === null) return { status: 'unknown', reason: `the NAT gateway of subnet ${label} is not stated by the source`, evidence: shown };
  if (gateway === false) return { status: 'fail', reason: `subnet ${label} has no NAT gateway`, evidence: shown };
  return { status: 'pass', reason: `subnet ${label} sends egress through its NAT gateway`, evidence: shown };
}
