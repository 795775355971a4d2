import type { Evidence } from '../../engine/finding.ts';
import { defineRule, observed, type RuleContext } from '../../engine/rule.ts';
import type { DiagnosticSetting } from '../../state/diagnostic-setting.ts';
import type { SqlAuditingSetting, SqlServer } from '../../state/sql.ts';
import { propertyPath } from '../lib/property-path.ts';

const AUDIT_CATEGORY = 'sqlsecurityauditevents';
const AUDIT_GROUPS = new Set(['audit', 'alllogs']);

/** Server auditing is on and its records reach a destination: a storage account, or Azure Monitor through `master`'s diagnostic settings. */
export default defineRule({
  id: 'sql-auditing-enabled',
  check(ctx) {
    for (const server of ctx.state.sqlServers) {
      const settings = server.auditingSettings;
      if (settings === null) {
        ctx.unknown(server, `The auditing settings of SQL server ${server.name} are not in the input; export the server with its auditingSettings or scan it live`);
        continue;
      }
      const enabled = settings.filter((s) => s.state?.toLowerCase() === 'enabled');
      const evidence = settings.map((s) => observed(server, `auditingSettings[${s.name}].state`, propertyPath(server, s.path, 'state'), s.state));
      if (enabled.length === 0) {
        const unstated = settings.some((s) => s.state === null);
        if (unstated) ctx.unknown(server, `The auditing state of SQL server ${server.name} is not stated by the source`, evidence);
        else ctx.fail(server, `SQL server ${server.name} does not audit: ${settings.length ? 'auditing is Disabled' : 'no auditing policy is set, and auditing is off by default'}`, evidence);
        continue;
      }
      judgeDestination(server, enabled, evidence, ctx);
    }
  },
});

function judgeDestination(server: SqlServer, enabled: SqlAuditingSetting[], evidence: Evidence[], ctx: RuleContext<unknown>): void {
  const toStorage = enabled.find((s) => Boolean(s.storageEndpoint));
  if (toStorage) {
    ctx.pass(server, `SQL server ${server.name} audits to storage (${toStorage.storageEndpoint})`, [...evidence, observed(server, 'auditingSettings.storageEndpoint', propertyPath(server, toStorage.path, 'storageEndpoint'), toStorage.storageEndpoint)]);
    return;
  }
  const toMonitor = enabled.find((s) => s.isAzureMonitorTargetEnabled === true);
  if (!toMonitor) {
    ctx.fail(server, `SQL server ${server.name} has auditing Enabled without a destination: no storage endpoint and no Azure Monitor target`, evidence);
    return;
  }
  const monitorEvidence = [...evidence, observed(server, 'auditingSettings.isAzureMonitorTargetEnabled', propertyPath(server, toMonitor.path, 'isAzureMonitorTargetEnabled'), true)];
  const diagnostics = server.masterDiagnosticSettings;
  const sink = diagnostics?.find(sendsAudit);
  if (sink) ctx.pass(server, `SQL server ${server.name} audits to Azure Monitor through diagnostic setting ${sink.name} on the master database`, [...monitorEvidence, observed(server, 'masterDiagnosticSettings', `databases/master/providers/Microsoft.Insights/diagnosticSettings/${sink.name}`, sink.categories.concat(sink.categoryGroups))]);
  else if (diagnostics === null) ctx.unknown(server, `SQL server ${server.name} audits to Azure Monitor, but the diagnostic settings of its master database are not in the input, so where the records go cannot be told`, monitorEvidence);
  else ctx.fail(server, `SQL server ${server.name} audits to Azure Monitor, but no diagnostic setting on its master database sends SQLSecurityAuditEvents anywhere`, monitorEvidence);
}

function sendsAudit(setting: DiagnosticSetting): boolean {
  return setting.hasDestination && (setting.categories.some((c) => c.toLowerCase() === AUDIT_CATEGORY) || setting.categoryGroups.some((g) => AUDIT_GROUPS.has(g.toLowerCase())));
}
