import { evidence } from '../../engine/evidence.ts';
import type { Evidence } from '../../engine/finding.ts';
import { defineRule, type RuleContext } from '../../engine/rule.ts';
import type { SqlAuditingSetting, SqlServer } from '../../state/sql.ts';
import { delivers, SQL_AUDIT_LOGS } from '../lib/diagnostics.ts';


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
      const states = settings.map((_, i) => evidence(server, `auditingSettings.${i}.state`));
      if (enabled.length === 0) {
        const unstated = settings.some((s) => s.state === null);
        if (unstated) ctx.unknown(server, `The auditing state of SQL server ${server.name} is not stated by the source`, states);
        else ctx.fail(server, `SQL server ${server.name} does not audit: ${settings.length ? 'auditing is Disabled' : 'no auditing policy is set, and auditing is off by default'}`, states);
        continue;
      }
      judgeDestination(server, enabled, states, ctx);
    }
  },
});

/** Where the enabled auditing settings (`enabled`, of `server.auditingSettings`) send their records. */
function judgeDestination(server: SqlServer, enabled: SqlAuditingSetting[], states: Evidence[], ctx: RuleContext<unknown>): void {
  const settings = server.auditingSettings ?? [];
  const toStorage = enabled.find((s) => Boolean(s.storageEndpoint));
  if (toStorage) {
    ctx.pass(server, `SQL server ${server.name} audits to storage (${toStorage.storageEndpoint})`, [...states, evidence(server, `auditingSettings.${settings.indexOf(toStorage)}.storageEndpoint`)]);
    return;
  }
  const toMonitor = enabled.find((s) => s.isAzureMonitorTargetEnabled === true);
  if (!toMonitor) {
    ctx.fail(server, `SQL server ${server.name} has auditing Enabled without a destination: no storage endpoint and no Azure Monitor target`, states);
    return;
  }
  const monitorEvidence = [...states, evidence(server, `auditingSettings.${settings.indexOf(toMonitor)}.isAzureMonitorTargetEnabled`)];
  const diagnostics = server.masterDiagnosticSettings;
  const sink = diagnostics?.find((s) => delivers(s, SQL_AUDIT_LOGS));
  if (sink) ctx.pass(server, `SQL server ${server.name} audits to Azure Monitor through diagnostic setting ${sink.name} on the master database`, [...monitorEvidence, evidence(server, `masterDiagnosticSettings.${diagnostics?.indexOf(sink)}`, sink.categories.concat(sink.categoryGroups))]);
  else if (diagnostics === null) ctx.unknown(server, `SQL server ${server.name} audits to Azure Monitor, but the diagnostic settings of its master database are not in the input, so where the records go cannot be told`, monitorEvidence);
  else ctx.fail(server, `SQL server ${server.name} audits to Azure Monitor, but no diagnostic setting on its master database sends SQLSecurityAuditEvents anywhere`, monitorEvidence);
}
