import { defineRule } from '../../engine/rule.ts';
import { judgePublicAccess } from '../factories/server-firewall.ts';

export default defineRule<{ widestPrefix: number }>({
  id: 'postgresql-public-access-restricted',
  check(ctx) {
    for (const server of ctx.state.postgresFlexibleServers) judgePublicAccess(ctx, server, server.network.delegatedSubnetResourceId);
    for (const server of ctx.state.postgresSingleServers) judgePublicAccess(ctx, server);
  },
});
