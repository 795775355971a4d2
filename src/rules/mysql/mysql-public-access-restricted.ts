import { defineRule } from '../../engine/rule.ts';
import { judgePublicAccess } from '../factories/server-firewall.ts';

export default defineRule<{ widestPrefix: number }>({
  id: 'mysql-public-access-restricted',
  check(ctx) {
    for (const server of ctx.state.mysqlFlexibleServers) judgePublicAccess(ctx, server, server.network.delegatedSubnetResourceId);
  },
});
