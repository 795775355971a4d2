import { evidence as evidenceOf, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';
import type { DiagnosticSetting } from '../../state/diagnostic-setting.ts';
import { describeSetting, enablesCategory, sendsLogs, settingEvidence, type WantedLogs } from '../lib/diagnostics.ts';

interface Params {
  requireGuard: boolean;
}

/** The audit categories, and the category groups that include them (and `guard`) on a managed cluster. */
const AUDIT_LOGS: WantedLogs = { categories: ['kube-audit', 'kube-audit-admin'], groups: ['audit', 'alllogs'] };

/**
 * Control-plane audit logs (`kube-audit` / `kube-audit-admin`) leave the cluster through a
 * diagnostic setting: AKS keeps none unless one sends them to a workspace, storage account,
 * event hub or partner solution.
 */
export default defineRule<Params>({
  id: 'aks-audit-logs-enabled',
  check(ctx) {
    for (const cluster of ctx.state.clusters) {
      const settings = cluster.diagnosticSettings;
      if (settings === null) {
        const none = evidenceOf(cluster, 'diagnosticSettings');
        ctx.unknown(cluster, unknownReason(none), [none]);
        continue;
      }
      const evidence = settings.map(settingEvidence);
      const qualifying = settings.filter((s) => shortfall(s, ctx.params) === undefined);
      if (qualifying.length) {
        ctx.pass(cluster, `Cluster ${cluster.name} sends control-plane audit logs through diagnostic setting(s) ${qualifying.map(describeSetting).join('; ')}`, evidence);
      } else if (settings.length === 0) {
        ctx.fail(cluster, `Cluster ${cluster.name} has no diagnostic settings, so its control-plane audit logs are not kept anywhere`, evidence);
      } else {
        ctx.fail(cluster, `No diagnostic setting of cluster ${cluster.name} sends control-plane audit logs: ${settings.map((s) => `${describeSetting(s)} ${shortfall(s, ctx.params)}`).join('; ')}`, evidence);
      }
    }
  },
});

/** Why a setting does not deliver audit logs, or undefined when it does. */
function shortfall(s: DiagnosticSetting, params: Params): string | undefined {
  switch (sendsLogs(s, AUDIT_LOGS)) {
    case 'no-destination':
      return 'has no destination';
    case 'none':
      return 'enables neither kube-audit nor kube-audit-admin';
    case 'category':
      if (params.requireGuard && !enablesCategory(s, 'guard')) return 'does not enable guard (Entra ID and Azure RBAC authorization decisions)';
      return undefined;
    case 'group':
      return undefined;
  }
}
