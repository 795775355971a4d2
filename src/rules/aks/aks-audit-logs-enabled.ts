import { defineRule } from '../../engine/rule.ts';
import { enablesCategory } from '../lib/diagnostics.ts';
import { judgeDiagnosticLogs } from '../factories/diagnostic-logs.ts';

interface Params {
  requireGuard: boolean;
}

/**
 * Control-plane audit logs (`kube-audit` / `kube-audit-admin`) leave the cluster through a
 * diagnostic setting: AKS keeps none unless one sends them to a workspace, storage account,
 * event hub or partner solution. The `audit` and `allLogs` groups include them and `guard`.
 */
export default defineRule<Params>({
  id: 'aks-audit-logs-enabled',
  check(ctx) {
    for (const cluster of ctx.state.clusters) {
      judgeDiagnosticLogs(ctx, cluster, {
        logs: { categories: ['kube-audit', 'kube-audit-admin'], groups: ['audit', 'alllogs'] },
        noun: 'Cluster',
        what: 'control-plane audit logs',
        lost: 'its control-plane audit logs are not kept anywhere',
        noneEnabled: 'enables neither kube-audit nor kube-audit-admin',
        byCategory: (s, params) => (params.requireGuard && !enablesCategory(s, 'guard') ? 'does not enable guard (Entra ID and Azure RBAC authorization decisions)' : undefined),
      });
    }
  },
});
