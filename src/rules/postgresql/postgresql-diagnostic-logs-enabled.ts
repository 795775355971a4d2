import { defineRule } from '../../engine/rule.ts';
import { judgeDiagnosticLogs } from '../factories/diagnostic-logs.ts';

/**
 * Connections, authentication failures and errors go to the `PostgreSQLLogs` resource log, which
 * a flexible server keeps for a few days on its own disk unless a diagnostic setting sends it to a
 * destination. `allLogs` includes it; which categories the `audit` group holds for this type is
 * not documented, so that group alone does not count.
 */
export default defineRule({
  id: 'postgresql-diagnostic-logs-enabled',
  check(ctx) {
    for (const server of ctx.state.postgresFlexibleServers) {
      judgeDiagnosticLogs(ctx, server, {
        logs: { categories: ['postgresqllogs'], groups: ['alllogs'] },
        noun: 'Server',
        what: 'its server log',
        lost: 'its connection, authentication and error log stays on the server, out of reach of monitoring and retention',
        noneEnabled: 'enables neither PostgreSQLLogs nor the allLogs group',
      });
    }
  },
});
