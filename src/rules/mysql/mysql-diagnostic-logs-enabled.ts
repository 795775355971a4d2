import { defineRule } from '../../engine/rule.ts';
import { judgeDiagnosticLogs } from '../factories/diagnostic-logs.ts';

/**
 * Connections and the statements run are recorded in the `MySqlAuditLogs` resource log (when the
 * `audit_log_enabled` parameter is on), which leaves the server only through a diagnostic setting.
 * `allLogs` includes it; `MySqlSlowLogs` is about performance and does not count, nor does the
 * `audit` group, whose categories are not documented for this type.
 */
export default defineRule({
  id: 'mysql-diagnostic-logs-enabled',
  check(ctx) {
    for (const server of ctx.state.mysqlFlexibleServers) {
      judgeDiagnosticLogs(ctx, server, {
        logs: { categories: ['mysqlauditlogs'], groups: ['alllogs'] },
        noun: 'Server',
        what: 'its audit log',
        lost: 'who connected and what they ran is not recorded anywhere',
        noneEnabled: 'enables neither MySqlAuditLogs nor the allLogs group',
      });
    }
  },
});
