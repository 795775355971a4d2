import type { Evidence } from '../../engine/finding.ts';
import { evidence as evidenceOf } from '../../engine/evidence.ts';
import { defineRule, notStated, observed } from '../../engine/rule.ts';
import { networkLookup, nodeSubnetIds, poolsWithUnstatedSubnet, subnetEvidence, subnetLabel, unstatedSubnetReason, type NetworkLookup } from '../lib/network-lookup.ts';

interface Params {
  allowedOutboundTypes: string[];
  allowedNextHopTypes: string[];
}

const OUTBOUND = 'properties.networkProfile.outboundType';

/** What one node subnet's egress path says: `ok`, or a problem that fails or leaves the cluster unknown. */
type SubnetVerdict = { status: 'ok' } | { status: 'fail' | 'unknown'; reason: string };

/**
 * Cluster egress goes through a path the platform controls: an allowed outbound type and,
 * for user-defined routing, a default route to a firewall appliance on every node subnet;
 * for a user-assigned NAT gateway, the gateway on every node subnet.
 */
export default defineRule<Params>({
  id: 'network-aks-egress-controlled',
  check(ctx) {
    const lookup = networkLookup(ctx.state);
    const allowedTypes = new Set(ctx.params.allowedOutboundTypes.map((t) => t.toLowerCase()));
    const hops = new Set(ctx.params.allowedNextHopTypes.map((t) => t.toLowerCase()));
    for (const cluster of ctx.state.clusters) {
      const outboundType = cluster.network.outboundType;
      const evidence: Evidence[] = [observed(cluster, 'network.outboundType', OUTBOUND, outboundType)];
      if (outboundType === null) {
        ctx.unknown(cluster, notStated(OUTBOUND), evidence);
        continue;
      }
      if (!allowedTypes.has(outboundType.toLowerCase())) {
        ctx.fail(cluster, `Cluster ${cluster.name} sends egress through outbound type ${outboundType}, not one of ${ctx.params.allowedOutboundTypes.join(', ')}`, evidence);
        continue;
      }
      const type = outboundType.toLowerCase();
      if (type !== 'userdefinedrouting' && type !== 'userassignednatgateway') {
        ctx.pass(cluster, `Cluster ${cluster.name} uses outbound type ${outboundType}`, evidence);
        continue;
      }
      const subnetIds = nodeSubnetIds(cluster);
      if (subnetIds.length === 0) {
        ctx.unknown(cluster, `Cluster ${cluster.name} uses ${outboundType} but its pools' vnetSubnetID is not stated, so the egress path cannot be followed`, evidence);
        continue;
      }
      const verdicts = subnetIds.map((id) => (type === 'userdefinedrouting' ? judgeRoutes(id, lookup, hops, evidence) : judgeNatGateway(id, lookup, evidence)));
      const fails = verdicts.flatMap((v) => (v.status === 'fail' ? [v.reason] : []));
      const unknowns = verdicts.flatMap((v) => (v.status === 'unknown' ? [v.reason] : []));
      const unstatedPools = poolsWithUnstatedSubnet(cluster);
      if (unstatedPools.length) {
        unknowns.push(unstatedSubnetReason(unstatedPools));
        evidence.push(...unstatedPools.map((pool) => evidenceOf(pool, 'vnetSubnetId')));
      }
      if (fails.length) ctx.fail(cluster, `Cluster ${cluster.name} uses ${outboundType}, but ${fails.join('; ')}`, evidence);
      else if (unknowns.length) ctx.unknown(cluster, `Cluster ${cluster.name} uses ${outboundType}, but ${unknowns.join('; ')}`, evidence);
      else ctx.pass(cluster, `Cluster ${cluster.name} uses ${outboundType} ${describeOk(type, subnetIds.length)}`, evidence);
    }
  },
});

function describeOk(type: string, subnets: number): string {
  return type === 'userdefinedrouting' ? `and every node subnet (${subnets}) routes 0.0.0.0/0 to an appliance` : `and every node subnet (${subnets}) has a NAT gateway`;
}

/** The subnet's route table sends the default route to an allowed next hop (a firewall). */
function judgeRoutes(id: string, lookup: NetworkLookup, hops: Set<string>, evidence: Evidence[]): SubnetVerdict {
  const located = lookup.subnet(id);
  if (!located) return { status: 'unknown', reason: `subnet ${id} is not in the input (export its virtual network)` };
  const label = subnetLabel(id);
  const tableId = located.subnet.routeTableId;
  evidence.push(subnetEvidence(located, 'routeTable', tableId));
  if (tableId === null) return { status: 'unknown', reason: `the route table of subnet ${label} is not stated by the source` };
  if (tableId === false) return { status: 'fail', reason: `subnet ${label} has no route table, so egress takes the system route to the Internet` };
  const table = lookup.routeTable(tableId);
  if (!table) return { status: 'unknown', reason: `route table ${tableId} of subnet ${label} is not in the input` };
  if (table.routes === null) return { status: 'unknown', reason: `the routes of route table ${table.name} are not stated by the source` };
  const route = table.routes.find((r) => r.addressPrefix?.trim() === '0.0.0.0/0');
  evidence.push({ path: `${table.id}#properties.routes`, value: route ? { name: route.name, addressPrefix: route.addressPrefix, nextHopType: route.nextHopType, nextHopIpAddress: route.nextHopIpAddress } : null, ...(route ? {} : { note: 'no 0.0.0.0/0 route' }) });
  if (!route) return { status: 'fail', reason: `route table ${table.name} (subnet ${label}) has no 0.0.0.0/0 route, so egress takes the system route to the Internet` };
  if (route.nextHopType === null) return { status: 'unknown', reason: `the next hop of route ${route.name} in ${table.name} is not stated by the source` };
  if (!hops.has(route.nextHopType.toLowerCase())) return { status: 'fail', reason: `route table ${table.name} (subnet ${label}) sends 0.0.0.0/0 to ${route.nextHopType}, not a firewall` };
  return { status: 'ok' };
}

function judgeNatGateway(id: string, lookup: NetworkLookup, evidence: Evidence[]): SubnetVerdict {
  const located = lookup.subnet(id);
  if (!located) return { status: 'unknown', reason: `subnet ${id} is not in the input (export its virtual network)` };
  const label = subnetLabel(id);
  const gateway = located.subnet.natGatewayId;
  evidence.push(subnetEvidence(located, 'natGateway', gateway));
  if (gateway === null) return { status: 'unknown', reason: `the NAT gateway of subnet ${label} is not stated by the source` };
  if (gateway === false) return { status: 'fail', reason: `subnet ${label} has no NAT gateway` };
  return { status: 'ok' };
}

