import { toggle, toggleRule } from '../factories/toggle-rule.ts';

/** Local accounts off: the static cluster-admin kubeconfig would bypass Entra ID and Azure RBAC. */
export default toggleRule({
  id: 'aks-local-accounts-disabled',
  resources: (state) => state.clusters,
  read: (cluster) => toggle(cluster, 'localAccountsDisabled'),
  wanted: true,
  pass: (name) => `Cluster ${name} has local accounts disabled: every sign-in goes through Microsoft Entra ID`,
  fail: (name) => `Cluster ${name} has local accounts enabled: anyone allowed to fetch the cluster-admin kubeconfig (listClusterAdminCredential) gets a static credential that bypasses Microsoft Entra ID, Conditional Access and Azure RBAC`,
});
