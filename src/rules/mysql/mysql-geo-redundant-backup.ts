import { defineRule } from '../../engine/rule.ts';
import { judgeGeoRedundantBackup } from '../factories/database-backup.ts';

export default defineRule({
  id: 'mysql-geo-redundant-backup',
  check(ctx) {
    for (const server of ctx.state.mysqlFlexibleServers) judgeGeoRedundantBackup(ctx, server);
  },
});
