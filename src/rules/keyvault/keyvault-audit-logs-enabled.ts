import { evidence as evidenceOf, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';
import type { DiagnosticSetting } from '../../state/diagnostic-setting.ts';
import { describeSetting, sendsLogs, settingEvidence, type WantedLogs } from '../lib/diagnostics.ts';

/** `AuditEvent` records every data-plane request; the `audit` and `allLogs` groups include it. */
const AUDIT_LOGS: WantedLogs = { categories: ['auditevent'], groups: ['audit', 'alllogs'] };

/**
 * Who read which secret, key or certificate is recorded only in the `AuditEvent` resource log,
 * which Key Vault keeps nowhere unless a diagnostic setting sends it to a destination.
 */
export default defineRule({
  id: 'keyvault-audit-logs-enabled',
  check(ctx) {
    for (const vault of ctx.state.keyVaults) {
      const settings = vault.diagnosticSettings;
      if (settings === null) {
        const none = evidenceOf(vault, 'diagnosticSettings');
        ctx.unknown(vault, unknownReason(none), [none]);
        continue;
      }
      const evidence = settings.map(settingEvidence);
      const qualifying = settings.filter((s) => shortfall(s) === undefined);
      if (qualifying.length) {
        ctx.pass(vault, `Key vault ${vault.name} sends its audit log through diagnostic setting(s) ${qualifying.map(describeSetting).join('; ')}`, evidence);
      } else if (settings.length === 0) {
        ctx.fail(vault, `Key vault ${vault.name} has no diagnostic settings, so who accessed its secrets, keys and certificates is not recorded anywhere`, evidence);
      } else {
        ctx.fail(vault, `No diagnostic setting of key vault ${vault.name} sends its audit log: ${settings.map((s) => `${describeSetting(s)} ${shortfall(s)}`).join('; ')}`, evidence);
      }
    }
  },
});

function shortfall(s: DiagnosticSetting): string | undefined {
  switch (sendsLogs(s, AUDIT_LOGS)) {
    case 'no-destination':
      return 'has no destination';
    case 'none':
      return 'enables neither AuditEvent nor the audit or allLogs group';
    default:
      return undefined;
  }
}
