import { defineRule } from '../../engine/rule.ts';
import { judgeRetention } from '../factories/database-backup.ts';

export default defineRule<{ minDays: number }>({
  id: 'postgresql-backup-retention',
  check(ctx) {
    for (const server of ctx.state.postgresFlexibleServers) judgeRetention(ctx, server);
    for (const server of ctx.state.postgresSingleServers) judgeRetention(ctx, server);
  },
});
