import { defineRule } from '../../engine/rule.ts';
import { judgeGeoRedundantBackup } from '../factories/database-backup.ts';

export default defineRule({
  id: 'postgresql-geo-redundant-backup',
  check(ctx) {
    for (const server of ctx.state.postgresFlexibleServers) judgeGeoRedundantBackup(ctx, server);
    for (const server of ctx.state.postgresSingleServers) {
      // The Basic tier of single server offers locally redundant backup storage only.
      if (server.skuTier?.toLowerCase() === 'basic') ctx.notApplicable(server, `Single server ${server.name} is in the Basic tier, which has no geo-redundant backup storage`);
      else judgeGeoRedundantBackup(ctx, server);
    }
  },
});
