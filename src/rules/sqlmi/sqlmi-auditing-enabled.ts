import { evidence, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';
import { delivers, describeSetting, settingEvidence, SQL_AUDIT_LOGS } from '../lib/diagnostics.ts';

/**
 * A managed instance has no auditing policy in ARM: its server audit (T-SQL, `TO EXTERNAL_MONITOR`)
 * writes to Azure Monitor, and a diagnostic setting on the instance sending `SQLSecurityAuditEvents`
 * decides where the records go. That setting is what ARM can show.
 */
export default defineRule({
  id: 'sqlmi-auditing-enabled',
  check(ctx) {
    for (const mi of ctx.state.sqlManagedInstances) {
      const settings = mi.diagnosticSettings;
      if (settings === null) {
        const listed = evidence(mi, 'diagnosticSettings');
        ctx.unknown(mi, unknownReason(listed), [listed]);
        continue;
      }
      const sink = settings.find((s) => delivers(s, SQL_AUDIT_LOGS));
      if (sink) ctx.pass(mi, `SQL managed instance ${mi.name} sends its audit records (SQLSecurityAuditEvents) to a destination through diagnostic setting ${sink.name}`, [settingEvidence(sink)]);
      else ctx.fail(mi, `SQL managed instance ${mi.name} sends no audit records anywhere: ${settings.length ? `no diagnostic setting with a destination sends SQLSecurityAuditEvents (${settings.map(describeSetting).join('; ')})` : 'it has no diagnostic setting'}`, settings.length ? settings.map(settingEvidence) : [evidence(mi, 'diagnosticSettings', [])]);
    }
  },
});
