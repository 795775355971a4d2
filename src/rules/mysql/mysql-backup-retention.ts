import { defineRule } from '../../engine/rule.ts';
import { judgeRetention } from '../factories/database-backup.ts';

export default defineRule<{ minDays: number }>({
  id: 'mysql-backup-retention',
  check(ctx) {
    for (const server of ctx.state.mysqlFlexibleServers) judgeRetention(ctx, server);
  },
});
