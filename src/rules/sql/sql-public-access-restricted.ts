import { evidence, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';
import type { SqlFirewallRule } from '../../state/sql.ts';
import { classifyRange, describeRange, type IpRangeRule } from '../lib/firewall.ts';

interface Params {
  widestIpv4Prefix: number;
}

/** The server has no public endpoint, or its firewall admits neither the Internet, all of Azure, nor wide ranges. */
export default defineRule<Params>({
  id: 'sql-public-access-restricted',
  check(ctx) {
    for (const server of ctx.state.sqlServers) {
      const access = evidence(server, 'publicNetworkAccess');
      if (server.publicNetworkAccess === null) {
        ctx.unknown(server, unknownReason(access), [access]);
        continue;
      }
      if (server.publicNetworkAccess.toLowerCase() !== 'enabled') {
        // Disabled, or SecuredByPerimeter: a network security perimeter decides, not the server firewall.
        ctx.pass(server, `SQL server ${server.name} has public network access ${server.publicNetworkAccess}`, [access]);
        continue;
      }
      const rules = server.firewallRules;
      const listed = evidence(server, 'firewallRules', rules?.map((r) => `${r.name}: ${r.startIpAddress ?? '?'}-${r.endIpAddress ?? '?'}`) ?? null);
      if (rules === null) {
        ctx.unknown(server, `SQL server ${server.name} has a public endpoint, and its firewall rules are not in the input; export the server with its firewallRules or scan it live`, [access, listed]);
        continue;
      }
      const open: string[] = [];
      const unstated: string[] = [];
      for (const rule of rules) {
        const range = rangeOf(rule);
        if (!range) {
          unstated.push(rule.name);
          continue;
        }
        const kind = classifyRange(range, ctx.params.widestIpv4Prefix);
        if (kind === 'azure-services') open.push(`${describeRange(range)} admits every Azure service, any tenant's included`);
        else if (kind === 'internet') open.push(`${describeRange(range)} admits the whole Internet`);
        else if (kind === 'wide') open.push(`${describeRange(range)} is wider than /${ctx.params.widestIpv4Prefix}`);
      }
      if (open.length) ctx.fail(server, `SQL server ${server.name} has a public endpoint whose firewall admits too much: ${open.join('; ')}`, [access, listed]);
      else if (unstated.length) ctx.unknown(server, `The addresses of firewall rule(s) ${unstated.join(', ')} of SQL server ${server.name} are not stated by the source`, [access, listed]);
      else ctx.pass(server, `SQL server ${server.name} has a public endpoint limited to ${rules.length} narrow firewall range(s)`, [access, listed]);
    }
  },
});

function rangeOf(rule: SqlFirewallRule): IpRangeRule | undefined {
  const { name, startIpAddress, endIpAddress } = rule;
  return startIpAddress === null || endIpAddress === null ? undefined : { name, startIpAddress, endIpAddress };
}
