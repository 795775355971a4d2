import { evidence, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';
import type { Severity } from '../../engine/severity.ts';
import { isNonPublic, parseCidr, type Cidr } from '../lib/cidr.ts';

interface Params {
  widestIpv4Prefix: number;
  widestIpv6Prefix: number;
  publicFqdnSeverity: Severity;
}

/**
 * The API server is private, or public but limited to narrow, public source ranges.
 * Peers pass any non-empty list; this judges what the list admits.
 */
export default defineRule<Params>({
  id: 'aks-api-server-access-restricted',
  check(ctx) {
    for (const cluster of ctx.state.clusters) {
      const { privateCluster, privateClusterPublicFqdn, authorizedIpRanges } = cluster.apiServer;
      const isPrivate = evidence(cluster, 'apiServer.privateCluster');
      if (privateCluster === null) {
        ctx.unknown(cluster, unknownReason(isPrivate), [isPrivate]);
        continue;
      }
      if (privateCluster) {
        const fqdn = evidence(cluster, 'apiServer.privateClusterPublicFqdn');
        if (privateClusterPublicFqdn === true) {
          ctx.fail(cluster, `Cluster ${cluster.name} is private but publishes a public FQDN that resolves to its private API server address`, [isPrivate, fqdn], { severity: ctx.params.publicFqdnSeverity });
        } else if (privateClusterPublicFqdn === null) {
          ctx.unknown(cluster, `Cluster ${cluster.name} has a private API server, but whether it also publishes a public FQDN is not known: ${unknownReason(fqdn)}`, [isPrivate, fqdn]);
        } else {
          ctx.pass(cluster, `Cluster ${cluster.name} has a private API server`, [isPrivate, fqdn]);
        }
        continue;
      }
      const ranges = evidence(cluster, 'apiServer.authorizedIpRanges');
      if (authorizedIpRanges === null) {
        ctx.unknown(cluster, unknownReason(ranges), [isPrivate, ranges]);
        continue;
      }
      if (authorizedIpRanges.length === 0) {
        ctx.fail(cluster, `Cluster ${cluster.name} has a public API server that accepts connections from any address`, [isPrivate, ranges]);
        continue;
      }
      const problems = judgeRanges(authorizedIpRanges, ctx.params);
      if (problems.open.length) {
        ctx.fail(cluster, `Cluster ${cluster.name} has a public API server whose authorized ranges admit too much: ${problems.open.join('; ')}`, [isPrivate, ranges]);
      } else if (problems.meaningless.length) {
        ctx.fail(cluster, `Cluster ${cluster.name} lists authorized ranges that cannot match traffic to its public API server: ${problems.meaningless.join('; ')}`, [isPrivate, ranges], { severity: 'low' });
      } else {
        ctx.pass(cluster, `Cluster ${cluster.name} limits its public API server to ${authorizedIpRanges.length} narrow public range(s)`, [isPrivate, ranges]);
      }
    }
  },
});

function judgeRanges(ranges: string[], params: Params): { open: string[]; meaningless: string[] } {
  const open: string[] = [];
  const meaningless: string[] = [];
  for (const text of ranges) {
    const cidr = parseCidr(text);
    if (!cidr) {
      meaningless.push(`${text} is not an IP address or CIDR range`);
    } else if (cidr.prefix === 0) {
      open.push(`${text} is the whole Internet`);
    } else if (isNonPublic(cidr)) {
      meaningless.push(`${text} is private, shared or link-local address space`);
    } else if (cidr.prefix < widest(cidr, params)) {
      open.push(`${text} is wider than /${widest(cidr, params)} (${addressCount(cidr)} addresses)`);
    }
  }
  return { open, meaningless };
}

function widest(cidr: Cidr, params: Params): number {
  return cidr.family === 4 ? params.widestIpv4Prefix : params.widestIpv6Prefix;
}

function addressCount(cidr: Cidr): string {
  const bits = (cidr.family === 4 ? 32 : 128) - cidr.prefix;
  return bits <= 32 ? (2 ** bits).toLocaleString('en-US') : `2^${bits}`;
}
