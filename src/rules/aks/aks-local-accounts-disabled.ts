import { defineRule, notStated, observed } from '../../engine/rule.ts';

const LOCAL = 'properties.disableLocalAccounts';

/** Local accounts off: the static cluster-admin kubeconfig would bypass Entra ID and Azure RBAC. */
export default defineRule({
  id: 'aks-local-accounts-disabled',
  check(ctx) {
    for (const cluster of ctx.state.clusters) {
      const disabled = cluster.localAccountsDisabled;
      const evidence = [observed(cluster, 'localAccountsDisabled', LOCAL, disabled)];
      if (disabled === null) {
        ctx.unknown(cluster, notStated(LOCAL), evidence);
      } else if (disabled) {
        ctx.pass(cluster, `Cluster ${cluster.name} has local accounts disabled: every sign-in goes through Microsoft Entra ID`, evidence);
      } else {
        ctx.fail(cluster, `Cluster ${cluster.name} has local accounts enabled: anyone allowed to fetch the cluster-admin kubeconfig (listClusterAdminCredential) gets a static credential that bypasses Microsoft Entra ID, Conditional Access and Azure RBAC`, evidence);
      }
    }
  },
});
