import type { Evidence } from '../../engine/finding.ts';
import { childPath, defineRule } from '../../engine/rule.ts';
import type { AksCluster } from '../../state/aks.ts';
import type { DiagnosticSetting } from '../../state/diagnostic-setting.ts';

interface Params {
  requireGuard: boolean;
}

const AUDIT_CATEGORIES = ['kube-audit', 'kube-audit-admin'];
/** Category groups that include the audit categories (and `guard`) on a managed cluster. */
const AUDIT_GROUPS = ['audit', 'alllogs'];

const NO_SETTINGS =
  "the input did not include the cluster's diagnostic settings, so whether its audit logs are kept cannot be judged; " +
  'export them with the cluster (Export-AzRuleData, or `az monitor diagnostic-settings list --resource <cluster id>`) or scan it live';

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
        ctx.unknown(cluster, NO_SETTINGS, [{ path: 'Microsoft.Insights/diagnosticSettings', value: null, note: 'not included in the input' }]);
        continue;
      }
      const evidence = settings.map((s) => evidenceOf(cluster, s));
      const qualifying = settings.filter((s) => shortfall(s, ctx.params) === undefined);
      if (qualifying.length) {
        ctx.pass(cluster, `Cluster ${cluster.name} sends control-plane audit logs through diagnostic setting(s) ${qualifying.map(describe).join('; ')}`, evidence);
      } else if (settings.length === 0) {
        ctx.fail(cluster, `Cluster ${cluster.name} has no diagnostic settings, so its control-plane audit logs are not kept anywhere`, evidence);
      } else {
        ctx.fail(cluster, `No diagnostic setting of cluster ${cluster.name} sends control-plane audit logs: ${settings.map((s) => `${describe(s)} ${shortfall(s, ctx.params)}`).join('; ')}`, evidence);
      }
    }
  },
});

/** Why a setting does not deliver audit logs, or undefined when it does. */
function shortfall(s: DiagnosticSetting, params: Params): string | undefined {
  if (!s.hasDestination) return 'has no destination';
  const groups = s.categoryGroups.map((g) => g.toLowerCase());
  if (groups.some((g) => AUDIT_GROUPS.includes(g))) return undefined;
  const categories = s.categories.map((c) => c.toLowerCase());
  if (!categories.some((c) => AUDIT_CATEGORIES.includes(c))) return 'enables neither kube-audit nor kube-audit-admin';
  if (params.requireGuard && !categories.includes('guard')) return 'does not enable guard (Entra ID and Azure RBAC authorization decisions)';
  return undefined;
}

function describe(s: DiagnosticSetting): string {
  const sent = [...s.categoryGroups.map((g) => `group ${g}`), ...s.categories];
  return `${s.name} (${sent.length ? `sends ${sent.join(', ')}` : 'sends no logs'})`;
}

function evidenceOf(cluster: AksCluster, s: DiagnosticSetting): Evidence {
  return { path: `${childPath(cluster, s.id)}#properties.logs`, value: { enabledCategories: s.categories, enabledCategoryGroups: s.categoryGroups, hasDestination: s.hasDestination } };
}
