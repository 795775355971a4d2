import { defineRule } from '../../engine/rule.ts';
import { judgeDiagnosticLogs } from '../factories/diagnostic-logs.ts';

/**
 * Who read which secret, key or certificate is recorded only in the `AuditEvent` resource log,
 * which Key Vault keeps nowhere unless a diagnostic setting sends it to a destination. The
 * `audit` and `allLogs` groups include it.
 */
export default defineRule({
  id: 'keyvault-audit-logs-enabled',
  check(ctx) {
    for (const vault of ctx.state.keyVaults) {
      judgeDiagnosticLogs(ctx, vault, {
        logs: { categories: ['auditevent'], groups: ['audit', 'alllogs'] },
        noun: 'Key vault',
        what: 'its audit log',
        lost: 'who accessed its secrets, keys and certificates is not recorded anywhere',
        noneEnabled: 'enables neither AuditEvent nor the audit or allLogs group',
      });
    }
  },
});
